package com.instainstru.payments.credits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditLedgerTest {

    private static final int LESSON_PRICE = 12_000;

    private final CreditsTestKit kit = new CreditsTestKit();

    private Credit credit(int cents, Duration expiresIn) {
        return kit.ledger.adjust(kit.student, cents, expiresIn == null ? null : kit.now().plus(expiresIn));
    }

    @Test
    void anIssuedCreditIsAvailableForExactly365DaysAndAnnounced() {
        String booking = kit.booking();

        Credit issued = kit.ledger.issue(kit.student, 6_000, CreditSource.CANCELLATION, booking);

        Credit stored = kit.credit(issued.id());
        assertThat(stored.status()).isEqualTo(CreditStatus.AVAILABLE);
        assertThat(stored.amountCents()).isEqualTo(6_000);
        assertThat(stored.expiresAt()).isEqualTo(kit.now().plus(Duration.ofDays(365)));
        assertThat(stored.sourceBookingId()).isEqualTo(booking);
        assertThat(kit.events(CreditLedger.ISSUED, booking)).isEqualTo(1);
    }

    @Test
    void anAdminAdjustmentMayNeverExpire() {
        Credit adjusted = kit.ledger.adjust(kit.student, 500, null);

        assertThat(kit.credit(adjusted.id()).expiresAt()).isNull();
        assertThat(kit.credit(adjusted.id()).source()).isEqualTo(CreditSource.ADMIN_ADJUSTMENT);
        assertThat(kit.events(CreditLedger.ISSUED, kit.student)).isEqualTo(1);
    }

    @Test
    void aCreditIsAPositiveAmount() {
        assertThatThrownBy(() -> kit.ledger.issue(kit.student, 0, CreditSource.CANCELLATION, kit.booking()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(kit.ledger.balance(kit.student)).isEqualTo(new CreditBalance(0, 0, 0));
    }

    @Test
    void theBalanceSeparatesAvailableReservedAndFrozenAndSkipsCreditsPastExpiry() {
        String source = kit.booking();
        kit.ledger.issue(kit.student, 3_000, CreditSource.CANCELLATION, source);
        credit(2_000, Duration.ofDays(400));
        credit(700, Duration.ofDays(1));
        kit.ledger.reserve(kit.student, kit.booking(), 2_500, LESSON_PRICE);
        kit.ledger.freeze(source);

        // reserve took the 700 (earliest expiry) and 1,800 of the 3,000; its 1,200 remainder was frozen with it
        assertThat(kit.ledger.balance(kit.student)).isEqualTo(new CreditBalance(2_000, 2_500, 1_200));

        kit.payments.clock.advance(Duration.ofDays(400));
        assertThat(kit.ledger.balance(kit.student).availableCents()).isZero();
    }

    @Test
    void reservationIsFifoByEarliestExpiryWithNoExpiryLast() {
        Credit never = credit(1_000, null);
        Credit late = credit(1_000, Duration.ofDays(200));
        Credit soon = credit(1_000, Duration.ofDays(10));
        Credit middle = credit(1_000, Duration.ofDays(30));
        String booking = kit.booking();

        assertThat(kit.ledger.reserve(kit.student, booking, 2_000, LESSON_PRICE)).isEqualTo(2_000);
        assertThat(reservedFor(booking)).containsExactlyInAnyOrder(soon.id(), middle.id());

        String next = kit.booking();
        assertThat(kit.ledger.reserve(kit.student, next, 1_000, LESSON_PRICE)).isEqualTo(1_000);
        assertThat(reservedFor(next)).containsExactly(late.id());

        String last = kit.booking();
        assertThat(kit.ledger.reserve(kit.student, last, 5_000, LESSON_PRICE)).isEqualTo(1_000);
        assertThat(reservedFor(last)).containsExactly(never.id());
    }

    @Test
    void aPartlyNeededCreditIsSplitWithTheRemainderAvailableUntilTheSameExpiry() {
        Credit original = credit(5_000, Duration.ofDays(90));
        String booking = kit.booking();

        assertThat(kit.ledger.reserve(kit.student, booking, 1_234, LESSON_PRICE)).isEqualTo(1_234);

        Credit reserved = kit.credit(original.id());
        assertThat(reserved.status()).isEqualTo(CreditStatus.RESERVED);
        assertThat(reserved.amountCents()).isEqualTo(1_234);
        assertThat(reserved.reservedForBookingId()).isEqualTo(booking);
        List<Credit> remainder = kit.splitsOf(original.id());
        assertThat(remainder).singleElement().satisfies(rest -> {
            assertThat(rest.status()).isEqualTo(CreditStatus.AVAILABLE);
            assertThat(rest.amountCents()).isEqualTo(3_766);
            assertThat(rest.expiresAt()).isEqualTo(original.expiresAt());
            assertThat(rest.userId()).isEqualTo(kit.student);
        });
        assertThat(kit.ledger.balance(kit.student)).isEqualTo(new CreditBalance(3_766, 1_234, 0));
    }

    @Test
    void aCreditExactlyAsLargeAsNeededIsNotSplit() {
        Credit original = credit(1_234, Duration.ofDays(90));

        assertThat(kit.ledger.reserve(kit.student, kit.booking(), 1_234, LESSON_PRICE)).isEqualTo(1_234);

        assertThat(kit.splitsOf(original.id())).isEmpty();
    }

    @Test
    void creditsNeverCoverMoreThanTheLessonPrice() {
        credit(40_000, Duration.ofDays(90));

        assertThat(kit.ledger.reserve(kit.student, kit.booking(), 20_000, LESSON_PRICE)).isEqualTo(LESSON_PRICE);
        assertThat(kit.ledger.reserve(kit.student, kit.booking(), LESSON_PRICE, LESSON_PRICE)).isEqualTo(LESSON_PRICE);
        assertThat(kit.ledger.reserve(kit.student, kit.booking(), LESSON_PRICE - 1, LESSON_PRICE))
                .isEqualTo(LESSON_PRICE - 1);
        assertThat(kit.ledger.balance(kit.student).availableCents()).isEqualTo(40_000 - 3 * LESSON_PRICE + 1);
    }

    @Test
    void aFreeLessonOrAZeroRequestReservesNothing() {
        credit(5_000, Duration.ofDays(90));

        assertThat(kit.ledger.reserve(kit.student, kit.booking(), 5_000, 0)).isZero();
        assertThat(kit.ledger.reserve(kit.student, kit.booking(), 0, LESSON_PRICE)).isZero();
        assertThat(kit.ledger.balance(kit.student)).isEqualTo(new CreditBalance(5_000, 0, 0));
    }

    @Test
    void aRetriedReservationOnlyTopsUpToTheCap() {
        credit(30_000, Duration.ofDays(90));
        String booking = kit.booking();

        assertThat(kit.ledger.reserve(kit.student, booking, 5_000, LESSON_PRICE)).isEqualTo(5_000);
        assertThat(kit.ledger.reserve(kit.student, booking, 5_000, LESSON_PRICE)).isEqualTo(5_000);
        assertThat(kit.ledger.reserve(kit.student, booking, 20_000, LESSON_PRICE)).isEqualTo(LESSON_PRICE);
        assertThat(kit.ledger.reserve(kit.student, booking, 1_000, LESSON_PRICE)).isEqualTo(LESSON_PRICE);

        assertThat(kit.cents("reserved", "reserved_for_booking_id", booking)).isEqualTo(LESSON_PRICE);
    }

    @Test
    void nothingAvailableReservesNothing() {
        assertThat(kit.ledger.reserve(kit.student, kit.booking(), 5_000, LESSON_PRICE)).isZero();

        credit(1_000, Duration.ofDays(1));
        kit.payments.clock.advance(Duration.ofDays(1)); // past expiry, not swept yet
        assertThat(kit.ledger.reserve(kit.student, kit.booking(), 5_000, LESSON_PRICE)).isZero();
    }

    @Test
    void reservationEmitsNoEvent() {
        credit(5_000, Duration.ofDays(90));
        String booking = kit.booking();

        kit.ledger.reserve(kit.student, booking, 1_000, LESSON_PRICE);
        kit.ledger.release(booking);

        assertThat(kit.creditEventsOf(kit.student)).isEqualTo(1); // the adjustment's credits.issued only
    }

    @Test
    void releaseGivesCreditsBackWithTheirOriginalExpiry() {
        Credit original = credit(4_000, Duration.ofDays(30));
        String booking = kit.booking();
        kit.ledger.reserve(kit.student, booking, 4_000, LESSON_PRICE);

        assertThat(kit.ledger.release(booking)).isEqualTo(new CreditSettlement(4_000, 0, 0));

        Credit released = kit.credit(original.id());
        assertThat(released.status()).isEqualTo(CreditStatus.AVAILABLE);
        assertThat(released.expiresAt()).isEqualTo(original.expiresAt());
        assertThat(released.reservedForBookingId()).isNull();
        assertThat(kit.ledger.release(booking)).isEqualTo(new CreditSettlement(0, 0, 0));
    }

    @Test
    void reservedCreditsDoNotExpireButExpireOnReleaseAtOrAfterTheirExpiry() {
        Credit atExpiry = credit(1_000, Duration.ofDays(30));
        Credit beforeExpiry = credit(2_000, Duration.ofDays(30).plusSeconds(1));
        String first = kit.booking();
        String second = kit.booking();
        kit.ledger.reserve(kit.student, first, 1_000, LESSON_PRICE);
        kit.ledger.reserve(kit.student, second, 2_000, LESSON_PRICE);

        kit.payments.clock.set(atExpiry.expiresAt());
        assertThat(expiredOfStudent(kit.now())).isEmpty();
        assertThat(kit.ledger.release(first)).isEqualTo(new CreditSettlement(0, 1_000, 0));
        assertThat(kit.ledger.release(second)).isEqualTo(new CreditSettlement(2_000, 0, 0));

        assertThat(kit.credit(atExpiry.id()).status()).isEqualTo(CreditStatus.EXPIRED);
        assertThat(kit.credit(beforeExpiry.id()).status()).isEqualTo(CreditStatus.AVAILABLE);
    }

    @Test
    void aPenaltyCancelReleasesUpToTheTargetAndForfeitsTheRest() {
        Credit soon = credit(3_000, Duration.ofDays(10));
        Credit later = credit(5_000, Duration.ofDays(100));
        String booking = kit.booking();
        kit.ledger.reserve(kit.student, booking, 8_000, LESSON_PRICE);

        assertThat(kit.ledger.releaseUpTo(booking, 6_000)).isEqualTo(new CreditSettlement(6_000, 0, 2_000));

        // the longest-lived credit goes back whole, the other is split: 1,000 back, 2,000 forfeited
        assertThat(kit.credit(later.id()).status()).isEqualTo(CreditStatus.AVAILABLE);
        Credit splitBack = kit.credit(soon.id());
        assertThat(splitBack.status()).isEqualTo(CreditStatus.AVAILABLE);
        assertThat(splitBack.amountCents()).isEqualTo(1_000);
        assertThat(kit.splitsOf(soon.id())).singleElement().satisfies(lost -> {
            assertThat(lost.status()).isEqualTo(CreditStatus.FORFEITED);
            assertThat(lost.amountCents()).isEqualTo(2_000);
            assertThat(lost.reservedForBookingId()).isEqualTo(booking);
        });
        assertThat(kit.ledger.balance(kit.student)).isEqualTo(new CreditBalance(6_000, 0, 0));
    }

    @Test
    void aTargetAtLeastTheReservationForfeitsNothing() {
        credit(3_000, Duration.ofDays(10));
        String booking = kit.booking();
        kit.ledger.reserve(kit.student, booking, 3_000, LESSON_PRICE);

        assertThat(kit.ledger.releaseUpTo(booking, 3_000)).isEqualTo(new CreditSettlement(3_000, 0, 0));
    }

    @Test
    void aTargetOneCentShortForfeitsOneCent() {
        credit(3_000, Duration.ofDays(10));
        String booking = kit.booking();
        kit.ledger.reserve(kit.student, booking, 3_000, LESSON_PRICE);

        assertThat(kit.ledger.releaseUpTo(booking, 2_999)).isEqualTo(new CreditSettlement(2_999, 0, 1));
    }

    @Test
    void aCreditPastItsExpiryCountsTowardsTheTargetAndExpiresInsteadOfComingBack() {
        Credit lapsing = credit(3_000, Duration.ofDays(2));
        Credit lasting = credit(2_000, null);
        String booking = kit.booking();
        kit.ledger.reserve(kit.student, booking, 5_000, LESSON_PRICE);
        kit.payments.clock.advance(Duration.ofDays(3));

        assertThat(kit.ledger.releaseUpTo(booking, 4_000)).isEqualTo(new CreditSettlement(2_000, 2_000, 1_000));

        assertThat(kit.credit(lasting.id()).status()).isEqualTo(CreditStatus.AVAILABLE);
        assertThat(kit.credit(lapsing.id()).status()).isEqualTo(CreditStatus.EXPIRED);
        assertThat(kit.credit(lapsing.id()).amountCents()).isEqualTo(2_000);
        assertThat(kit.splitsOf(lapsing.id())).extracting(Credit::status, Credit::amountCents)
                .containsExactly(tuple(CreditStatus.FORFEITED, 1_000));
    }

    @Test
    void aStudentNoShowForfeitsEveryReservedCredit() {
        Credit original = credit(3_000, Duration.ofDays(10));
        String booking = kit.booking();
        kit.ledger.reserve(kit.student, booking, 3_000, LESSON_PRICE);

        assertThat(kit.ledger.forfeit(booking)).isEqualTo(new CreditSettlement(0, 0, 3_000));
        assertThat(kit.credit(original.id()).status()).isEqualTo(CreditStatus.FORFEITED);
        assertThat(kit.ledger.balance(kit.student)).isEqualTo(new CreditBalance(0, 0, 0));
    }

    @Test
    void completionAppliesReservedCredits() {
        Credit original = credit(3_000, Duration.ofDays(10));
        String booking = kit.booking();
        kit.ledger.reserve(kit.student, booking, 3_000, LESSON_PRICE);

        assertThat(kit.ledger.apply(booking)).isEqualTo(3_000);
        assertThat(kit.ledger.apply(booking)).isZero();

        assertThat(kit.credit(original.id()).status()).isEqualTo(CreditStatus.APPLIED);
        assertThat(kit.ledger.release(booking)).isEqualTo(new CreditSettlement(0, 0, 0));
    }

    @Test
    void theSweepExpiresAvailableCreditsAtExactlyTheirExpiryOnce() {
        Credit dated = credit(1_000, Duration.ofDays(365));
        Credit never = credit(500, null);
        Instant expiry = dated.expiresAt();

        assertThat(expiredOfStudent(expiry.minusSeconds(1))).isEmpty();
        assertThat(kit.credit(dated.id()).status()).isEqualTo(CreditStatus.AVAILABLE);

        assertThat(expiredOfStudent(expiry)).extracting(Credit::id).containsExactly(dated.id());
        assertThat(kit.credit(dated.id()).status()).isEqualTo(CreditStatus.EXPIRED);

        assertThat(expiredOfStudent(expiry)).isEmpty();
        assertThat(expiredOfStudent(expiry.plus(Duration.ofDays(10_000)))).isEmpty();
        assertThat(kit.credit(never.id()).status()).isEqualTo(CreditStatus.AVAILABLE);
    }

    @Test
    void aChargebackFreezesTheUnspentCreditsFromThatBooking() {
        String disputed = kit.booking();
        Credit fromDisputed = kit.ledger.issue(kit.student, 6_000, CreditSource.CANCELLATION, disputed);
        Credit other = credit(1_000, Duration.ofDays(400));
        String spentOn = kit.booking();
        kit.ledger.reserve(kit.student, spentOn, 2_000, LESSON_PRICE); // 2,000 of the disputed booking's credit

        assertThat(kit.ledger.freeze(disputed)).isEqualTo(new CreditClawback(4_000, 2_000));

        assertThat(kit.splitsOf(fromDisputed.id())).singleElement()
                .satisfies(rest -> assertThat(rest.status()).isEqualTo(CreditStatus.FROZEN));
        assertThat(kit.credit(other.id()).status()).isEqualTo(CreditStatus.AVAILABLE);
        assertThat(kit.ledger.balance(kit.student)).isEqualTo(new CreditBalance(1_000, 2_000, 4_000));
        assertThat(kit.ledger.reserve(kit.student, kit.booking(), 9_000, LESSON_PRICE)).isEqualTo(1_000);

        assertThat(kit.ledger.unfreeze(disputed)).isEqualTo(4_000);
        assertThat(kit.ledger.balance(kit.student)).isEqualTo(new CreditBalance(4_000, 3_000, 0));
    }

    @Test
    void creditsSpentOnARefundedBookingAreReinstatedOnce() {
        credit(2_500, Duration.ofDays(5));
        String refunded = kit.booking();
        kit.ledger.reserve(kit.student, refunded, 2_500, LESSON_PRICE);
        kit.ledger.apply(refunded);

        assertThat(kit.ledger.reinstateSpentOn(refunded)).isEqualTo(2_500);
        assertThat(kit.ledger.reinstateSpentOn(refunded)).isZero();

        assertThat(kit.cents("available", "source_booking_id", refunded)).isEqualTo(2_500);
        assertThat(kit.payments.count("""
                SELECT count(*)::int AS n FROM platform_credits
                 WHERE source_booking_id = ? AND source_type = 'refund_reinstatement' AND expires_at = ?
                """, refunded, kit.now().plus(Duration.ofDays(365)))).isEqualTo(1);
        assertThat(kit.events(CreditLedger.ISSUED, refunded)).isEqualTo(1);
    }

    @Test
    void nothingSpentNothingReinstated() {
        assertThat(kit.ledger.reinstateSpentOn(kit.booking())).isZero();
    }

    /** The sweep covers every user in this shared database; this test looks at its own student's credits. */
    private List<Credit> expiredOfStudent(Instant now) {
        return kit.ledger.expireDue(now).stream().filter(credit -> credit.userId().equals(kit.student)).toList();
    }

    private List<String> reservedFor(String bookingId) {
        return kit.payments.platform.jdbc.query(
                "SELECT id FROM platform_credits WHERE reserved_for_booking_id = ? AND status = 'reserved'",
                row -> row.trimmed("id"), bookingId);
    }
}
