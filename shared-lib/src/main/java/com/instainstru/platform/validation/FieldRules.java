package com.instainstru.platform.validation;

import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every field problem of a request and throws one 400 naming each field and rule, before anything
 * is written. Services call it first: {@code FieldRules.check().text("email", email, 3, 254).orThrow();}
 */
public final class FieldRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private final List<FieldViolation> violations = new ArrayList<>();

    private FieldRules() {
    }

    public static FieldRules check() {
        return new FieldRules();
    }

    /** A missing JSON body is reported as the field {@code body}. */
    public static void requireBody(Object body) {
        if (body == null) {
            throw ValidationException.of("body", "required", "A JSON request body is required");
        }
    }

    public FieldRules required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            add(field, "required", field + " is required");
        }
        return this;
    }

    /** Required, and between {@code min} and {@code max} characters (code points) after trimming. */
    public FieldRules text(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            add(field, "required", field + " is required");
        } else {
            length(field, value, min, max);
        }
        return this;
    }

    /** May be absent; when present, at most {@code max} characters. */
    public FieldRules optionalText(String field, String value, int max) {
        if (value != null) {
            length(field, value, 0, max);
        }
        return this;
    }

    public FieldRules email(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "required", field + " is required");
        } else if (value.length() > 254 || !EMAIL.matcher(value.strip()).matches()) {
            add(field, "email", field + " must be an email address");
        }
        return this;
    }

    /** Required and matching {@code pattern} entirely. */
    public FieldRules matches(String field, String value, Pattern pattern, String rule, String message) {
        if (value == null || value.isBlank()) {
            add(field, "required", field + " is required");
        } else if (!pattern.matcher(value).matches()) {
            add(field, rule, message);
        }
        return this;
    }

    /** A rule the caller evaluated itself. */
    public FieldRules rule(boolean satisfied, String field, String rule, String message) {
        if (!satisfied) {
            add(field, rule, message);
        }
        return this;
    }

    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    public void orThrow() {
        if (!violations.isEmpty()) {
            String detail = violations.size() == 1 ? violations.get(0).message()
                    : violations.size() + " fields are invalid";
            throw new ValidationException(detail, violations);
        }
    }

    private void length(String field, String value, int min, int max) {
        int length = value.strip().codePointCount(0, value.strip().length());
        if (length < min) {
            add(field, "min_length", field + " must be at least " + min + " characters");
        } else if (length > max) {
            add(field, "max_length", field + " must be at most " + max + " characters");
        }
    }

    private void add(String field, String rule, String message) {
        violations.add(new FieldViolation(field, rule, message));
    }
}
