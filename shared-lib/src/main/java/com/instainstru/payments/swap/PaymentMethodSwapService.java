package com.instainstru.payments.swap;

import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.methods.PaymentMethodService;
import com.instainstru.payments.protection.BookingOperationLock;
import com.instainstru.payments.stripe.CardPaymentMethod;
import com.instainstru.payments.swap.PaymentMethodSwapRepository.BookingPayment;
import com.instainstru.payments.swap.schema.PaymentMethodChangeRequest;
import com.instainstru.payments.swap.schema.PaymentMethodChangeResponse;
import com.instainstru.payments.workflow.AuthorizationOutcome;
import com.instainstru.payments.workflow.AuthorizationStep;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The student swaps the card of their booking's payment (reference §9 payment-setup flow): allowed while the payment
 * is scheduled (the new card is authorized at the planned time) or payment_method_required (the authorization is
 * retried with it at once, as the next attempt with a new idempotency key; success confirms a PENDING booking).
 * The card must be one of the student's saved cards (read from Stripe, outside any transaction), and the swap runs
 * under the booking's operation lock like checkout. Any other payment state is 422 {@value #NOT_CHANGEABLE}.
 */
@ApplicationScoped
public class PaymentMethodSwapService {

    public static final String NOT_CHANGEABLE = "PAYMENT_METHOD_NOT_CHANGEABLE";

    private final PaymentMethodSwapRepository bookings;
    private final PaymentMethodService methods;
    private final AuthorizationStep authorization;
    private final PaymentEventRepository ledger;
    private final BookingOperationLock bookingLock;
    private final Transactions tx;
    private final Clock clock;

    public PaymentMethodSwapService(PaymentMethodSwapRepository bookings, PaymentMethodService methods,
            AuthorizationStep authorization, PaymentEventRepository ledger, BookingOperationLock bookingLock,
            Transactions tx, Clock clock) {
        this.bookings = bookings;
        this.methods = methods;
        this.authorization = authorization;
        this.ledger = ledger;
        this.bookingLock = bookingLock;
        this.tx = tx;
        this.clock = clock;
    }

    public PaymentMethodChangeResponse swap(String studentId, String bookingId, PaymentMethodChangeRequest request) {
        FieldRules.requireBody(request);
        FieldRules.check()
                .rule(IdGenerator.isUlid(bookingId), "bookingId", "ulid", "bookingId must be a 26-character ULID")
                .text("paymentMethodId", request.paymentMethodId(), 1, 255)
                .orThrow();
        find(studentId, bookingId);
        return bookingLock.run(bookingId, () -> {
            CardPaymentMethod card = methods.ownCard(studentId, request.paymentMethodId());
            BookingPayment current = find(studentId, bookingId);
            if ("scheduled".equals(current.paymentStatus()) && swapScheduled(bookingId, card.id())) {
                return response(bookingId, current.bookingStatus(), card, AuthorizationOutcome.scheduled());
            }
            if ("payment_method_required".equals(current.paymentStatus())) {
                Optional<AuthorizationOutcome> retried = authorization.retryWithCard(bookingId, card.id());
                if (retried.isPresent()) {
                    AuthorizationOutcome outcome = retried.get();
                    return response(bookingId, outcome.authorized() ? "CONFIRMED" : current.bookingStatus(), card,
                            outcome);
                }
            }
            throw notChangeable(find(studentId, bookingId));
        });
    }

    private BookingPayment find(String studentId, String bookingId) {
        return bookings.find(bookingId).filter(found -> found.studentId().equals(studentId))
                .orElseThrow(() -> new ResourceNotFoundException("BOOKING_NOT_FOUND", "No such booking"));
    }

    private boolean swapScheduled(String bookingId, String paymentMethodId) {
        return tx.call(() -> {
            Instant now = clock.instant();
            if (!bookings.swapScheduledCard(bookingId, paymentMethodId, now)) {
                return false;
            }
            ledger.append(bookingId, "payment_method_changed", null, null, null,
                    Map.of("paymentMethodId", paymentMethodId), now);
            return true;
        });
    }

    private static BusinessRuleException notChangeable(BookingPayment payment) {
        String status = payment.paymentStatus() == null ? "none" : payment.paymentStatus();
        return new BusinessRuleException(NOT_CHANGEABLE, payment.paymentStatus() == null
                ? "This booking has no payment yet: pay for it at checkout"
                : "The card of a payment that is " + status + " cannot be changed",
                Map.of("paymentStatus", status));
    }

    private static PaymentMethodChangeResponse response(String bookingId, String bookingStatus,
            CardPaymentMethod card, AuthorizationOutcome outcome) {
        return new PaymentMethodChangeResponse(bookingId, bookingStatus, outcome.paymentStatus(), card.id(), card.brand(),
                card.last4(), outcome.errorCode(), outcome.requiresAction(), outcome.paymentIntentId(),
                outcome.clientSecret());
    }
}
