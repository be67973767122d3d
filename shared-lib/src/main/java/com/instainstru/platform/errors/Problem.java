package com.instainstru.platform.errors;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An RFC 9457 problem document: the standard members plus {@code code} (machine-readable),
 * {@code requestId} (to find the logs) and {@code errors} (one entry per invalid field).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        String requestId,
        List<FieldViolation> errors,
        @JsonAnyGetter Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://api.instainstru.com/problems/";

    public static Problem of(DomainException e, String instance, String requestId) {
        return new Problem(typeFor(e.code()), e.title(), e.status(), e.getMessage(), instance, e.code(), requestId,
                e.violations(), e.extensions());
    }

    public static Problem of(int status, String title, String code, String detail, String instance, String requestId,
            List<FieldViolation> errors) {
        return new Problem(typeFor(code), title, status, detail, instance, code, requestId, errors, Map.of());
    }

    /** The problem type URI, e.g. {@code .../problems/overnight-protection} for {@code OVERNIGHT_PROTECTION}. */
    static String typeFor(String code) {
        return TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
