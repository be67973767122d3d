package com.instainstru.payments.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.payments.PaymentsApiTestKit;
import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.payments.checkout.schema.CheckoutRequest;
import com.instainstru.payments.checkout.schema.CheckoutResponse;
import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.payments.credits.CreditRepository;
import com.instainstru.payments.credits.CreditSource;
import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.setup.PaymentSetupRepository;
import com.instainstru.payments.setup.PaymentSetupService;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeObjects.Card;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checkout over PostgreSQL, Redis and the Stripe stub: a $120 lesson at tier 12 % paid with a saved card and
 * credits; the card and the booking must be the caller's; a refused schedule reserves no credits.
 */
class CheckoutServiceTest {

    private static final Card VISA = new Card("pm_1QJ9Aq2eZvKYlo2CKWcVbU7K", "visa", "4242", 12, 2030);

    private static PaymentsApiTestKit api;
    private static CreditLedger credits;
    private static CheckoutService checkout;
    private String student;
    private PaymentsTestKit.Instructor instructor;

    @BeforeAll
    static void start() {
        api = new PaymentsApiTestKit();
        PaymentsTestKit kit = api.kit;
        credits = new CreditLedger(new CreditRepository(kit.platform.jdbc),
                new AdvisoryLockRepository(kit.platform.jdbc), new OutboxService(new OutboxRepository(
                        kit.platform.jdbc, kit.platform.json), kit.platform.ids, kit.clock, kit.platform.json),
                kit.platform.ids, kit.platform.tx, kit.clock);
        PaymentSetupService setup = new PaymentSetupService(new PaymentSetupRepository(kit.platform.jdbc),
                new PaymentEventRepository(kit.platform.jdbc, kit.platform.ids, kit.platform.json), kit.platform.tx,
                kit.clock);
        checkout = new CheckoutService(new CheckoutRepository(kit.platform.jdbc), api.methods, api.customers,
                credits, setup, api.authorization(), api.bookingLock, kit.platform.tx);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void aStudentWithACardAndAnInstructorWithAConnectAccount() {
        api.stripe.reset();
        student = api.kit.student();
        instructor = api.kit.instructor();
        api.kit.connectAccount(instructor.id(), "acct_" + instructor.id().substring(14));
        String customer = "cus_" + student;
        api.stripe.answerPost("/v1/customers", StripeObjects.customer(customer, "sam@example.test", student));
        api.stripe.answerGet("/v1/customers/" + customer + "/payment_methods",
                StripeObjects.paymentMethodList(customer, List.of(VISA)));
        api.customers.ensure(student);
    }

    private static void assertCode(ThrowingCallable call, Class<? extends DomainException> type, String code) {
        assertThatThrownBy(call).isInstanceOf(type).extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }

    @Test
    void aLessonThreeDaysAheadIsScheduledForAuthorizationWithCreditsOnTheLessonPrice() {
        String booking = api.kit.booking(student, instructor, Duration.ofDays(3));
        credits.issue(student, 2_000, CreditSource.CANCELLATION, api.kit.booking(student, instructor,
                Duration.ofDays(5)));

        CheckoutResponse paid = checkout.checkout(student, new CheckoutRequest(booking, VISA.id(), 5_000));

        assertThat(paid.paymentStatus()).isEqualTo("scheduled");
        assertThat(paid.cardLast4()).isEqualTo("4242");
        assertThat(paid.lessonPriceCents()).isEqualTo(12_000);
        assertThat(paid.studentFeeCents()).isEqualTo(1_440);
        // only the 20 dollars the student has; the fee is always paid by card
        assertThat(paid.creditAppliedCents()).isEqualTo(2_000);
        assertThat(paid.cardChargeCents()).isEqualTo(12_000 - 2_000 + 1_440);
        assertThat(paid.authorizationScheduledFor()).isEqualTo(PaymentsTestKit.NOW.plus(Duration.ofDays(2)));
        assertThat(api.kit.count("""
                SELECT count(*) AS n FROM booking_payments
                 WHERE booking_id = ? AND status = 'scheduled' AND payment_method_id = ? AND credits_applied_cents = 2000
                """, booking, VISA.id())).isOne();
        assertThat(credits.balance(student).reservedCents()).isEqualTo(2_000);
    }

    @Test
    void aSecondCheckoutOfThePaidBookingIsAConflictAndReservesNothingMore() {
        String booking = api.kit.booking(student, instructor, Duration.ofDays(3));
        checkout.checkout(student, new CheckoutRequest(booking, VISA.id(), null));

        assertCode(() -> checkout.checkout(student, new CheckoutRequest(booking, VISA.id(), null)),
                ConflictException.class, "PAYMENT_ALREADY_SCHEDULED");
    }

    @Test
    void aRefusedScheduleLeavesTheCreditsAvailable() {
        String booking = api.kit.booking(student, instructor, Duration.ofDays(3));
        api.kit.platform.jdbc.update("UPDATE bookings SET status = 'CANCELLED', cancelled_at = now() WHERE id = ?",
                booking);
        credits.issue(student, 2_000, CreditSource.CANCELLATION, booking);

        assertCode(() -> checkout.checkout(student, new CheckoutRequest(booking, VISA.id(), 2_000)),
                BusinessRuleException.class, "BOOKING_NOT_CONFIRMED");
        assertThat(credits.balance(student).reservedCents()).isZero();
        assertThat(credits.balance(student).availableCents()).isEqualTo(2_000);
    }

    @Test
    void theBookingAndTheCardMustBeTheCallers() {
        String booking = api.kit.booking(student, instructor, Duration.ofDays(3));
        String stranger = api.kit.student();

        assertCode(() -> checkout.checkout(stranger, new CheckoutRequest(booking, VISA.id(), null)),
                ResourceNotFoundException.class, "BOOKING_NOT_FOUND");
        assertCode(() -> checkout.checkout(student, new CheckoutRequest(booking, "pm_1NotTheStudentsCard000", null)),
                ResourceNotFoundException.class, "PAYMENT_METHOD_NOT_FOUND");
        assertThat(api.kit.count("SELECT count(*) AS n FROM booking_payments WHERE booking_id = ?", booking)).isZero();
    }

    @Test
    void malformedFieldsAreNamed() {
        assertThatThrownBy(() -> checkout.checkout(student, new CheckoutRequest("nope", " ", -1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("bookingId", "paymentMethodId", "requestedCreditCents"));
    }
}
