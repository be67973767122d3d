package com.instainstru.payments.setup;

import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.pricing.FeeRates;
import com.instainstru.pricing.PaymentAmounts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Creates a booking's payment (reference §10, §11): the amounts fixed at checkout with the instructor's commission
 * tier, the Connect account the destination charge pays, and the authorization planned for 24 h before the lesson,
 * or due now for a lesson less than 24 h ahead. A PENDING booking (booked less than 24 h ahead) is authorized by
 * checkout in the same request; a CONFIRMED one whose lesson came within 24 h by the next scheduler tick.
 */
@ApplicationScoped
public class PaymentSetupService {

    public static final Duration AUTHORIZE_BEFORE_START = Duration.ofHours(24);
    public static final String PAYMENT_EXISTS = "PAYMENT_ALREADY_SCHEDULED";
    public static final String INSTRUCTOR_NOT_PAYABLE = "INSTRUCTOR_NOT_PAYABLE";
    public static final String BOOKING_NOT_CONFIRMED = "BOOKING_NOT_CONFIRMED";

    private final PaymentSetupRepository payments;
    private final PaymentEventRepository ledger;
    private final Transactions tx;
    private final Clock clock;

    public PaymentSetupService(PaymentSetupRepository payments, PaymentEventRepository ledger, Transactions tx,
            Clock clock) {
        this.payments = payments;
        this.ledger = ledger;
        this.tx = tx;
        this.clock = clock;
    }

    public ScheduledPayment schedule(String bookingId, String stripeCustomerId, String paymentMethodId,
            int creditsAppliedCents) {
        return tx.call(() -> {
            Instant now = clock.instant();
            PayableBooking booking = payments.findForUpdate(bookingId)
                    .orElseThrow(() -> new ResourceNotFoundException("Booking not found"));
            if (!BookingStatus.CONFIRMED.name().equals(booking.status())
                    && !BookingStatus.PENDING.name().equals(booking.status())) {
                throw new BusinessRuleException(BOOKING_NOT_CONFIRMED,
                        "Only a pending or confirmed booking can be paid for; this one is " + booking.status());
            }
            if (booking.paymentExists()) {
                throw new ConflictException(PAYMENT_EXISTS, "This booking's payment is already scheduled");
            }
            if (booking.destinationAccountId() == null) {
                throw new BusinessRuleException(INSTRUCTOR_NOT_PAYABLE,
                        "The instructor has no Stripe Connect account to be paid to");
            }
            PaymentAmounts amounts = PaymentAmounts.of(booking.lessonPriceCents(),
                    FeeRates.instructorTierPct(booking.foundingInstructor(), booking.currentTierPct()),
                    creditsAppliedCents);
            Instant planned = booking.startAt().minus(AUTHORIZE_BEFORE_START);
            ScheduledPayment payment = new ScheduledPayment(bookingId, amounts, booking.destinationAccountId(),
                    planned.isBefore(now) ? now : planned, booking.status());
            payments.insertScheduled(booking, payment, stripeCustomerId, paymentMethodId, now);
            ledger.append(bookingId, "authorization_scheduled", amounts.cardChargeCents(), null, null,
                    Map.of("authScheduledFor", payment.authScheduledFor().toString(),
                            "applicationFeeCents", amounts.applicationFeeCents(),
                            "creditsAppliedCents", amounts.creditAppliedCents()), now);
            return payment;
        });
    }
}
