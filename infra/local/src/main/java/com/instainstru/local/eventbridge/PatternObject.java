package com.instainstru.local.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One object level of a pattern: every field condition must hold and, when the level has a
 * {@code $or}, at least one of its branches must hold against the same event object.
 */
record PatternObject(List<FieldCondition> fields, List<PatternObject> anyOf) {

    boolean matches(JsonNode eventObject) {
        return fields.stream().allMatch(field -> field.matches(eventObject))
                && (anyOf.isEmpty() || anyOf.stream().anyMatch(branch -> branch.matches(eventObject)));
    }
}
