package com.instainstru.platform.errors;

/** The caller is authenticated but lacks the permission or ownership (403). */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String detail) {
        super("FORBIDDEN", detail);
    }

    public ForbiddenException(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Permission denied";
    }
}
