package com.instainstru.payments.earnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.payments.earnings.schema.EarningsResponse;
import com.instainstru.payments.earnings.schema.EarningsTotals;
import com.instainstru.payments.earnings.schema.LessonEarning;
import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.setup.PaymentSetupRepository;
import com.instainstru.payments.setup.PaymentSetupService;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.paging.PageRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Earnings from booking_payments and the ledger's captures: $120 lessons at the 12 % tier pay the instructor
 * $105.60 each (commission $14.40). Payments are scheduled by the real setup service, then moved by SQL to the
 * states the workflow would leave them in.
 */
class EarningsServiceTest {

    private static final int PAYOUT = 10_560;

    private final PaymentsTestKit kit = new PaymentsTestKit();
    private final PaymentEventRepository ledger = new PaymentEventRepository(kit.platform.jdbc, kit.platform.ids,
            kit.platform.json);
    private final PaymentSetupService setup = new PaymentSetupService(new PaymentSetupRepository(kit.platform.jdbc),
            ledger, kit.platform.tx, kit.clock);
    private final EarningsService earnings = new EarningsService(new EarningsRepository(kit.platform.jdbc),
            kit.platform.tx);
    private final String student = kit.student();
    private final PaymentsTestKit.Instructor instructor = kit.instructor();

    @Test
    void totalsCountOnlyCapturedAndAuthorizedPayoutsAndEachLessonSaysWhereItsMoneyIs() {
        String paid = payment(Duration.ofDays(1));
        captured(paid, PaymentsTestKit.NOW.plus(Duration.ofDays(2)));
        String authorized = payment(Duration.ofDays(2));
        authorized(authorized);
        String scheduled = payment(Duration.ofDays(3));
        String cancelled = payment(Duration.ofDays(4));
        settledWithoutCharge(cancelled);
        othersPaidLesson();

        EarningsResponse response = earnings.earnings(instructor.id(), PageRequest.parse(null, null));

        assertThat(response.totals()).isEqualTo(new EarningsTotals(PAYOUT, PAYOUT, 1, 1));
        assertThat(response.total()).isEqualTo(4);
        assertThat(response.hasMore()).isFalse();
        assertThat(response.lessons()).extracting(LessonEarning::bookingId, LessonEarning::status)
                .containsExactly(tuple(cancelled, "no_payout"),
                        tuple(scheduled, "awaiting_authorization"),
                        tuple(authorized, "pending_capture"),
                        tuple(paid, "paid"));
        LessonEarning paidLesson = response.lessons().get(3);
        assertThat(paidLesson).isEqualTo(new LessonEarning(paid, PaymentsTestKit.NOW.plus(Duration.ofDays(1)),
                "Piano", 60, 12_000, new BigDecimal("12.00"), 1_440, PAYOUT, "paid",
                PaymentsTestKit.NOW.plus(Duration.ofDays(2))));
        LessonEarning notCharged = response.lessons().get(0);
        assertThat(notCharged.commissionCents()).isZero();
        assertThat(notCharged.payoutCents()).isZero();
        assertThat(notCharged.lessonPriceCents()).isEqualTo(12_000);
    }

    @Test
    void aLateCancellationPaysTheSplitAndAPenaltyWithFullCreditPaysNothing() {
        String split = payment(Duration.ofDays(1));
        settledAfterCapture(split, "student_cancel_lt12_split_50_50", 5_280);
        String fullCredit = payment(Duration.ofDays(2));
        settledAfterCapture(fullCredit, "student_cancel_12_24_full_credit", 0);

        EarningsResponse response = earnings.earnings(instructor.id(), PageRequest.parse(null, null));

        assertThat(response.totals()).isEqualTo(new EarningsTotals(5_280, 0, 1, 0));
        assertThat(response.lessons()).extracting(LessonEarning::bookingId, LessonEarning::status,
                LessonEarning::payoutCents).containsExactly(tuple(fullCredit, "no_payout", 0),
                        tuple(split, "paid", 5_280));
    }

    @Test
    void lockedAndReviewedPaymentsAreNeitherPaidNorPendingEvenAfterACapture() {
        String locked = payment(Duration.ofDays(1));
        captured(locked, PaymentsTestKit.NOW.plus(Duration.ofDays(1)));
        kit.platform.jdbc.update("UPDATE booking_payments SET status = 'locked', settlement_outcome = NULL,"
                + " settled_at = NULL, locked_at = captured_at WHERE booking_id = ?", locked);
        String reviewed = payment(Duration.ofDays(2));
        kit.platform.jdbc.update("UPDATE booking_payments SET status = 'manual_review',"
                + " manual_review_reason = 'capture_failure_escalated' WHERE booking_id = ?", reviewed);

        EarningsResponse response = earnings.earnings(instructor.id(), PageRequest.parse("1", "50"));

        assertThat(response.totals()).isEqualTo(new EarningsTotals(0, 0, 0, 0));
        assertThat(response.lessons()).extracting(LessonEarning::status).containsExactly("in_review", "held");
    }

