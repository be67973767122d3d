package com.instainstru.payments.credits;

/** Why a credit exists; {@link #code()} is the {@code platform_credits.source_type} value. */
public enum CreditSource {
    CANCELLATION("cancellation"),
    LOCK_RESOLUTION("lock_resolution"),
    MILESTONE_S5("milestone_s5"),
    MILESTONE_S11("milestone_s11"),
    REFUND_REINSTATEMENT("refund_reinstatement"),
    ADMIN_ADJUSTMENT("admin_adjustment");

    private final String code;

    CreditSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CreditSource of(String code) {
        for (CreditSource source : values()) {
            if (source.code.equals(code)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown credit source " + code);
    }
}
