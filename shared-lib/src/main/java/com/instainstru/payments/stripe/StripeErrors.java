package com.instainstru.payments.stripe;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.StripeError;

/** Turns stripe-java's exceptions into the {@link StripeFailure} kinds the workflow acts on. */
final class StripeErrors {

    private static final String AUTHENTICATION_REQUIRED = "authentication_required";

    private StripeErrors() {
    }

    static StripeFailure translate(StripeException e) {
        if (e instanceof ApiConnectionException) {
            return new StripeOutcomeUnknown(e.getMessage(), e);
        }
        StripeError error = e.getStripeError();
        int status = e.getStatusCode() == null ? 0 : e.getStatusCode();
        String message = error != null && error.getMessage() != null ? error.getMessage() : e.getMessage();
        String requestId = e.getRequestId();
        if (e instanceof CardException card) {
            String paymentIntentId = error == null || error.getPaymentIntent() == null
                    ? null : error.getPaymentIntent().getId();
            if (AUTHENTICATION_REQUIRED.equals(card.getCode())
                    || AUTHENTICATION_REQUIRED.equals(card.getDeclineCode())) {
                String clientSecret = error == null || error.getPaymentIntent() == null
                        ? null : error.getPaymentIntent().getClientSecret();
                return new AuthenticationRequired(paymentIntentId, clientSecret, message, requestId, e);
            }
            return new CardDeclined(card.getCode(), card.getDeclineCode(), paymentIntentId, message, requestId, e);
        }
        if (e instanceof RateLimitException || status == 429) {
            return new StripeRateLimited(message, requestId, e);
        }
        // 409 without idempotency_error: a concurrent request with the same key is still running
        if (status >= 500 || (status == 409 && !(e instanceof IdempotencyException))) {
            return new StripeServerError(status, message, requestId, e);
        }
        String type = error != null && error.getType() != null ? error.getType()
                : e instanceof IdempotencyException ? "idempotency_error" : "invalid_request_error";
        return new StripeRequestInvalid(status, type, e.getCode(), error == null ? null : error.getParam(), message,
                requestId, e);
    }
}
