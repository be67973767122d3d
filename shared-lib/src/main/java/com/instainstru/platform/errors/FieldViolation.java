package com.instainstru.platform.errors;

/** One invalid field of a request: where, which rule it broke, and a sentence for people. */
public record FieldViolation(String field, String rule, String message) {
}
