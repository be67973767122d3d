package com.instainstru.platform.errors;

/** A well-formed request that a business rule refuses (422); always carries a specific code. */
public class BusinessRuleException extends DomainException {

    public BusinessRuleException(String detail) {
        super("BUSINESS_RULE", detail);
    }

    public BusinessRuleException(String code, String detail) {
        super(code, detail);
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
