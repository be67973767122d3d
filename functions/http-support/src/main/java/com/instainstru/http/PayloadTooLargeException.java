package com.instainstru.http;

import com.instainstru.platform.errors.DomainException;

/** The request body is larger than this API accepts (413). */
public class PayloadTooLargeException extends DomainException {

    public PayloadTooLargeException(long size, long limit) {
        super("PAYLOAD_TOO_LARGE", "The request body has " + size + " bytes; the limit is " + limit + " bytes.");
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String title() {
        return "Request body too large";
    }
}
