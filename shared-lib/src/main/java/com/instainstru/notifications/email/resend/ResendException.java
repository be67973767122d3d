package com.instainstru.notifications.email.resend;

/**
 * Resend did not accept an email. {@link #retryable()} tells whether trying again later can help (rate
 * limits, Resend's own failures, our configuration, the network) or the email itself was refused.
 */
public class ResendException extends RuntimeException {

    private final int status;
    private final String name;
    private final boolean retryable;

    public ResendException(int status, String name, String message, boolean retryable) {
        super(status == 0 ? message : "Resend answered " + status + " " + name + ": " + message);
        this.status = status;
        this.name = name;
        this.retryable = retryable;
    }

    public static ResendException unreachable(String message, Throwable cause) {
        ResendException e = new ResendException(0, "unreachable", message, true);
        e.initCause(cause);
        return e;
    }

    /** The HTTP status, 0 when no answer arrived. */
    public int status() {
        return status;
    }

    /** Resend's error {@code name}, e.g. {@code validation_error}. */
    public String name() {
        return name;
    }

    public boolean retryable() {
        return retryable;
    }
}
