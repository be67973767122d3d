package com.instainstru.notifications.email;

/** {@code outbound_emails.status}: pending until Resend accepted it (sent) or rejected it for good (failed). */
public enum EmailStatus {
    PENDING("pending"),
    SENT("sent"),
    FAILED("failed");

    private final String value;

    EmailStatus(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static EmailStatus fromValue(String value) {
        for (EmailStatus status : values()) {
            if (status.value.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown email status: " + value);
    }
}
