package com.instainstru.payments.workflow;

import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.payments.credits.CreditSettlement;
import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The workflow's steps without a Stripe call, each one transaction claiming the row under its due condition: the
 * T-13h final warning, the T-12h failure, the 30-minute failure of a PENDING booking and the expiry of an
 * authorization held too long.
 */
@ApplicationScoped
public class DeadlineSteps {

    public static final String FINAL_WARNING_EVENT = "payment.final_warning_due";
    public static final String PAYMENT_FAILED_EVENT = "payment.failed";
    public static final String EXPIRED_EVENT = "payment.authorization_expired";

    private final PaymentWorkflowRepository payments;
    private final PaymentEventRepository ledger;
    private final OutboxService outbox;
    private final CreditLedger credits;
    private final Transactions tx;
    private final Clock clock;

    public DeadlineSteps(PaymentWorkflowRepository payments, PaymentEventRepository ledger, OutboxService outbox,
            CreditLedger credits, Transactions tx, Clock clock) {
        this.payments = payments;
        this.ledger = ledger;
        this.outbox = outbox;
        this.credits = credits;
        this.tx = tx;
        this.clock = clock;
    }

    /** "Your booking is cancelled in 1 hour unless the payment succeeds", once. */
    ActionResult warn(PaymentActionMessage message) {
        return tx.call(() -> {
            if (!payments.claimFinalWarning(message.bookingId(), message.at(), clock.instant())) {
                return ActionResult.SKIPPED;
            }
            outbox.emit(FINAL_WARNING_EVENT, "booking", message.bookingId(), new BookingPaymentEvent(message.bookingId()));
            return ActionResult.FINAL_WARNING_SENT;
        });
    }

    /**
     * No authorization 12 h before the lesson: the booking becomes PAYMENT_FAILED, the payment is settled with no
     * charge and the credits reserved for it are given back, all in one transaction.
     */
    ActionResult fail(PaymentActionMessage message) {
        return tx.call(() -> {
            Instant now = clock.instant();
            Optional<String> bookingStatus = payments.settleAsFailed(message.bookingId(), message.at(), now);
            if (bookingStatus.isEmpty()) {
                return ActionResult.SKIPPED;
            }
            return failBooking(message.bookingId(), bookingStatus.get(), now, Map.of());
        });
    }

    /**
     * A PENDING booking (lesson < 24 h ahead) whose card is still not authorized 30 minutes after the last attempt,
     * or that was never checked out 30 minutes after its creation (reference §9, §11): PAYMENT_FAILED, the payment
     * (if any) settled with no charge, reserved credits given back. The booking row is locked first, so a checkout
     * or card swap racing this either commits before (and this does nothing) or finds the booking failed.
     */
    ActionResult failPending(PaymentActionMessage message) {
        return tx.call(() -> {
            Instant now = clock.instant();
            Optional<Boolean> hasPayment = payments.lockPendingFailureDue(message.bookingId(), message.at());
            if (hasPayment.isEmpty()) {
                return ActionResult.SKIPPED;
            }
            if (hasPayment.get() && !payments.settlePendingAsFailed(message.bookingId(), now)) {
                return ActionResult.SKIPPED;
            }
            return failBooking(message.bookingId(), BookingStatus.PENDING.name(), now,
                    Map.of("reason", hasPayment.get() ? "not_authorized_in_time" : "not_checked_out_in_time"));
        });
    }

    private ActionResult failBooking(String bookingId, String statusBefore, Instant now, Map<String, Object> extra) {
        BookingStatus.valueOf(statusBefore).transitionTo(BookingStatus.PAYMENT_FAILED);
        payments.markBookingPaymentFailed(bookingId, now);
        CreditSettlement released = credits.release(bookingId);
        Map<String, Object> details = new HashMap<>(extra);
        details.put("bookingStatusBefore", statusBefore);
        details.put("creditsReleasedCents", released.releasedCents() + released.expiredCents());
        ledger.append(bookingId, "payment_failed_no_charge", 0, null, null, details, now);
        outbox.emit(PAYMENT_FAILED_EVENT, "booking", bookingId, new BookingPaymentEvent(bookingId));
        return ActionResult.PAYMENT_FAILED;
    }

    /** The hold is gone (or about to be): authorize afresh at once, as a retry with a new attempt and key. */
    ActionResult expire(PaymentActionMessage message) {
        return tx.call(() -> {
            Instant now = clock.instant();
            Optional<String> expiredIntent = payments.expireAuthorization(message.bookingId(), message.at(), now);
            if (expiredIntent.isEmpty()) {
                return ActionResult.SKIPPED;
            }
            return recordExpired(message.bookingId(), expiredIntent.get(), Map.of(), now);
        });
    }

    /**
     * Stripe reports the held PaymentIntent canceled ({@code payment_intent.canceled}, e.g. the hold expired): the
     * same as {@link #expire}, without waiting for our deadline, if the payment still holds that PaymentIntent.
     */
    public ActionResult expireCanceledByStripe(String bookingId, String paymentIntentId) {
        return tx.call(() -> {
            Instant now = clock.instant();
            Optional<String> expiredIntent = payments.expireCanceledAuthorization(bookingId, paymentIntentId, now);
            if (expiredIntent.isEmpty()) {
                return ActionResult.SKIPPED;
            }
            return recordExpired(bookingId, expiredIntent.get(), Map.of("source", "payment_intent.canceled"), now);
        });
    }

    private ActionResult recordExpired(String bookingId, String paymentIntentId, Map<String, ?> details,
            Instant now) {
        ledger.append(bookingId, "auth_expired", null, paymentIntentId, null, details, now);
        outbox.emit(EXPIRED_EVENT, "booking", bookingId, new BookingPaymentEvent(bookingId));
        return ActionResult.AUTHORIZATION_EXPIRED;
    }

    public record BookingPaymentEvent(String bookingId) {
    }
}
