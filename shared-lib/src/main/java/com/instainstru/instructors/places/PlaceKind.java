package com.instainstru.instructors.places;

import java.util.Arrays;
import java.util.Optional;

/** Where an instructor likes to teach: their own studio or room, or a public place such as a park or library. */
public enum PlaceKind {
    TEACHING_LOCATION("teaching_location"),
    PUBLIC_SPACE("public_space");

    private final String value;

    PlaceKind(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<PlaceKind> parse(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value.equals(value)).findFirst();
    }
}
