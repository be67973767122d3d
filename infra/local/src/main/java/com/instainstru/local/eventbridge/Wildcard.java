package com.instainstru.local.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * A {@code wildcard} condition on strings: {@code *} matches any characters, {@code \*} a star and
 * {@code \\} a backslash. Consecutive wildcards and other escapes are invalid, as in EventBridge.
 */
final class Wildcard implements ValueMatcher {

    private final String pattern;
    private final Pattern regex;

    private Wildcard(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    /** @throws IllegalArgumentException when the wildcard pattern is not valid */
    static Wildcard parse(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        boolean previousWasWildcard = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                if (previousWasWildcard) {
                    throw new IllegalArgumentException("Consecutive wildcard characters at pos " + i);
                }
                regex.append(Pattern.quote(literal.toString())).append(".*");
                literal.setLength(0);
                previousWasWildcard = true;
                continue;
            }
            if (c == '\\') {
                char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
                if (next != '*' && next != '\\') {
                    throw new IllegalArgumentException("Invalid escape character at pos " + i);
                }
                c = next;
                i++;
            }
            literal.append(c);
            previousWasWildcard = false;
        }
        regex.append(Pattern.quote(literal.toString()));
        return new Wildcard(pattern, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    @Override
    public boolean test(JsonNode value) {
        return value.isTextual() && regex.matcher(value.textValue()).matches();
    }

    @Override
    public String toString() {
        return "Wildcard[" + pattern + "]";
    }
}
