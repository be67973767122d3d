package com.instainstru.local.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Tests one leaf value of an event: a string, number, boolean or null. */
interface ValueMatcher {

    boolean test(JsonNode value);

    /** A literal from the pattern. Types never mix: "5" does not match 5, nor null "". */
    record Exact(JsonNode expected) implements ValueMatcher {

        @Override
        public boolean test(JsonNode value) {
            if (expected.isNumber()) {
                return value.isNumber() && expected.decimalValue().compareTo(value.decimalValue()) == 0;
            }
            return expected.equals(value);
        }
    }

    record Prefix(String prefix, boolean ignoreCase) implements ValueMatcher {

        @Override
        public boolean test(JsonNode value) {
            return value.isTextual() && value.textValue().regionMatches(ignoreCase, 0, prefix, 0, prefix.length());
        }
    }

    record Suffix(String suffix, boolean ignoreCase) implements ValueMatcher {

        @Override
        public boolean test(JsonNode value) {
            if (!value.isTextual()) {
                return false;
            }
            String text = value.textValue();
            int start = text.length() - suffix.length();
            return start >= 0 && text.regionMatches(ignoreCase, start, suffix, 0, suffix.length());
        }
    }

    record EqualsIgnoreCase(String expected) implements ValueMatcher {

        @Override
        public boolean test(JsonNode value) {
            return value.isTextual() && value.textValue().equalsIgnoreCase(expected);
        }
    }

    record AnyOf(List<ValueMatcher> alternatives) implements ValueMatcher {

        @Override
        public boolean test(JsonNode value) {
            return alternatives.stream().anyMatch(m -> m.test(value));
        }
    }

    /** Matches every value the excluded matcher does not, values of other types included. */
    record AnythingBut(ValueMatcher excluded) implements ValueMatcher {

        @Override
        public boolean test(JsonNode value) {
            return !excluded.test(value);
        }
    }
}
