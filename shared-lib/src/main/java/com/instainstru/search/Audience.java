package com.instainstru.search;

import java.util.Locale;
import java.util.Optional;

/** The age groups of the catalog and of instructor services. */
public enum Audience {
    TODDLER, KIDS, TEENS, ADULTS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Audience> parse(String value) {
        for (Audience audience : values()) {
            if (audience.wire().equals(value)) {
                return Optional.of(audience);
            }
        }
        return Optional.empty();
    }
}
