package com.instainstru.local.eventbridge;

import java.util.List;
import java.util.Objects;

/** A rule on a bus: events matching the pattern go to every target. */
public record Rule(String name, EventPattern pattern, List<Target> targets) {

    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        targets = List.copyOf(targets);
    }
}
