package com.instainstru.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.platform.db.DataAccessException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The invariants V7 enforces itself, whatever code writes the rows. */
class PaymentsSchemaTest {

    private static final String CHECK_VIOLATION = "23514";

    private final PaymentsTestKit kit = new PaymentsTestKit();
    private String student;
    private String instructor;
    private String booking;

    @BeforeEach
    void aBooking() {
        student = kit.student();
        PaymentsTestKit.Instructor teacher = kit.instructor();
        instructor = teacher.id();
        booking = kit.booking(student, teacher, Duration.ofDays(3));
    }

    @Test
    void theWorkedExampleIsAValidPayment() {
        // LP $120, tier 12 %: SF $14.40, IF $14.40, card $134.40, application fee $28.80, payout $105.60
        assertThat(insertPayment("scheduled", 12_000, 1_440, 1_440, 0, 13_440, 2_880, 10_560)).isEqualTo(1);
    }

    @Test
    void theCardChargeMustBeLessonPriceMinusCreditsPlusFee() {
        assertThat(insertPayment("scheduled", 12_000, 1_440, 1_440, 2_000, 11_440, 880, 10_560)).isEqualTo(1);

        String other = kit.booking(student, new PaymentsTestKit.Instructor(instructor, serviceOf(instructor)),
                Duration.ofDays(4));
        assertThat(sqlState(() -> insertPayment(other, "scheduled", 12_000, 1_440, 1_440, 2_000, 13_440, 880, 10_560)))
                .isEqualTo(CHECK_VIOLATION);
    }

    @Test
    void creditsNeverCoverMoreThanTheLessonPrice() {
        assertThat(sqlState(() -> insertPayment("scheduled", 12_000, 1_440, 1_440, 12_001, 1_439, 0, 10_560)))
                .isEqualTo(CHECK_VIOLATION);
    }

    @Test
    void amountsAreNeverNegative() {
        assertThat(sqlState(() -> insertPayment("scheduled", 12_000, -1, 1_440, 0, 11_999, 1_439, 10_560)))
                .isEqualTo(CHECK_VIOLATION);
    }

    @Test
    void onlyTheKnownPaymentStatesExist() {
        assertThat(sqlState(() -> insertPayment("paid", 12_000, 1_440, 1_440, 0, 13_440, 2_880, 10_560)))
                .isEqualTo(CHECK_VIOLATION);
    }

    @Test
    void anAuthorizedPaymentNamesItsPaymentIntent() {
        assertThat(sqlState(() -> insertPayment("authorized", 12_000, 1_440, 1_440, 0, 13_440, 2_880, 10_560)))
                .isEqualTo(CHECK_VIOLATION);
    }

    @Test
    void aSettlementOutcomeBelongsToSettledPaymentsAndToThoseAChargebackHandedToOperations() {
        insertPayment("scheduled", 12_000, 1_440, 1_440, 0, 13_440, 2_880, 10_560);
        String outcome = """
                UPDATE booking_payments SET status = ?, settlement_outcome = 'lesson_completed_full_payout',
                       settled_at = ?, manual_review_reason = ? WHERE booking_id = ?
                """;

        assertThat(sqlState(() -> kit.platform.jdbc.update(outcome, "scheduled", PaymentsTestKit.NOW, null, booking)))
                .isEqualTo(CHECK_VIOLATION);
        assertThat(kit.platform.jdbc.update(outcome, "settled", PaymentsTestKit.NOW, null, booking)).isEqualTo(1);
        assertThat(kit.platform.jdbc.update(outcome, "manual_review", PaymentsTestKit.NOW, "dispute_opened", booking))
                .isEqualTo(1);
        assertThat(sqlState(() -> kit.platform.jdbc.update("""
                UPDATE booking_payments SET status = 'settled', settlement_outcome = NULL, settled_at = NULL
                 WHERE booking_id = ?
                """, booking))).isEqualTo(CHECK_VIOLATION);
    }

    @Test
    void theLedgerIsAppendOnly() {
        String id = kit.platform.ids.newId();
        kit.platform.jdbc.update("""
                INSERT INTO payment_events (id, booking_id, event_type, amount_cents, stripe_object_id, occurred_at)
                VALUES (?, ?, 'authorized', 13440, 'pi_3MtwBwLkdIwHu7ix28a3tqPa', ?)
                """, id, booking, PaymentsTestKit.NOW);

        assertThatThrownBy(() -> kit.platform.jdbc.update("UPDATE payment_events SET amount_cents = 1 WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("payment_events is append-only (UPDATE refused)");
        assertThatThrownBy(() -> kit.platform.jdbc.update("DELETE FROM payment_events WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("payment_events is append-only (DELETE refused)");
        assertThat(kit.count("SELECT count(*) AS n FROM payment_events WHERE id = ? AND amount_cents = 13440", id))
                .isEqualTo(1);
    }

    @Test
    void aReservedCreditNamesTheBookingItIsReservedFor() {
        assertThat(sqlState(() -> kit.platform.jdbc.update("""
                INSERT INTO platform_credits (id, user_id, amount_cents, source_type, source_booking_id, status,
                    reserved_at, created_at, updated_at)
                VALUES (?, ?, 1000, 'cancellation', ?, 'reserved', ?, ?, ?)
                """, kit.platform.ids.newId(), student, booking, PaymentsTestKit.NOW, PaymentsTestKit.NOW,
                PaymentsTestKit.NOW))).isEqualTo(CHECK_VIOLATION);
    }

    @Test
    void aBookingTriggersItsLoyaltyCreditOnce() {
        insertMilestone();

        assertThat(sqlState(this::insertMilestone)).isEqualTo("23505");
    }

    private void insertMilestone() {
        Instant now = PaymentsTestKit.NOW;
        kit.platform.jdbc.update("""
                INSERT INTO platform_credits (id, user_id, amount_cents, source_type, source_booking_id, status,
                    expires_at, original_expires_at, created_at, updated_at)
                VALUES (?, ?, 1000, 'milestone_s5', ?, 'available', ?, ?, ?, ?)
                """, kit.platform.ids.newId(), student, booking, now.plus(Duration.ofDays(365)),
                now.plus(Duration.ofDays(365)), now, now);
    }

    private int insertPayment(String status, int lp, int sf, int commission, int credits, int card, int fee,
            int payout) {
        return insertPayment(booking, status, lp, sf, commission, credits, card, fee, payout);
    }

    private int insertPayment(String bookingId, String status, int lp, int sf, int commission, int credits, int card,
            int fee, int payout) {
        Instant now = PaymentsTestKit.NOW;
        return kit.platform.jdbc.update("""
                INSERT INTO booking_payments (booking_id, student_id, instructor_id, status, lesson_price_cents,
                    student_fee_cents, instructor_commission_pct, instructor_commission_cents, credits_applied_cents,
                    card_charge_cents, application_fee_cents, instructor_payout_cents, auth_scheduled_for,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 12.00, ?, ?, ?, ?, ?, ?, ?, ?)
                """, bookingId, student, instructor, status, lp, sf, commission, credits, card, fee, payout,
                now.plus(Duration.ofDays(2)), now, now);
    }

    private String serviceOf(String instructorId) {
        return kit.platform.jdbc.queryOne("SELECT id FROM instructor_services WHERE instructor_id = ?",
                row -> row.string("id"), instructorId).orElseThrow();
    }

    private static String sqlState(Runnable statement) {
        try {
            statement.run();
        } catch (DataAccessException e) {
            return ((SQLException) e.getCause()).getSQLState();
        }
        throw new AssertionError("the statement was accepted");
    }
}
