package com.instainstru.payments.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A confirmed booking's payment row: amounts by the instructor's tier, the Connect destination, auth at T-24h. */
class PaymentSetupServiceTest {

    private final PaymentsTestKit kit = new PaymentsTestKit();
    private final PaymentSetupService setup = new PaymentSetupService(new PaymentSetupRepository(kit.platform.jdbc),
            new PaymentEventRepository(kit.platform.jdbc, kit.platform.ids, kit.platform.json), kit.platform.tx,
            kit.clock);
    private final String student = kit.student();
    private final PaymentsTestKit.Instructor instructor = kit.instructor();

    @Test
    void aLessonThreeDaysAheadIsAuthorizedAt24HoursBeforeWithTheTierAmountsOfA120DollarLesson() {
        connect();
        String booking = kit.booking(student, instructor, Duration.ofDays(3));

        ScheduledPayment payment = setup.schedule(booking, "cus_NffrFeUfNV2Hib", "pm_1QJ9Aq2eZvKYlo2CKWcVbU7K", 0);

        assertThat(payment.authScheduledFor()).isEqualTo(PaymentsTestKit.NOW.plus(Duration.ofDays(2)));
        assertThat(payment.amounts().cardChargeCents()).isEqualTo(13_440);
        assertThat(column(booking, "status || ' ' || card_charge_cents || ' ' || application_fee_cents || ' '"
                + " || instructor_payout_cents || ' ' || instructor_commission_pct || ' ' || destination_account_id"))
                .isEqualTo("scheduled 13440 2880 10560 12.00 acct_setup" + instructor.id().substring(16));
        assertThat(kit.count("SELECT count(*) AS n FROM payment_events WHERE booking_id = ?"
                + " AND event_type = 'authorization_scheduled' AND amount_cents = 13440", booking)).isEqualTo(1);
    }

    @Test
    void aFoundingInstructorPays8PercentAndCreditsReduceTheCardChargeButNeverTheFee() {
        connect();
        kit.platform.jdbc.update("UPDATE instructor_profiles SET is_founding_instructor = true WHERE user_id = ?",
                instructor.id());
        String booking = kit.booking(student, instructor, Duration.ofDays(3));

        setup.schedule(booking, "cus_NffrFeUfNV2Hib", "pm_1QJ9Aq2eZvKYlo2CKWcVbU7K", 2_000);

        // LP 12000, SF 1440, IF 960 (8 %), credit 2000: card 11440, fee max(0, 1440 + 960 - 2000) = 400
        assertThat(column(booking, "card_charge_cents || ' ' || application_fee_cents || ' ' || credits_applied_cents"
                + " || ' ' || instructor_commission_pct")).isEqualTo("11440 400 2000 8.00");
    }

    @Test
    void aLessonLessThan24HoursAheadIsAuthorizedNowAndOneExactly24HoursAheadAtItsStartMinus24Hours() {
        connect();
        String soon = kit.booking(student, instructor, Duration.ofHours(24).minusSeconds(1));
        String exactly = kit.booking(student, instructor, Duration.ofHours(26));

        assertThat(setup.schedule(soon, "cus_1", "pm_1", 0).authScheduledFor()).isEqualTo(PaymentsTestKit.NOW);
        assertThat(setup.schedule(exactly, "cus_1", "pm_1", 0).authScheduledFor())
                .isEqualTo(PaymentsTestKit.NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void aPendingBookingOfALessonLessThan24HoursAheadIsDueNowForCheckoutToAuthorize() {
        connect();
        String booking = kit.booking(student, instructor, Duration.ofHours(3));
        kit.platform.jdbc.update("UPDATE bookings SET status = 'PENDING', confirmed_at = NULL WHERE id = ?", booking);

        ScheduledPayment payment = setup.schedule(booking, "cus_1", "pm_1", 0);

        assertThat(payment.bookingPending()).isTrue();
        assertThat(payment.authScheduledFor()).isEqualTo(PaymentsTestKit.NOW);
        assertThat(column(booking, "status")).isEqualTo("scheduled");
    }

    @Test
    void refusesAMissingBookingASecondScheduleAndAnInstructorWithoutConnectAccount() {
        String booking = kit.booking(student, instructor, Duration.ofDays(3));
        assertThatThrownBy(() -> setup.schedule(booking, "cus_1", "pm_1", 0))
                .isInstanceOf(BusinessRuleException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo(PaymentSetupService.INSTRUCTOR_NOT_PAYABLE);
        connect();
        setup.schedule(booking, "cus_1", "pm_1", 0);
        assertThatThrownBy(() -> setup.schedule(booking, "cus_1", "pm_1", 0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> setup.schedule("01KDVDNA00NOSUCHBOOKING000", "cus_1", "pm_1", 0))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void refusesABookingThatIsNeitherPendingNorConfirmed() {
        connect();
        String booking = kit.booking(student, instructor, Duration.ofDays(3));
        kit.platform.jdbc.update("UPDATE bookings SET status = 'PAYMENT_FAILED' WHERE id = ?", booking);

        assertThatThrownBy(() -> setup.schedule(booking, "cus_1", "pm_1", 0))
                .isInstanceOf(BusinessRuleException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo(PaymentSetupService.BOOKING_NOT_CONFIRMED);
    }

    private void connect() {
        kit.connectAccount(instructor.id(), "acct_setup" + instructor.id().substring(16));
    }

    private String column(String booking, String expression) {
        return kit.platform.jdbc.queryOne("SELECT (" + expression + ")::text AS v FROM booking_payments"
                + " WHERE booking_id = ?", row -> row.string("v"), booking).orElseThrow();
    }
}
