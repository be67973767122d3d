package com.instainstru.platform.errors;

/** The caller is not authenticated, or its credentials are invalid (401). */
public class UnauthorizedException extends DomainException {

    public UnauthorizedException(String detail) {
        super("UNAUTHORIZED", detail);
    }

    public UnauthorizedException(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String title() {
        return "Authentication required";
    }
}
