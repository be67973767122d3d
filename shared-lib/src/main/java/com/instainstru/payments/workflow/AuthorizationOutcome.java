package com.instainstru.payments.workflow;

/**
 * What an authorization attempt made in a request (checkout, card swap) left: the payment's status and, when the
 * card failed, why and what the student can do.
 *
 * @param paymentStatus authorized; payment_method_required (another card, or 3-D Secure); authorizing (Stripe did
 *     not answer conclusively: the scheduler resumes the attempt with the same key); manual_review; or the status the
 *     payment already had when there was nothing to attempt
 * @param errorCode Stripe's decline code (e.g. {@code insufficient_funds}) or {@code authentication_required}
 * @param requiresAction the issuer asks the cardholder to authenticate this PaymentIntent on-session
 * @param clientSecret the PaymentIntent's client secret for Stripe.js, when {@code requiresAction}
 */
public record AuthorizationOutcome(String paymentStatus, String errorCode, boolean requiresAction,
        String paymentIntentId, String clientSecret) {

    /** A payment planned for later (a lesson 24 h or more ahead): nothing attempted now. */
    public static AuthorizationOutcome scheduled() {
        return of("scheduled");
    }

    static AuthorizationOutcome of(String paymentStatus) {
        return new AuthorizationOutcome(paymentStatus, null, false, null, null);
    }

    public boolean authorized() {
        return "authorized".equals(paymentStatus);
    }
}
