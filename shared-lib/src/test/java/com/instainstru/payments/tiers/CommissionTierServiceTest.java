package com.instainstru.payments.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.payments.PaymentsTestKit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The nightly tier refresh of reference §10 against PostgreSQL: cheaper at once, dearer one step a night, entry
 * after 90 idle days, founding always 8 %, and each instructor evaluated once per day from 03:15 UTC. Every test
 * evaluates at its own day, so instructors of other tests in this database are evaluated too and never interfere.
 */
class CommissionTierServiceTest {

    private final PaymentsTestKit kit = new PaymentsTestKit();
    private final CommissionTierService tiers = new CommissionTierService(
            new CommissionTierRepository(kit.platform.jdbc), kit.platform.tx);

    @Test
    void theEvaluationDayStartsAt0315Utc() {
        assertThat(CommissionTierService.evaluationDay(Instant.parse("2026-12-02T03:14:59Z")))
                .isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(CommissionTierService.evaluationDay(Instant.parse("2026-12-02T03:15:00Z")))
                .isEqualTo(LocalDate.parse("2026-12-02"));
    }

    @Test
    void aBusyEntryInstructorDropsStraightToProAndAGrowthOneWithFiveLessonsStays() {
        Instant night = Instant.parse("2027-01-10T03:15:00Z");
        String busy = instructorAt("15.00", false);
        completed(busy, night, 11);
        String growth = instructorAt("12.00", false);
        completed(growth, night, 5);

        tiers.refreshDue(night, 10_000);

        assertThat(tier(busy)).isEqualByComparingTo("10.00");
        assertThat(tier(growth)).isEqualByComparingTo("12.00");
    }

    @Test
    void aQuietProInstructorBecomesDearerOneStepPerNightAndTheSameNightTwiceChangesNothing() {
        Instant night = Instant.parse("2027-02-10T03:20:00Z");
        String quiet = instructorAt("10.00", false);
        completedAt(quiet, night.minus(Duration.ofDays(40)));

        TierRefreshReport first = tiers.refreshDue(night, 10_000);
        TierRefreshReport duplicate = tiers.refreshDue(night.plus(Duration.ofMinutes(5)), 10_000);

        assertThat(first.evaluationDay()).isEqualTo(LocalDate.parse("2027-02-10"));
        assertThat(first.evaluated()).isPositive();
        assertThat(first.changed()).isPositive();
        assertThat(duplicate.evaluated()).as("a duplicated event finds nobody due").isZero();
        assertThat(tier(quiet)).isEqualByComparingTo("12.00");

        tiers.refreshDue(night.plus(Duration.ofDays(1)), 10_000);
        assertThat(tier(quiet)).isEqualByComparingTo("15.00");
    }

    @Test
    void ninetyIdleDaysResetToEntryAndFoundingInstructorsAlwaysPayEight() {
        Instant night = Instant.parse("2027-03-10T04:00:00Z");
        String idle = instructorAt("10.00", false);
        completedAt(idle, night.minus(Duration.ofDays(91)));
        String founding = instructorAt("15.00", true);

        tiers.refreshDue(night, 10_000);

        assertThat(tier(idle)).isEqualByComparingTo("15.00");
        assertThat(tier(founding)).isEqualByComparingTo("8.00");
    }

    @Test
    void aRunIsBoundedAndTheNextRunTheSameDayTakesTheRest() {
        Instant night = Instant.parse("2027-04-10T03:15:00Z");
        instructorAt("15.00", false);
        instructorAt("15.00", false);

        TierRefreshReport bounded = tiers.refreshDue(night, 1);
        TierRefreshReport rest = tiers.refreshDue(night.plus(Duration.ofHours(1)), 100_000);
        TierRefreshReport nothing = tiers.refreshDue(night.plus(Duration.ofHours(2)), 100_000);

        assertThat(bounded.evaluated()).isOne();
        assertThat(rest.evaluated()).isPositive();
        assertThat(nothing.evaluated()).isZero();
        assertThat(kit.count("SELECT count(*) AS n FROM instructor_profiles WHERE tier_evaluated_on IS DISTINCT FROM ?",
                LocalDate.parse("2027-04-10"))).as("everyone evaluated for the day").isZero();
    }

    private String instructorAt(String tierPct, boolean founding) {
        String id = kit.instructor().id();
        kit.platform.jdbc.update("UPDATE instructor_profiles SET current_tier_pct = ?, is_founding_instructor = ?"
                + " WHERE user_id = ?", new BigDecimal(tierPct), founding, id);
        return id;
    }

    /** {@code lessons} lessons completed on the days before {@code night}, one a day. */
    private void completed(String instructorId, Instant night, int lessons) {
        for (int day = 1; day <= lessons; day++) {
            completedAt(instructorId, night.minus(Duration.ofDays(day)));
        }
    }

    private void completedAt(String instructorId, Instant completedAt) {
        PaymentsTestKit.Instructor instructor = new PaymentsTestKit.Instructor(instructorId, serviceOf(instructorId));
        String booking = kit.booking(kit.student(), instructor,
                Duration.between(kit.clock.instant(), completedAt.minus(Duration.ofHours(2))));
        kit.platform.jdbc.update("UPDATE bookings SET status = 'COMPLETED', completed_at = ? WHERE id = ?",
                completedAt, booking);
    }

    private String serviceOf(String instructorId) {
        return kit.platform.jdbc.queryOne("SELECT id FROM instructor_services WHERE instructor_id = ?",
                row -> row.string("id"), instructorId).orElseThrow();
    }

    private BigDecimal tier(String instructorId) {
        return kit.platform.jdbc.queryOne("SELECT current_tier_pct::text AS pct FROM instructor_profiles"
                + " WHERE user_id = ?", row -> new BigDecimal(row.string("pct")), instructorId).orElseThrow();
    }
}
