package com.instainstru.payments.checkout;

import com.instainstru.payments.checkout.CheckoutRepository.CheckoutBooking;
import com.instainstru.payments.checkout.schema.CheckoutRequest;
import com.instainstru.payments.checkout.schema.CheckoutResponse;
import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.payments.customers.CustomerRecord;
import com.instainstru.payments.customers.StripeCustomerService;
import com.instainstru.payments.methods.PaymentMethodService;
import com.instainstru.payments.protection.BookingOperationLock;
import com.instainstru.payments.setup.PaymentSetupService;
import com.instainstru.payments.setup.ScheduledPayment;
import com.instainstru.payments.stripe.CardPaymentMethod;
import com.instainstru.payments.workflow.AuthorizationOutcome;
import com.instainstru.payments.workflow.AuthorizationStep;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checkout (reference §9 payment-setup flow, §10, §15): the student pays for their booking with a saved card. The
 * card is confirmed at Stripe first (outside any transaction); then one transaction reserves credits on the lesson
 * price and schedules the payment, so a refused schedule reserves nothing. A PENDING booking (lesson less than 24 h
 * ahead) is then authorized in the same request, after that commit and still under the booking's lock; success
 * confirms the booking. One checkout per booking at a time (429 OPERATION_IN_PROGRESS); a second checkout of a paid
 * booking is 409 PAYMENT_ALREADY_SCHEDULED (a declined card is swapped with PATCH .../payment-method instead).
 */
@ApplicationScoped
public class CheckoutService {

    private final CheckoutRepository bookings;
    private final PaymentMethodService methods;
    private final StripeCustomerService customers;
    private final CreditLedger credits;
    private final PaymentSetupService setup;
    private final AuthorizationStep authorization;
    private final BookingOperationLock bookingLock;
    private final Transactions tx;

    public CheckoutService(CheckoutRepository bookings, PaymentMethodService methods, StripeCustomerService customers,
            CreditLedger credits, PaymentSetupService setup, AuthorizationStep authorization,
            BookingOperationLock bookingLock, Transactions tx) {
        this.bookings = bookings;
        this.methods = methods;
        this.customers = customers;
        this.credits = credits;
        this.setup = setup;
        this.authorization = authorization;
        this.bookingLock = bookingLock;
        this.tx = tx;
    }

    public CheckoutResponse checkout(String studentId, CheckoutRequest request) {
        FieldRules.requireBody(request);
        FieldRules.check()
                .rule(IdGenerator.isUlid(request.bookingId()), "bookingId", "ulid",
                        "bookingId must be a 26-character ULID")
                .text("paymentMethodId", request.paymentMethodId(), 1, 255)
                .rule(request.requestedCreditCents() == null || request.requestedCreditCents() >= 0,
                        "requestedCreditCents", "min", "requestedCreditCents must not be negative")
                .orThrow();
        CheckoutBooking booking = bookings.booking(request.bookingId())
                .filter(found -> found.studentId().equals(studentId))
                .orElseThrow(() -> new ResourceNotFoundException("BOOKING_NOT_FOUND", "No such booking"));
        int requestedCredits = request.requestedCreditCents() == null ? 0 : request.requestedCreditCents();
        return bookingLock.run(booking.id(), () -> {
            CardPaymentMethod card = methods.ownCard(studentId, request.paymentMethodId());
            CustomerRecord customer = customers.find(studentId).orElseThrow();
            ScheduledPayment payment = tx.call(() -> setup.schedule(booking.id(), customer.stripeCustomerId(),
                    card.id(), credits.reserve(studentId, booking.id(), requestedCredits,
                            booking.lessonPriceCents())));
            if (!payment.bookingPending()) {
                return response(payment, card, payment.bookingStatus(), AuthorizationOutcome.scheduled());
            }
            AuthorizationOutcome outcome = authorization.authorizeNow(booking.id());
            return response(payment, card, outcome.authorized() ? "CONFIRMED" : "PENDING", outcome);
        });
    }

    private static CheckoutResponse response(ScheduledPayment payment, CardPaymentMethod card, String bookingStatus,
            AuthorizationOutcome outcome) {
        return new CheckoutResponse(payment.bookingId(), bookingStatus, outcome.paymentStatus(), card.id(),
                card.brand(), card.last4(), payment.amounts().lessonPriceCents(), payment.amounts().studentFeeCents(),
                payment.amounts().creditAppliedCents(), payment.amounts().cardChargeCents(),
                payment.authScheduledFor(), outcome.errorCode(), outcome.requiresAction(), outcome.paymentIntentId(),
                outcome.clientSecret());
    }
}