    @Test
    void pagesFollowTheBookingListingsPageAndLimitWithoutOverlap() {
        String first = payment(Duration.ofDays(3));
        String second = payment(Duration.ofDays(2));
        String third = payment(Duration.ofDays(1));

        EarningsResponse page1 = earnings.earnings(instructor.id(), PageRequest.parse("1", "2"));
        EarningsResponse page2 = earnings.earnings(instructor.id(), PageRequest.parse("2", "2"));

        assertThat(page1.lessons()).extracting(LessonEarning::bookingId).containsExactly(first, second);
        assertThat(page1.hasMore()).isTrue();
        assertThat(page2.lessons()).extracting(LessonEarning::bookingId).containsExactly(third);
        assertThat(page2.hasMore()).isFalse();
        assertThat(page2.total()).isEqualTo(3);
        assertThat(page2.page()).isEqualTo(2);
        assertThat(page2.limit()).isEqualTo(2);
    }

    @Test
    void anInstructorWithoutLessonsHasZeroTotalsAndSomebodyWithoutAProfileIs404() {
        EarningsResponse empty = earnings.earnings(kit.instructor().id(), PageRequest.parse(null, null));

        assertThat(empty.totals()).isEqualTo(new EarningsTotals(0, 0, 0, 0));
        assertThat(empty.lessons()).isEmpty();
        assertThat(empty.limit()).isEqualTo(20);
        assertThatThrownBy(() -> earnings.earnings(student, PageRequest.parse(null, null)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        missing -> assertThat(missing.code()).isEqualTo("INSTRUCTOR_PROFILE_NOT_FOUND"));
    }

    @Test
    void pageAndLimitOutsideTheListingBoundsAreFieldErrors() {
        assertThatThrownBy(() -> PageRequest.parse("0", "51")).isInstanceOfSatisfying(ValidationException.class,
                invalid -> assertThat(invalid.violations()).extracting(v -> v.field())
                        .containsExactly("page", "limit"));
        assertThatThrownBy(() -> PageRequest.parse("101", null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PageRequest.parse(null, "x")).isInstanceOf(ValidationException.class);
        assertThat(PageRequest.parse(" 3 ", "50").offset()).isEqualTo(100);
    }

    /** A $120 lesson {@code fromNow} ahead (clock at NOW) with its payment scheduled; the booking id. */
    private String payment(Duration fromNow) {
        kit.connectAccountOnce(instructor.id());
        String booking = kit.booking(student, instructor, fromNow);
        setup.schedule(booking, "cus_NffrFeUfNV2Hib", "pm_1QJ9Aq2eZvKYlo2CKWcVbU7K", 0);
        return booking;
    }

    private void authorized(String booking) {
        kit.platform.jdbc.update("""
                UPDATE booking_payments SET status = 'authorized', payment_intent_id = ?, authorized_at = ?
                 WHERE booking_id = ?
                """, "pi_" + booking, PaymentsTestKit.NOW, booking);
    }

    /** As the capture step leaves it: settled, captured, and a {@code captured} row in the ledger at {@code at}. */
    private void captured(String booking, Instant at) {
        authorized(booking);
        kit.platform.jdbc.update("""
                UPDATE booking_payments SET status = 'settled', settlement_outcome = 'lesson_completed_full_payout',
                       settled_at = ?, captured_at = ?, amount_captured_cents = 13440
                 WHERE booking_id = ?
                """, at, at, booking);
        kit.platform.tx.run(() -> ledger.append(booking, "captured", 13_440, "pi_" + booking, null, Map.of(), at));
    }

    /** As a penalty settlement leaves it: captured, the whole transfer reversed, then the split paid by transfer. */
    private void settledAfterCapture(String booking, String outcome, int payoutTransferCents) {
        captured(booking, PaymentsTestKit.NOW);
        kit.platform.jdbc.update("UPDATE booking_payments SET settlement_outcome = ? WHERE booking_id = ?", outcome,
                booking);
        kit.platform.tx.run(() -> {
            ledger.append(booking, "transfer_reversed", PAYOUT, "trr_" + booking, null, Map.of(), PaymentsTestKit.NOW);
            if (payoutTransferCents > 0) {
                ledger.append(booking, "payout_transferred", payoutTransferCents, "tr_" + booking, null, Map.of(),
                        PaymentsTestKit.NOW);
            }
        });
    }

    private void settledWithoutCharge(String booking) {
        kit.platform.jdbc.update("""
                UPDATE booking_payments SET status = 'settled', settlement_outcome = 'student_cancel_gt24_no_charge',
                       settled_at = ? WHERE booking_id = ?
                """, PaymentsTestKit.NOW, booking);
    }

    /** Another instructor's captured lesson, which must not show up. */
    private void othersPaidLesson() {
        PaymentsTestKit.Instructor other = kit.instructor();
        kit.connectAccountOnce(other.id());
        String booking = kit.booking(kit.student(), other, Duration.ofDays(1));
        setup.schedule(booking, "cus_NffrFeUfNV2Hib", "pm_1QJ9Aq2eZvKYlo2CKWcVbU7K", 0);
        captured(booking, PaymentsTestKit.NOW.plus(Duration.ofDays(2)));
    }
}
