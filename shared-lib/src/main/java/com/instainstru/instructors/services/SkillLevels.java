package com.instainstru.instructors.services;

import java.util.List;

public final class SkillLevels {

    public static final List<String> ALL = List.of("beginner", "intermediate", "advanced");

    private SkillLevels() {
    }
}
