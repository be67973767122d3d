package com.instainstru.pricing;

import static com.instainstru.pricing.CommissionTiers.ENTRY;
import static com.instainstru.pricing.CommissionTiers.GROWTH;
import static com.instainstru.pricing.CommissionTiers.PRO;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CommissionTiersTest {

    @ParameterizedTest(name = "{0} lessons -> {1} %")
    @CsvSource({"0, 15.00", "1, 15.00", "4, 15.00", "5, 12.00", "10, 12.00", "11, 10.00", "40, 10.00"})
    void theTierEarnedByLessonsInThirtyDays(int lessons, BigDecimal pct) {
        assertThat(CommissionTiers.earned(lessons)).isEqualByComparingTo(pct);
    }

    @Test
    void aCheaperTierAppliesAtOnceEvenTwoStepsDown() {
        assertThat(CommissionTiers.next(ENTRY, false, 11, 11)).isEqualByComparingTo(PRO);
        assertThat(CommissionTiers.next(ENTRY, false, 5, 5)).isEqualByComparingTo(GROWTH);
    }

    @Test
    void aMoreExpensiveTierComesOneStepAtATime() {
        assertThat(CommissionTiers.next(PRO, false, 2, 30)).isEqualByComparingTo(GROWTH);
        assertThat(CommissionTiers.next(GROWTH, false, 2, 30)).isEqualByComparingTo(ENTRY);
        assertThat(CommissionTiers.next(PRO, false, 11, 30)).as("still earned").isEqualByComparingTo(PRO);
    }

    @Test
    void ninetyQuietDaysResetToTheEntryRateAndFoundersAlwaysPayEight() {
        assertThat(CommissionTiers.next(PRO, false, 0, 0)).isEqualByComparingTo(ENTRY);
        assertThat(CommissionTiers.next(ENTRY, true, 0, 0)).isEqualByComparingTo("8.00");
        assertThat(CommissionTiers.next(ENTRY, true, 20, 20)).isEqualByComparingTo("8.00");
    }

    @Test
    void aFormerFoundingRateOffTheLadderStepsUpFromPro() {
        assertThat(CommissionTiers.next(new BigDecimal("8.00"), false, 1, 3)).isEqualByComparingTo(GROWTH);
    }

    @ParameterizedTest(name = "{0} lessons -> {1} to go")
    @CsvSource({"0, 5", "4, 1", "5, 6", "10, 1", "11, 0"})
    void lessonsToTheNextTier(int lessons, int toGo) {
        assertThat(CommissionTiers.lessonsToNextTier(lessons)).isEqualTo(toGo);
    }
}
