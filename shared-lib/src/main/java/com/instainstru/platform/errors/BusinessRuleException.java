package com.instainstru.platform.errors;

import java.util.Map;

/** A well-formed request that a business rule refuses (422); always carries a specific code. */
public class BusinessRuleException extends DomainException {

    public BusinessRuleException(String detail) {
        this("BUSINESS_RULE", detail);
    }

    private final Map<String, Object> extensions;

    public BusinessRuleException(String code, String detail) {
        this(code, detail, Map.of());
    }

    /** With extra problem members, e.g. the list of missing go-live prerequisites. */
    public BusinessRuleException(String code, String detail, Map<String, Object> extensions) {
        super(code, detail);
        this.extensions = Map.copyOf(extensions);
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Business rule violated";
    }
}
