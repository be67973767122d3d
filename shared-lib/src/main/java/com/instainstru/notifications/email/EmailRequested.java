package com.instainstru.notifications.email;

/**
 * Payload of the {@value #EVENT_TYPE} domain event: only the id of the {@code outbound_emails} row, so no
 * address, code or link ever travels on the bus.
 */
public record EmailRequested(String emailId) {

    public static final String EVENT_TYPE = "email.requested";
    public static final String AGGREGATE_TYPE = "outbound_email";
}
