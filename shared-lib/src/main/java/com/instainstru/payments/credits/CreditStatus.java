package com.instainstru.payments.credits;

/** A credit row's state (reference §15); {@link #code()} is the {@code platform_credits.status} value. */
public enum CreditStatus {
    PENDING("pending"),
    AVAILABLE("available"),
    RESERVED("reserved"),
    APPLIED("applied"),
    FORFEITED("forfeited"),
    EXPIRED("expired"),
    FROZEN("frozen"),
    REVOKED("revoked");

    private final String code;

    CreditStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Reserved or applied: the money already went (or is going) towards a lesson. */
    public boolean spent() {
        return this == RESERVED || this == APPLIED;
    }

    public static CreditStatus of(String code) {
        for (CreditStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown credit status " + code);
    }
}
