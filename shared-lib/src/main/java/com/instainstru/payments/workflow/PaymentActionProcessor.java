package com.instainstru.payments.workflow;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The payment worker's entry point: performs one queued action. Safe to call any number of times with the same
 * message: each step claims the row under its due condition first and does nothing when the state has moved.
 * Throws (for the queue to redeliver) when Stripe was rate limited, failed on its side or did not answer; the
 * claim stays, and the redelivery retries the same attempt with the same idempotency key.
 */
@ApplicationScoped
public class PaymentActionProcessor {

    private final AuthorizationStep authorization;
    private final CaptureStep capture;
    private final DeadlineSteps deadlines;
    private final CarryOverStep carryOver;
    private final SettlementStep settlement;

    public PaymentActionProcessor(AuthorizationStep authorization, CaptureStep capture, DeadlineSteps deadlines,
            CarryOverStep carryOver, SettlementStep settlement) {
        this.authorization = authorization;
        this.capture = capture;
        this.deadlines = deadlines;
        this.carryOver = carryOver;
        this.settlement = settlement;
    }

    public ActionResult process(PaymentActionMessage message) {
        return switch (message.action()) {
            case AUTHORIZE -> authorization.run(message);
            case WARN_FINAL -> deadlines.warn(message);
            case FAIL -> deadlines.fail(message);
            case CAPTURE -> capture.run(message);
            case EXPIRE -> deadlines.expire(message);
            case CARRY_OVER -> carryOver.run(message);
            case LOCK -> settlement.lock(message);
            case SETTLE -> settlement.settle(message);
            case FAIL_PENDING -> deadlines.failPending(message);
        };
    }
}
