package com.instainstru.payments.webhooks;

import com.instainstru.platform.errors.DomainException;

/** A webhook whose {@code Stripe-Signature} is missing, malformed, stale or signed with another secret (400). */
public class WebhookSignatureException extends DomainException {

    public WebhookSignatureException(String detail) {
        super("WEBHOOK_SIGNATURE_INVALID", detail);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid webhook signature";
    }
}
