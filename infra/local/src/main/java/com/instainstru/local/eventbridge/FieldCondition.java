package com.instainstru.local.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/** What a pattern says about one field of an event object. */
sealed interface FieldCondition {

    /** {@code eventObject} may be any node; fields of a missing or non-object node are absent. */
    boolean matches(JsonNode eventObject);

    /** A field whose pattern is an object: the field's value must match it. */
    record Nested(String field, PatternObject pattern) implements FieldCondition {

        @Override
        public boolean matches(JsonNode eventObject) {
            JsonNode value = eventObject.path(field);
            if (!value.isArray()) {
                return pattern.matches(value);
            }
            // For an array of objects one element must match the whole sub-pattern, so conditions on
            // sibling fields are met by the same element.
            List<JsonNode> elements = flatten(value);
            if (elements.isEmpty()) {
                return pattern.matches(MissingNode.getInstance());
            }
            return elements.stream().anyMatch(pattern::matches);
        }
    }

    /**
     * A field whose pattern is a list of alternatives. Exists conditions look at whether the field has
     * a leaf value (objects are not leaves, as AWS documents); the others must accept one leaf value,
     * any element when the event holds an array.
     */
    record Leaf(String field, List<ValueMatcher> valueMatchers, boolean matchesAbsent, boolean matchesAnyValue)
            implements FieldCondition {

        @Override
        public boolean matches(JsonNode eventObject) {
            List<JsonNode> values = leafValues(eventObject.path(field));
            if (values.isEmpty()) {
                return matchesAbsent;
            }
            return matchesAnyValue
                    || values.stream().anyMatch(value -> valueMatchers.stream().anyMatch(m -> m.test(value)));
        }

        private static List<JsonNode> leafValues(JsonNode node) {
            if (node.isMissingNode() || node.isObject()) {
                return List.of();
            }
            if (node.isArray()) {
                return flatten(node).stream().filter(element -> !element.isObject()).toList();
            }
            return List.of(node);
        }
    }

    /** The non-array elements of an array, nested arrays included. */
    private static List<JsonNode> flatten(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        for (JsonNode element : array) {
            if (element.isArray()) {
                elements.addAll(flatten(element));
            } else {
                elements.add(element);
            }
        }
        return elements;
    }
}
