package com.instainstru.catalog;

import java.util.List;

/** The closed vocabulary of audiences a catalog service (and an instructor's offer of it) can serve. */
public final class AgeGroups {

    public static final List<String> ALL = List.of("toddler", "kids", "teens", "adults");

    private AgeGroups() {
    }

    public static boolean isKnown(String value) {
        return ALL.contains(value);
    }
}
