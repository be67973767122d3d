package com.instainstru.payments.stripe;

/**
 * Stripe refused the request itself (400/404 {@code invalid_request_error}, a bad API key, a missing permission, an
 * idempotency key reused with other parameters): a bug or a configuration error on our side. Retrying cannot help;
 * the workflow stops and flags the payment for manual review.
 *
 * @param status the HTTP status, 0 when the request never left (e.g. no API key configured)
 * @param type Stripe's error type, e.g. {@code invalid_request_error}, {@code idempotency_error}
 * @param code Stripe's error code, e.g. {@code resource_missing}; null when none
 * @param param the request parameter Stripe names; null when none
 */
public final class StripeRequestInvalid extends StripeFailure {

    private final int status;
    private final String type;
    private final String code;
    private final String param;

    StripeRequestInvalid(int status, String type, String code, String param, String message, String requestId,
            Throwable cause) {
        super("Stripe refused the request (" + status + " " + type + (code == null ? "" : " " + code)
                + (param == null ? "" : " param " + param) + "): " + message, requestId, cause);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }

    public String param() {
        return param;
    }

    @Override
    public boolean retryWithSameKey() {
        return false;
    }
}
