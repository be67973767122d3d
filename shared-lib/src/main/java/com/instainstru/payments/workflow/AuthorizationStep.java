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
 * One off-session authorization attempt: claim (commit), call Stripe outside any transaction with the key
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
        AuthorizationClaim claim = claimed.get();
        IdempotencyKey key = IdempotencyKey.of("booking", claim.bookingId(), "authorize", claim.attempt());
        if (claim.afterServerError()) {
            Optional<PaymentIntentResult> existing = stripe.findBookingPaymentIntent(claim.customerId(),
                    claim.bookingId());
            if (existing.isPresent()) {
                return recordAuthorized(claim, key, existing.get());
            }
        }
        PaymentIntentResult intent;
        try {
            intent = stripe.authorizeOffSession(new OffSessionAuthorization(claim.bookingId(), claim.customerId(),
                    claim.paymentMethodId(), claim.destinationAccountId(), claim.cardChargeCents(),
                    claim.applicationFeeCents()), key);
        } catch (CardDeclined declined) {
            return recordFailure(claim, key, declined.declineCode() == null ? declined.code()
                    : declined.declineCode(), declined.paymentIntentId(), declined);
        } catch (AuthenticationRequired authentication) {
            return recordFailure(claim, key, "authentication_required", authentication.paymentIntentId(),
                    authentication);
        } catch (StripeRequestInvalid invalid) {
            return manualReview.fromClaim(claim.bookingId(), "authorizing", "stripe_request_invalid", key, invalid);
        } catch (StripeServerError serverError) {
            if (serverError.mayBeStoredUnderKey()) {
                tx.run(() -> payments.nextAuthorizationAttemptAfterServerError(claim.bookingId(), claim.attempt(),
                        clock.instant()));
            }
            throw serverError;
        }
        return recordAuthorized(claim, key, intent);
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
            return ActionResult.AUTHORIZED;
        });
    }

    private ActionResult recordFailure(AuthorizationClaim claim, IdempotencyKey key, String errorCode,
            String paymentIntentId, StripeFailure failure) {
        return tx.call(() -> {
            Instant now = clock.instant();
            Instant next = now.plus(RetryPolicy.afterAuthorizationFailures(claim.attempt()));
            if (!payments.recordAuthorizationFailure(claim.bookingId(), claim.attempt(), errorCode, next, now)) {
                return ActionResult.SKIPPED;
            }
            Map<String, Object> details = new HashMap<>();
            details.put("attempt", claim.attempt());
            details.put("errorCode", errorCode);
            details.put("nextAttemptAt", next.toString());
            ledger.append(claim.bookingId(), "authorization_failed", null, paymentIntentId, key.value(), details,
                    now);
            outbox.emit(FAILED_EVENT, "booking", claim.bookingId(), new AuthorizationFailed(claim.bookingId(),
                    claim.attempt(), errorCode, failure instanceof AuthenticationRequired, paymentIntentId, next));
            return ActionResult.AUTHORIZATION_FAILED;
        });
    }

    /** Outbox payload: the student must act (another card, or 3-D Secure on this PaymentIntent). */
    public record AuthorizationFailed(String bookingId, int attempt, String errorCode, boolean authenticationRequired,
            String paymentIntentId, Instant nextAttemptAt) {
    }
}
