package com.instainstru.payments.workflow;

import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.stripe.AuthenticationRequired;
import com.instainstru.payments.stripe.CardDeclined;
import com.instainstru.payments.stripe.IdempotencyKey;
import com.instainstru.payments.stripe.OffSessionAuthorization;
import com.instainstru.payments.stripe.PaymentIntentResult;
import com.instainstru.payments.stripe.StripeFailure;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.stripe.StripeRequestInvalid;
import com.instainstru.payments.stripe.StripeServerError;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One off-session authorization attempt, by the worker ({@link #run}) or in a student's request for a lesson less
 * than 24 h ahead ({@link #authorizeNow}, {@link #retryWithCard}): claim (commit), call Stripe outside any transaction with the key
 * {@code booking:{id}:authorize:{attempt}}, record the answer in a new transaction. A claim left in flight by a crash
 * or a lost answer is retried with its own attempt, so Stripe returns the same PaymentIntent instead of a second one.
 *
 * <p>A 5xx is different: Stripe may have stored it under the key and would replay it to every retry. The claim moves
 * to the next attempt (a new key) and the message is thrown back to the queue; the next delivery first looks for the
 * booking's PaymentIntent (the failed request may have created it) and records it if it is authorized, and only
 * otherwise creates one with the new key. A 429 or a lost answer keeps the key: neither is stored.
 */
@ApplicationScoped
public class AuthorizationStep {

    public static final String FAILED_EVENT = "payment.authorization_failed";
    /** A PENDING booking (lesson < 24 h ahead) whose card is now authorized became CONFIRMED. */
    public static final String BOOKING_CONFIRMED_EVENT = "booking.confirmed";

    private final PaymentWorkflowRepository payments;
    private final PaymentEventRepository ledger;
    private final OutboxService outbox;
    private final StripeGateway stripe;
    private final Transactions tx;
    private final ManualReview manualReview;
    private final Clock clock;

    public AuthorizationStep(PaymentWorkflowRepository payments, PaymentEventRepository ledger, OutboxService outbox,
            StripeGateway stripe, Transactions tx, ManualReview manualReview, Clock clock) {
        this.manualReview = manualReview;
        this.payments = payments;
        this.ledger = ledger;
        this.outbox = outbox;
        this.stripe = stripe;
        this.tx = tx;
        this.clock = clock;
    }

    ActionResult run(PaymentActionMessage message) {
        Optional<AuthorizationClaim> claimed = tx.call(() -> payments.claimAuthorization(message.bookingId(),
                message.at(), clock.instant()).or(() -> payments.authorizationInFlight(message.bookingId())));
        if (claimed.isEmpty()) {
            return ActionResult.SKIPPED;
        }
        return attempt(claimed.get()).result();
    }

    /**
     * Checkout of a lesson less than 24 h ahead (reference §9): the attempt due now, made in the student's request
     * (outside any transaction; the caller holds the booking's operation lock). A retryable Stripe failure leaves
     * the claim in flight for the scheduler to resume with the same key ({@code authorizing}).
     */
    public AuthorizationOutcome authorizeNow(String bookingId) {
        Optional<AuthorizationClaim> claimed = tx.call(() -> {
            Instant now = clock.instant();
            return payments.claimAuthorization(bookingId, now, now);
        });
        return claimed.map(this::attemptInRequest).orElseGet(() -> current(bookingId));
    }

    /**
     * The student swapped the card of a failed authorization: the next attempt (a new key) with that card, at once.
     * Empty, with nothing changed, when the payment is not payment_method_required (or a confirmed booking's
     * T-12h failure is due).
     */
    public Optional<AuthorizationOutcome> retryWithCard(String bookingId, String paymentMethodId) {
        Optional<AuthorizationClaim> claimed = tx.call(() -> {
            Instant now = clock.instant();
            Optional<AuthorizationClaim> claim = payments.claimRetryWithCard(bookingId, paymentMethodId, now);
            claim.ifPresent(c -> ledger.append(bookingId, "payment_method_changed", null, null, null,
                    Map.of("attempt", c.attempt(), "paymentMethodId", paymentMethodId), now));
            return claim;
        });
        return claimed.map(this::attemptInRequest);
    }

    private AuthorizationOutcome attemptInRequest(AuthorizationClaim claim) {
        try {
            Attempt attempt = attempt(claim);
            return attempt.result() == ActionResult.SKIPPED ? current(claim.bookingId()) : attempt.outcome();
        } catch (StripeFailure failure) {
            if (failure.retryWithSameKey() || failure instanceof StripeServerError) {
                return AuthorizationOutcome.of("authorizing");
            }
            throw failure;
        }
    }

    private AuthorizationOutcome current(String bookingId) {
        return AuthorizationOutcome.of(tx.call(() -> payments.paymentStatus(bookingId)).orElse(null));
    }

    private Attempt attempt(AuthorizationClaim claim) {
        IdempotencyKey key = IdempotencyKey.of("booking", claim.bookingId(), "authorize", claim.attempt());
        if (claim.afterServerError()) {
            Optional<PaymentIntentResult> existing = stripe.findBookingPaymentIntent(claim.customerId(),
                    claim.bookingId());
            if (existing.isPresent()) {
                return Attempt.of(recordAuthorized(claim, key, existing.get()));
            }
        }
        PaymentIntentResult intent;
        try {
            intent = stripe.authorizeOffSession(new OffSessionAuthorization(claim.bookingId(), claim.customerId(),
                    claim.paymentMethodId(), claim.destinationAccountId(), claim.cardChargeCents(),
                    claim.applicationFeeCents()), key);
        } catch (CardDeclined declined) {
            String code = declined.declineCode() == null ? declined.code() : declined.declineCode();
            return new Attempt(recordFailure(claim, key, code, declined.paymentIntentId(), declined),
                    new AuthorizationOutcome("payment_method_required", code, false, declined.paymentIntentId(),
                            null));
        } catch (AuthenticationRequired authentication) {
            return new Attempt(recordFailure(claim, key, "authentication_required",
                    authentication.paymentIntentId(), authentication),
                    new AuthorizationOutcome("payment_method_required", "authentication_required", true,
                            authentication.paymentIntentId(), authentication.clientSecret()));
        } catch (StripeRequestInvalid invalid) {
            return Attempt.of(manualReview.fromClaim(claim.bookingId(), "authorizing", "stripe_request_invalid",
                    key, invalid));
        } catch (StripeServerError serverError) {
            if (serverError.mayBeStoredUnderKey()) {
                tx.run(() -> payments.nextAuthorizationAttemptAfterServerError(claim.bookingId(), claim.attempt(),
                        clock.instant()));
            }
            throw serverError;
        }
        return Attempt.of(recordAuthorized(claim, key, intent));
    }

    /** The worker's result and, for a request, what to tell the student. */
    private record Attempt(ActionResult result, AuthorizationOutcome outcome) {

        static Attempt of(ActionResult result) {
            return new Attempt(result, AuthorizationOutcome.of(switch (result) {
                case AUTHORIZED -> "authorized";
                case MANUAL_REVIEW -> "manual_review";
                default -> null;
            }));
        }
    }

    private ActionResult recordAuthorized(AuthorizationClaim claim, IdempotencyKey key, PaymentIntentResult intent) {
        return tx.call(() -> {
            Instant now = clock.instant();
            if (!payments.recordAuthorized(claim.bookingId(), claim.attempt(), intent.id(), intent.captureBefore(),
                    now)) {
                return ActionResult.SKIPPED;
            }
            ledger.append(claim.bookingId(), "authorized", intent.amountCents(), intent.id(), key.value(),
                    Map.of("attempt", claim.attempt()), now);
            // a lesson < 24 h ahead waited PENDING for this (reference §9); whoever made the attempt confirms it
            if (payments.confirmPendingBooking(claim.bookingId(), now)) {
                outbox.emit(BOOKING_CONFIRMED_EVENT, "booking", claim.bookingId(),
                        new BookingConfirmed(claim.bookingId(), intent.id()));
            }
            return ActionResult.AUTHORIZED;
        });
    }

    private ActionResult recordFailure(AuthorizationClaim claim, IdempotencyKey key, String errorCode,
            String paymentIntentId, StripeFailure failure) {
        return tx.call(() -> {
            Instant now = clock.instant();
            // PENDING: no automatic retry; the booking fails 30 minutes from now unless the student swaps the card
            boolean pending = payments.bookingIsPending(claim.bookingId());
            Instant next = pending ? null : now.plus(RetryPolicy.afterAuthorizationFailures(claim.attempt()));
            if (!payments.recordAuthorizationFailure(claim.bookingId(), claim.attempt(), errorCode, next, now)) {
                return ActionResult.SKIPPED;
            }
            if (pending) {
                payments.holdPendingFailure(claim.bookingId(), now);
            }
            Map<String, Object> details = new HashMap<>();
            details.put("attempt", claim.attempt());
            details.put("errorCode", errorCode);
            if (next != null) {
                details.put("nextAttemptAt", next.toString());
            } else {
                details.put("failsAt", now.plus(RetryPolicy.PENDING_PAYMENT_WINDOW).toString());
            }
            ledger.append(claim.bookingId(), "authorization_failed", null, paymentIntentId, key.value(), details,
                    now);
            outbox.emit(FAILED_EVENT, "booking", claim.bookingId(), new AuthorizationFailed(claim.bookingId(),
                    claim.attempt(), errorCode, failure instanceof AuthenticationRequired, paymentIntentId, next));
            return ActionResult.AUTHORIZATION_FAILED;
        });
    }

    /**
     * Outbox payload: the student must act (another card, or 3-D Secure on this PaymentIntent). {@code nextAttemptAt}
     * is null for a PENDING booking: it is not retried automatically and fails 30 minutes after this attempt.
     */
    public record AuthorizationFailed(String bookingId, int attempt, String errorCode, boolean authenticationRequired,
            String paymentIntentId, Instant nextAttemptAt) {
    }

    /** Outbox payload of {@value #BOOKING_CONFIRMED_EVENT}. */
    public record BookingConfirmed(String bookingId, String paymentIntentId) {
    }
}
