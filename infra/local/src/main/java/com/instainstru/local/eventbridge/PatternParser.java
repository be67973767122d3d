package com.instainstru.local.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns pattern JSON into conditions, rejecting what EventBridge rejects with a message saying where.
 * The accepted syntax follows the AWS documentation and the open-source event-ruler compiler.
 */
final class PatternParser {

    private static final String OR = "$or";

    private PatternParser() {
    }

    static PatternObject parse(JsonNode pattern) {
        if (!pattern.isObject()) {
            throw invalid("", "the pattern must be a JSON object, not " + pattern.getNodeType());
        }
        return object(pattern, "");
    }

    private static PatternObject object(JsonNode node, String path) {
        if (node.isEmpty()) {
            throw invalid(path, "Empty objects are not allowed");
        }
        List<FieldCondition> fields = new ArrayList<>();
        List<PatternObject> anyOf = List.of();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            String at = path.isEmpty() ? name : path + "." + name;
            // Like event-ruler, "$or" followed by an object is an ordinary field name.
            if (name.equals(OR) && value.isArray()) {
                anyOf = orBranches(value, path, at);
            } else if (value.isObject()) {
                fields.add(new FieldCondition.Nested(name, object(value, at)));
            } else if (value.isArray()) {
                fields.add(leaf(name, value, at));
            } else {
                throw invalid(at, "\"" + name + "\" must be an object or an array");
            }
        }
        return new PatternObject(List.copyOf(fields), anyOf);
    }

    private static List<PatternObject> orBranches(JsonNode branches, String path, String at) {
        if (branches.size() < 2) {
            throw invalid(at, "There must be at least 2 objects in $or");
        }
        List<PatternObject> result = new ArrayList<>();
        for (JsonNode branch : branches) {
            if (!branch.isObject()) {
                throw invalid(at, "Only JSON objects are allowed in the $or array, not " + branch);
            }
            result.add(object(branch, path));
        }
        return List.copyOf(result);
    }

    private static FieldCondition.Leaf leaf(String name, JsonNode alternatives, String at) {
        if (alternatives.isEmpty()) {
            throw invalid(at, "Empty arrays are not allowed");
        }
        List<ValueMatcher> matchers = new ArrayList<>();
        boolean matchesAbsent = false;
        boolean matchesAnyValue = false;
        for (JsonNode alternative : alternatives) {
            if (alternative.isArray()) {
                throw invalid(at, "Match value must be String, number, true, false, or null, not " + alternative);
            }
            if (!alternative.isObject()) {
                matchers.add(new ValueMatcher.Exact(alternative));
                continue;
            }
            if (alternative.size() != 1) {
                throw invalid(at, "Only one key allowed in match expression: " + alternative);
            }
            Map.Entry<String, JsonNode> operator = alternative.properties().iterator().next();
            if (operator.getKey().equals("exists")) {
                if (!operator.getValue().isBoolean()) {
                    throw invalid(at, "exists match pattern must be either true or false.");
                }
                matchesAnyValue |= operator.getValue().booleanValue();
                matchesAbsent |= !operator.getValue().booleanValue();
            } else {
                try {
                    matchers.add(operator(operator.getKey(), operator.getValue()));
                } catch (IllegalArgumentException e) {
                    throw invalid(at, e.getMessage());
                }
            }
        }
        return new FieldCondition.Leaf(name, List.copyOf(matchers), matchesAbsent, matchesAnyValue);
    }

    private static ValueMatcher operator(String name, JsonNode value) {
        return switch (name) {
            case "prefix" -> affix(name, value, true);
            case "suffix" -> affix(name, value, false);
            case "equals-ignore-case" -> new ValueMatcher.EqualsIgnoreCase(text(name, value));
            case "wildcard" -> Wildcard.parse(text(name, value));
            case "numeric" -> NumericRange.parse(value);
            case "cidr" -> CidrBlock.parse(text(name, value));
            case "anything-but" -> new ValueMatcher.AnythingBut(excluded(value));
            default -> throw new IllegalArgumentException("Unrecognized match type " + name);
        };
    }

    /** {@code "prefix": "text"} or {@code "prefix": {"equals-ignore-case": "text"}}; likewise suffix. */
    private static ValueMatcher affix(String name, JsonNode value, boolean prefix) {
        boolean ignoreCase = value.isObject() && value.size() == 1 && value.has("equals-ignore-case");
        String text = text(name, ignoreCase ? value.get("equals-ignore-case") : value);
        return prefix ? new ValueMatcher.Prefix(text, ignoreCase) : new ValueMatcher.Suffix(text, ignoreCase);
    }

    /** What an anything-but excludes: a string or number, a list of one of them, or one string operator. */
    private static ValueMatcher excluded(JsonNode value) {
        if (value.isTextual() || value.isNumber()) {
            return new ValueMatcher.Exact(value);
        }
        if (value.isArray()) {
            boolean allStrings = true;
            boolean allNumbers = true;
            for (JsonNode element : value) {
                allStrings &= element.isTextual();
                allNumbers &= element.isNumber();
            }
            if (value.isEmpty() || !(allStrings || allNumbers)) {
                throw new IllegalArgumentException(
                        "Inside anything-but list, either all values are number or string, mixed type is not supported");
            }
            return anyOf(value, ValueMatcher.Exact::new);
        }
        if (value.isObject() && value.size() == 1) {
            Map.Entry<String, JsonNode> operator = value.properties().iterator().next();
            JsonNode operand = operator.getValue();
            return switch (operator.getKey()) {
                case "prefix", "suffix" -> {
                    if (text(operator.getKey(), operand).isEmpty()) {
                        throw new IllegalArgumentException("Null prefix/suffix not allowed");
                    }
                    yield affix(operator.getKey(), operand, operator.getKey().equals("prefix"));
                }
                case "equals-ignore-case" -> operand.isArray()
                        ? anyOf(operand, e -> new ValueMatcher.EqualsIgnoreCase(text("equals-ignore-case", e)))
                        : new ValueMatcher.EqualsIgnoreCase(text("equals-ignore-case", operand));
                case "wildcard" -> operand.isArray()
                        ? anyOf(operand, e -> Wildcard.parse(text("wildcard", e)))
                        : Wildcard.parse(text("wildcard", operand));
                default -> throw new IllegalArgumentException("Unsupported anything-but pattern: " + operator.getKey());
            };
        }
        throw new IllegalArgumentException(
                "Value of anything-but must be an array, a single string/number value or one operator object");
    }

    private static ValueMatcher anyOf(JsonNode array, Function<JsonNode, ValueMatcher> each) {
        if (array.isEmpty()) {
            throw new IllegalArgumentException("Empty arrays are not allowed");
        }
        List<ValueMatcher> alternatives = new ArrayList<>();
        array.forEach(element -> alternatives.add(each.apply(element)));
        return new ValueMatcher.AnyOf(List.copyOf(alternatives));
    }

    private static String text(String operator, JsonNode value) {
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(operator + " match pattern must be a string");
        }
        return value.textValue();
    }

    private static IllegalArgumentException invalid(String path, String reason) {
        String where = path.isEmpty() ? "at the top level" : "at " + path;
        return new IllegalArgumentException("Event pattern is not valid. Reason: " + reason + " (" + where + ")");
    }
}
