package com.instainstru.local.eventbridge;

/**
 * A whole request refused, as EventBridge refuses it with an HTTP 400 error such as
 * {@code ValidationException} or {@code ResourceNotFoundException}.
 */
public final class RequestRejectedException extends RuntimeException {

    private final String errorCode;

    public RequestRejectedException(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    /** The AWS error code, sent as {@code __type}. */
    public String errorCode() {
        return errorCode;
    }
}
