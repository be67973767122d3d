package com.instainstru.payments.webhooks;

/**
 * Which Stripe endpoint delivered an event, known from the secret that signed it: the platform's own account, or
 * Connect (events of connected accounts, such as {@code account.updated}).
 */
public enum WebhookEndpoint {
    PLATFORM("platform"),
    CONNECT("connect");

    private final String dbValue;

    WebhookEndpoint(String dbValue) {
        this.dbValue = dbValue;
    }

    public String dbValue() {
        return dbValue;
    }
}
