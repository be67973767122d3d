package com.instainstru.search;

import java.util.Locale;
import java.util.Optional;

/** Skill levels in their natural order: adjacency (for the skill boost) is a difference of one. */
public enum SkillLevel {
    BEGINNER, INTERMEDIATE, ADVANCED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SkillLevel> parse(String value) {
        for (SkillLevel level : values()) {
            if (level.wire().equals(value)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
