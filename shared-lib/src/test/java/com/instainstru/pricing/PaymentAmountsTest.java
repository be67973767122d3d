package com.instainstru.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentAmountsTest {

    private static final BigDecimal TIER_12 = new BigDecimal("12.00");

    @Test
    void theWorkedExampleOfTheReference() {
        PaymentAmounts amounts = PaymentAmounts.of(12_000, TIER_12, 0);

        assertThat(amounts.studentFeeCents()).isEqualTo(1_440);
        assertThat(amounts.instructorFeeCents()).isEqualTo(1_440);
        assertThat(amounts.cardChargeCents()).isEqualTo(13_440);
        assertThat(amounts.applicationFeeCents()).isEqualTo(2_880);
        assertThat(amounts.instructorPayoutCents()).isEqualTo(10_560);
        assertThat(amounts.topUpTransferCents()).isZero();
        // what Stripe transfers with a destination charge is the charge minus the application fee
        assertThat(amounts.cardChargeCents() - amounts.applicationFeeCents()).isEqualTo(10_560);
    }

    @Test
    void creditsPayTheLessonButNeverTheStudentFee() {
        PaymentAmounts amounts = PaymentAmounts.of(12_000, TIER_12, 50_000);

        assertThat(amounts.creditAppliedCents()).isEqualTo(12_000);
        assertThat(amounts.cardChargeCents()).as("the fee is always charged by card").isEqualTo(1_440);
        assertThat(amounts.applicationFeeCents()).isZero();
        // the card's 1440 all goes to the instructor; the top-up covers the rest of LP - IF
        assertThat(amounts.topUpTransferCents()).isEqualTo(10_560 - 1_440);
    }

    @Test
    void aCreditExactlyTheSizeOfThePlatformTakeNeedsNoTopUp() {
        PaymentAmounts amounts = PaymentAmounts.of(12_000, TIER_12, 2_880);

        assertThat(amounts.applicationFeeCents()).isZero();
        assertThat(amounts.topUpTransferCents()).isZero();
        assertThat(amounts.cardChargeCents() - amounts.applicationFeeCents()).isEqualTo(10_560);

        PaymentAmounts oneCentMore = PaymentAmounts.of(12_000, TIER_12, 2_881);
        assertThat(oneCentMore.topUpTransferCents()).isOne();
        assertThat(oneCentMore.cardChargeCents() - oneCentMore.applicationFeeCents()
                + oneCentMore.topUpTransferCents()).isEqualTo(10_560);
    }

    @Test
    void halfCentsRoundUp() {
        // LP 12345 at 15 %: IF 1851.75 -> 1852; SF 1481.4 -> 1481
        PaymentAmounts amounts = PaymentAmounts.of(12_345, CommissionTiers.ENTRY, 0);

        assertThat(amounts.instructorFeeCents()).isEqualTo(1_852);
        assertThat(amounts.studentFeeCents()).isEqualTo(1_481);
        assertThat(amounts.instructorPayoutCents()).isEqualTo(10_493);
    }

    @Test
    void negativeAmountsAreABug() {
        assertThatThrownBy(() -> PaymentAmounts.of(-1, TIER_12, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentAmounts.of(100, TIER_12, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
