package com.instainstru.platform.errors;

/** The addressed resource does not exist, or the caller may not know that it does (404). */
public class ResourceNotFoundException extends DomainException {

    public ResourceNotFoundException(String detail) {
        super("NOT_FOUND", detail);
    }

    public ResourceNotFoundException(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
