package com.instainstru.bookings.cancellation;

import static com.instainstru.bookings.cancellation.CancellationOutcome.INSTRUCTOR_CANCEL_FULL_REFUND;
import static com.instainstru.bookings.cancellation.CancellationOutcome.STUDENT_CANCEL_12_24_FULL_CREDIT;
import static com.instainstru.bookings.cancellation.CancellationOutcome.STUDENT_CANCEL_GT24_NO_CHARGE;
import static com.instainstru.bookings.cancellation.CancellationOutcome.STUDENT_CANCEL_LT12_SPLIT_50_50;
import static com.instainstru.bookings.cancellation.CancellationWindow.BETWEEN_12_24H;
import static com.instainstru.bookings.cancellation.CancellationWindow.GE_24H;
import static com.instainstru.bookings.cancellation.CancellationWindow.LT_12H;
import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.pricing.FeeRates;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CancellationPolicyTest {

    private static final Instant START = Instant.parse("2026-12-10T15:00:00Z");
    private static final int LP_120 = 12_000;
    private static final BigDecimal TIER_12 = new BigDecimal("12.00");

    @ParameterizedTest(name = "{0} s before start -> {1}")
    @CsvSource({
        "86401, GE_24H", "86400, GE_24H", "86399, BETWEEN_12_24H", "86340, BETWEEN_12_24H",
        "43201, BETWEEN_12_24H", "43200, BETWEEN_12_24H", "43199, LT_12H", "43140, LT_12H", "1, LT_12H"})
    void theWindowIsDecidedOnTheExactDuration(long seconds, CancellationWindow window) {
        assertThat(CancellationWindow.of(Duration.ofSeconds(seconds))).isEqualTo(window);
    }

    @Test
    void aNanosecondBeforeTheBoundaryIsTheLaterWindow() {
        assertThat(CancellationWindow.of(Duration.ofHours(24).minusNanos(1))).isEqualTo(BETWEEN_12_24H);
        assertThat(CancellationWindow.of(Duration.ofHours(12).minusNanos(1))).isEqualTo(LT_12H);
    }

    @Test
    void studentAtExactly24HoursIsNotCharged() {
        CancellationDecision decision = student(Duration.ofHours(24), LP_120, TIER_12);

        assertThat(decision.window()).isEqualTo(GE_24H);
        assertThat(decision.outcome()).isEqualTo(STUDENT_CANCEL_GT24_NO_CHARGE);
        assertThat(decision.hoursBeforeStart()).isEqualByComparingTo("24.000");
        assertAmounts(decision, 0, 0, 0, 0);
        assertThat(decision.studentFeeCents()).isEqualTo(1440);
    }

    @Test
    void studentAt23h59GetsAFullCreditOfTheLessonPriceButNotTheFee() {
        CancellationDecision decision = student(Duration.ofMinutes(23 * 60 + 59), LP_120, TIER_12);

        assertThat(decision.window()).isEqualTo(BETWEEN_12_24H);
        assertThat(decision.outcome()).isEqualTo(STUDENT_CANCEL_12_24_FULL_CREDIT);
        assertThat(decision.hoursBeforeStart()).isEqualByComparingTo("23.983");
        // charged $134.40, credit $120.00, instructor $0
        assertAmounts(decision, 13_440, 12_000, 0, 0);
    }

    @Test
    void studentAtExactly12HoursIsStillTheMiddleWindow() {
        CancellationDecision decision = student(Duration.ofHours(12), LP_120, TIER_12);

        assertThat(decision.window()).isEqualTo(BETWEEN_12_24H);
        assertThat(decision.outcome()).isEqualTo(STUDENT_CANCEL_12_24_FULL_CREDIT);
        assertAmounts(decision, 13_440, 12_000, 0, 0);
    }

    @Test
    void studentAt11h59SplitsFiftyFiftyAsTheReferenceExampleSays() {
        CancellationDecision decision = student(Duration.ofMinutes(11 * 60 + 59), LP_120, TIER_12);

        assertThat(decision.window()).isEqualTo(LT_12H);
        assertThat(decision.outcome()).isEqualTo(STUDENT_CANCEL_LT12_SPLIT_50_50);
        assertThat(decision.studentFeeCents()).isEqualTo(1440);
        assertThat(decision.instructorFeeCents()).isEqualTo(1440);
        // charged $134.40, credit $60.00, payout round(50 % x ($120 - $14.40)) = $52.80
        assertAmounts(decision, 13_440, 6_000, 0, 5_280);
    }

    @ParameterizedTest(name = "tier {0} %: IF {1}, lt_12h payout {2}")
    @CsvSource({"15.00, 1800, 5100", "12.00, 1440, 5280", "10.00, 1200, 5400", "8.00, 960, 5520"})
    void thePayoutOfALateCancelDependsOnTheTier(BigDecimal tier, int instructorFee, int payout) {
        CancellationDecision decision = student(Duration.ofHours(3), LP_120, tier);

        assertThat(decision.instructorFeePct()).isEqualByComparingTo(tier);
        assertThat(decision.instructorFeeCents()).isEqualTo(instructorFee);
        assertAmounts(decision, 13_440, 6_000, 0, payout);
    }

    @Test
    void oddCentsRoundHalfUp() {
        // LP $123.45: SF = 1481.4 -> 1481; credit = 6172.5 -> 6173
        CancellationDecision tier12 = student(Duration.ofHours(1), 12_345, TIER_12);
        assertThat(tier12.studentFeeCents()).isEqualTo(1481);
        assertThat(tier12.instructorFeeCents()).isEqualTo(1481);
        // payout = (12345 - 1481) / 2 = 5432 exactly
        assertAmounts(tier12, 12_345 + 1481, 6_173, 0, 5_432);

        // tier 15 %: IF = 1851.75 -> 1852; payout = (12345 - 1852) / 2 = 5246.5 -> 5247
        CancellationDecision tier15 = student(Duration.ofHours(1), 12_345, new BigDecimal("15.00"));
        assertThat(tier15.instructorFeeCents()).isEqualTo(1852);
        assertAmounts(tier15, 13_826, 6_173, 0, 5_247);

        // SF of 1237 cents = 148.44 -> 148; of 1246 cents = 149.52 -> 150; of 1250 = 150 exactly
        assertThat(FeeRates.percentOf(1237, FeeRates.STUDENT_FEE_PCT)).isEqualTo(148);
        assertThat(FeeRates.percentOf(1246, FeeRates.STUDENT_FEE_PCT)).isEqualTo(150);
        // exactly half a cent goes up: 50 % of 1 cent = 0.5 -> 1
        assertThat(FeeRates.percentOf(1, new BigDecimal("50"))).isEqualTo(1);
    }

    @Test
    void anInstructorCancelRefundsLessonAndFeeInEveryWindow() {
        for (Duration before : new Duration[] {Duration.ofDays(3), Duration.ofHours(24), Duration.ofHours(12),
            Duration.ofMinutes(5)}) {
            CancellationDecision decision = CancellationPolicy.decide(
                    new CancellationCase(CancelledBy.INSTRUCTOR, START, START.minus(before), LP_120, TIER_12, true,
                            false, false));

            assertThat(decision.outcome()).as(before.toString()).isEqualTo(INSTRUCTOR_CANCEL_FULL_REFUND);
            assertAmounts(decision, 0, 0, 13_440, 0);
        }
    }

    @Test
    void aPendingBookingIsCancelledWithoutChargeByEitherSide() {
        CancellationDecision student = CancellationPolicy.decide(new CancellationCase(CancelledBy.STUDENT, START,
                START.minus(Duration.ofHours(2)), LP_120, TIER_12, false, false, false));
        assertThat(student.window()).isEqualTo(LT_12H);
        assertThat(student.outcome()).isEqualTo(STUDENT_CANCEL_GT24_NO_CHARGE);
        assertAmounts(student, 0, 0, 0, 0);

        CancellationDecision instructor = CancellationPolicy.decide(new CancellationCase(CancelledBy.INSTRUCTOR,
                START, START.minus(Duration.ofHours(2)), LP_120, TIER_12, false, false, false));
        assertThat(instructor.outcome()).isEqualTo(INSTRUCTOR_CANCEL_FULL_REFUND);
        assertAmounts(instructor, 0, 0, 0, 0);
    }

    @Test
    void aGamingRescheduleIsAPenaltyEvenAtOrBeyond24Hours() {
        CancellationDecision atDay = gaming(Duration.ofHours(24));
        assertThat(atDay.window()).isEqualTo(GE_24H);
        assertThat(atDay.outcome()).isEqualTo(STUDENT_CANCEL_12_24_FULL_CREDIT);
        assertAmounts(atDay, 13_440, 12_000, 0, 0);

        assertThat(gaming(Duration.ofDays(5)).outcome()).isEqualTo(STUDENT_CANCEL_12_24_FULL_CREDIT);
        // inside 24 h the usual windows apply
        assertThat(gaming(Duration.ofHours(13)).outcome()).isEqualTo(STUDENT_CANCEL_12_24_FULL_CREDIT);
        assertThat(gaming(Duration.ofHours(11)).outcome()).isEqualTo(STUDENT_CANCEL_LT12_SPLIT_50_50);
        // without a held payment there is nothing to take (§12: it requires an authorized payment)
        CancellationDecision pending = CancellationPolicy.decide(new CancellationCase(CancelledBy.STUDENT, START,
                START.minus(Duration.ofDays(2)), LP_120, TIER_12, false, true, false));
        assertThat(pending.outcome()).isEqualTo(STUDENT_CANCEL_GT24_NO_CHARGE);
    }

    @Test
    void aLockedBookingCreditsTheWholeLessonFrom12HoursAndSplitsBelow() {
        for (Duration before : new Duration[] {Duration.ofDays(4), Duration.ofHours(24), Duration.ofHours(12)}) {
            CancellationDecision decision = locked(CancelledBy.STUDENT, before);
            assertThat(decision.outcome()).as(before.toString())
                    .isEqualTo(CancellationOutcome.LOCKED_CANCEL_GE12_FULL_CREDIT);
            assertAmounts(decision, 13_440, 12_000, 0, 0);
        }
        CancellationDecision late = locked(CancelledBy.STUDENT, Duration.ofHours(12).minusMinutes(1));
        assertThat(late.outcome()).isEqualTo(CancellationOutcome.LOCKED_CANCEL_LT12_SPLIT_50_50);
        // credit 50 % of $120; payout 50 % of ($120 - $14.40)
        assertAmounts(late, 13_440, 6_000, 0, 5_280);
        // the instructor cancelling a locked lesson still refunds the student everything
        CancellationDecision byInstructor = locked(CancelledBy.INSTRUCTOR, Duration.ofHours(2));
        assertThat(byInstructor.outcome()).isEqualTo(INSTRUCTOR_CANCEL_FULL_REFUND);
        assertAmounts(byInstructor, 0, 0, 13_440, 0);
    }

    @Test
    void aFoundingInstructorPaysEightPercentWhateverTheirTier() {
        assertThat(FeeRates.instructorTierPct(true, new BigDecimal("15.00"))).isEqualByComparingTo("8.00");
        assertThat(FeeRates.instructorTierPct(false, new BigDecimal("10.00"))).isEqualByComparingTo("10.00");
    }

    private static CancellationDecision student(Duration before, int lessonPrice, BigDecimal tier) {
        return CancellationPolicy.decide(new CancellationCase(CancelledBy.STUDENT, START, START.minus(before),
                lessonPrice, tier, true, false, false));
    }

    private static CancellationDecision gaming(Duration before) {
        return CancellationPolicy.decide(new CancellationCase(CancelledBy.STUDENT, START, START.minus(before),
                LP_120, TIER_12, true, true, false));
    }

    private static CancellationDecision locked(CancelledBy by, Duration before) {
        return CancellationPolicy.decide(new CancellationCase(by, START, START.minus(before), LP_120, TIER_12, true,
                true, true));
    }

    private static void assertAmounts(CancellationDecision decision, int charge, int credit, int refund, int payout) {
        assertThat(decision.studentChargeCents()).as("charge").isEqualTo(charge);
        assertThat(decision.studentCreditCents()).as("credit").isEqualTo(credit);
        assertThat(decision.studentRefundCents()).as("refund").isEqualTo(refund);
        assertThat(decision.instructorPayoutCents()).as("payout").isEqualTo(payout);
    }
}
