package com.instainstru.platform.errors;

import java.util.List;

/** The request is malformed or a field breaks a rule (400). Names each field and rule. */
public class ValidationException extends DomainException {

    private final List<FieldViolation> violations;

    public ValidationException(String detail, List<FieldViolation> violations) {
        super("VALIDATION_FAILED", detail);
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, String rule, String message) {
        return new ValidationException(message, List.of(new FieldViolation(field, rule, message)));
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid request";
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
