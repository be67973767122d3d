package com.instainstru.payments.credits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LoyaltyCreditServiceTest {

    private final CreditsTestKit kit = new CreditsTestKit();

    /** Completed lessons 1..count, one hour apart in completion order. */
    private List<String> completedLessons(int count) {
        List<String> bookings = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            bookings.add(kit.completedBooking(kit.now().minus(Duration.ofHours(100 - n))));
        }
        return bookings;
    }

    @Test
    void milestonesFallOnTheFifthEleventhSixteenthAndTwentySecondCompletedLesson() {
        List<String> lessons = completedLessons(22);

        Map<Integer, Integer> awarded = new TreeMap<>();
        for (String lesson : lessons) {
            MilestoneAward award = kit.loyalty.awardMilestone(kit.student, lesson);
            if (award.newlyAwarded()) {
                awarded.put(award.lessonNumber(), award.amountCents());
            }
        }

        assertThat(awarded).containsExactly(Map.entry(5, 1_000), Map.entry(11, 2_000), Map.entry(16, 1_000),
                Map.entry(22, 2_000));
        assertThat(kit.ledger.balance(kit.student).availableCents()).isEqualTo(6_000);
        assertThat(kit.loyalty.awardMilestone(kit.student, lessons.get(3)))
                .isEqualTo(new MilestoneAward(4, null, 0, false));
        assertThat(kit.loyalty.awardMilestone(kit.student, lessons.get(5)))
                .isEqualTo(new MilestoneAward(6, null, 0, false));
        assertThat(kit.loyalty.awardMilestone(kit.student, lessons.get(9)).milestone()).isFalse();
        assertThat(kit.loyalty.awardMilestone(kit.student, lessons.get(11)).milestone()).isFalse();
    }

    @Test
    void theMilestoneCreditExpiresIn365DaysAndIsAnnounced() {
        String fifth = completedLessons(5).get(4);

        MilestoneAward award = kit.loyalty.awardMilestone(kit.student, fifth);

        assertThat(award).isEqualTo(new MilestoneAward(5, CreditSource.MILESTONE_S5, 1_000, true));
        assertThat(kit.payments.count("""
                SELECT count(*)::int AS n FROM platform_credits
                 WHERE source_booking_id = ? AND source_type = 'milestone_s5' AND status = 'available'
                   AND amount_cents = 1000 AND expires_at = ? AND user_id = ?
                """, fifth, kit.now().plus(Duration.ofDays(365)), kit.student)).isEqualTo(1);
        assertThat(kit.events(LoyaltyCreditService.MILESTONE_AWARDED, fifth)).isEqualTo(1);
        assertThat(kit.events(CreditLedger.ISSUED, fifth)).isZero();
    }

    @Test
    void awardingTheSameBookingAgainChangesNothing() {
        String eleventh = completedLessons(11).get(10);

        assertThat(kit.loyalty.awardMilestone(kit.student, eleventh).newlyAwarded()).isTrue();
        MilestoneAward again = kit.loyalty.awardMilestone(kit.student, eleventh);

        assertThat(again).isEqualTo(new MilestoneAward(11, CreditSource.MILESTONE_S11, 2_000, false));
        assertThat(kit.cents("available", "source_booking_id", eleventh)).isEqualTo(2_000);
        assertThat(kit.events(LoyaltyCreditService.MILESTONE_AWARDED, eleventh)).isEqualTo(1);
    }

    @Test
    void theLessonNumberFollowsCompletionOrderNotTheOrderOfAwards() {
        List<String> lessons = completedLessons(6);

        assertThat(kit.loyalty.awardMilestone(kit.student, lessons.get(5)).lessonNumber()).isEqualTo(6);
        assertThat(kit.loyalty.awardMilestone(kit.student, lessons.get(4)).newlyAwarded()).isTrue();
    }

    @Test
    void aLessonNotCompletedOrNotTheStudentsEarnsNothing() {
        completedLessons(4);
        String upcoming = kit.booking();

        assertThat(kit.loyalty.awardMilestone(kit.student, upcoming)).isEqualTo(new MilestoneAward(0, null, 0, false));
        String someoneElse = kit.payments.student();
        String fifth = kit.completedBooking(kit.now());
        assertThat(kit.loyalty.awardMilestone(someoneElse, fifth).milestone()).isFalse();
        assertThat(kit.ledger.balance(someoneElse).availableCents()).isZero();
    }

    @Test
    void refundingTheTriggeringBookingRevokesAnUnspentMilestoneCredit() {
        String fifth = completedLessons(5).get(4);
        kit.loyalty.awardMilestone(kit.student, fifth);

        assertThat(kit.loyalty.revokeFor(fifth)).isEqualTo(new CreditClawback(1_000, 0));

        assertThat(kit.cents("revoked", "source_booking_id", fifth)).isEqualTo(1_000);
        assertThat(kit.ledger.balance(kit.student)).isEqualTo(new CreditBalance(0, 0, 0));
        assertThat(kit.loyalty.revokeFor(fifth)).isEqualTo(new CreditClawback(0, 0));
    }

    @Test
    void aPartlySpentMilestoneCreditIsRevokedForTheRestAndTheSpentPartIsReported() {
        String fifth = completedLessons(5).get(4);
        kit.loyalty.awardMilestone(kit.student, fifth);
        String next = kit.booking();
        kit.ledger.reserve(kit.student, next, 600, 12_000);

        assertThat(kit.loyalty.revokeFor(fifth)).isEqualTo(new CreditClawback(400, 600));

        assertThat(kit.ledger.balance(kit.student)).isEqualTo(new CreditBalance(0, 600, 0));
    }

    @Test
    void revokingLeavesOtherCreditsFromTheBookingAlone() {
        String fifth = completedLessons(5).get(4);
        kit.loyalty.awardMilestone(kit.student, fifth);
        kit.ledger.issue(kit.student, 3_000, CreditSource.REFUND_REINSTATEMENT, fifth);

        assertThat(kit.loyalty.revokeFor(fifth)).isEqualTo(new CreditClawback(1_000, 0));
        assertThat(kit.ledger.balance(kit.student).availableCents()).isEqualTo(3_000);
    }

}
