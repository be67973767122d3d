package com.instainstru.local.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * A {@code numeric} condition: {@code ["=", n]}, one bound ({@code ">" ">=" "<" "<="}), or a lower
 * bound followed by an upper one. Matches JSON numbers only.
 *
 * @param lower null when unbounded below
 * @param upper null when unbounded above
 */
record NumericRange(BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive)
        implements ValueMatcher {

    /** @throws IllegalArgumentException when the expression is not one AWS accepts */
    static NumericRange parse(JsonNode expression) {
        if (!expression.isArray()) {
            throw new IllegalArgumentException("Value of numeric must be an array.");
        }
        if (expression.size() != 2 && expression.size() != 4) {
            throw new IllegalArgumentException(
                    "numeric takes an operator and a number, or a lower and an upper bound, not " + expression);
        }
        String first = operator(expression.get(0));
        BigDecimal firstValue = number(expression.get(1), first);
        if (expression.size() == 2) {
            return switch (first) {
                case "=" -> new NumericRange(firstValue, true, firstValue, true);
                case ">" -> new NumericRange(firstValue, false, null, false);
                case ">=" -> new NumericRange(firstValue, true, null, false);
                case "<" -> new NumericRange(null, false, firstValue, false);
                case "<=" -> new NumericRange(null, false, firstValue, true);
                default -> throw new IllegalArgumentException("Unrecognized numeric range operator: " + first);
            };
        }
        String second = operator(expression.get(2));
        BigDecimal secondValue = number(expression.get(3), second);
        if (!first.equals(">") && !first.equals(">=")) {
            throw new IllegalArgumentException("a numeric range must start with > or >=, not " + first);
        }
        if (!second.equals("<") && !second.equals("<=")) {
            throw new IllegalArgumentException("Bad numeric range operator: " + second);
        }
        if (firstValue.compareTo(secondValue) >= 0) {
            throw new IllegalArgumentException("Bottom must be less than top in " + expression);
        }
        return new NumericRange(firstValue, first.equals(">="), secondValue, second.equals("<="));
    }

    private static String operator(JsonNode node) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("Invalid member in numeric match: " + node);
        }
        return node.textValue();
    }

    private static BigDecimal number(JsonNode node, String operator) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException("Value of " + operator + " must be numeric");
        }
        return node.decimalValue();
    }

    @Override
    public boolean test(JsonNode value) {
        if (!value.isNumber()) {
            return false;
        }
        BigDecimal number = value.decimalValue();
        if (lower != null) {
            int c = number.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int c = number.compareTo(upper);
            return c < 0 || (c == 0 && upperInclusive);
        }
        return true;
    }
}
