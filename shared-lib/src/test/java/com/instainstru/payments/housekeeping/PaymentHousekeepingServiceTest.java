package com.instainstru.payments.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.payments.credits.Credit;
import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.payments.credits.CreditRepository;
import com.instainstru.payments.protection.IdempotencyRecordRepository;
import com.instainstru.payments.tiers.CommissionTierRepository;
import com.instainstru.payments.tiers.CommissionTierService;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hourly housekeeping over PostgreSQL: credits past their expiry expire, idempotency records past their 24 h
 * go, and the same run again (a duplicated scheduled event) changes nothing. The database is shared with other
 * tests, so counts are checked on this test's rows.
 */
class PaymentHousekeepingServiceTest {

    private static final Instant RUN = PaymentsTestKit.NOW.plus(Duration.ofHours(2));

    private final PaymentsTestKit kit = new PaymentsTestKit();
    private final CreditLedger credits = new CreditLedger(new CreditRepository(kit.platform.jdbc),
            new AdvisoryLockRepository(kit.platform.jdbc), new OutboxService(new OutboxRepository(kit.platform.jdbc,
                    kit.platform.json), kit.platform.ids, kit.clock, kit.platform.json),
            kit.platform.ids, kit.platform.tx, kit.clock);
    private final IdempotencyRecordRepository records = new IdempotencyRecordRepository(kit.platform.jdbc);
    private final PaymentHousekeepingService housekeeping = new PaymentHousekeepingService(credits, records,
            new CommissionTierService(new CommissionTierRepository(kit.platform.jdbc), kit.platform.tx),
            kit.platform.tx);
    private final String student = kit.student();

    @Test
    void expiredCreditsAndIdempotencyRecordsGoOnceAndADuplicatedRunChangesNothing() {
        Credit due = credits.adjust(student, 1_000, RUN);
        Credit later = credits.adjust(student, 2_000, RUN.plusSeconds(1));
        Credit forever = credits.adjust(student, 3_000, null);
        record("expired-key", RUN.minus(Duration.ofHours(24)));
        record("live-key", RUN.plusSeconds(1));

        HousekeepingReport first = housekeeping.runDue(RUN);
        HousekeepingReport duplicate = housekeeping.runDue(RUN);

        assertThat(first.at()).isEqualTo(RUN);
        assertThat(first.creditsExpired()).isPositive();
        assertThat(first.idempotencyRecordsDeleted()).isPositive();
        assertThat(duplicate.creditsExpired()).isZero();
        assertThat(duplicate.idempotencyRecordsDeleted()).isZero();
        assertThat(duplicate.tiers().evaluated()).isZero();
        assertThat(status(due)).isEqualTo("expired");
        assertThat(status(later)).isEqualTo("available");
        assertThat(status(forever)).isEqualTo("available");
        assertThat(credits.balance(student).availableCents()).isEqualTo(5_000);
        assertThat(records.find(student, "expired-key")).isEmpty();
        assertThat(records.find(student, "live-key")).isPresent();
    }

    @Test
    void eachBatchIsBoundedAndTheNextRunTakesTheRest() {
        Instant at = RUN.plus(Duration.ofDays(1));
        List<Credit> due = List.of(credits.adjust(student, 100, at.minusSeconds(2)),
                credits.adjust(student, 200, at.minusSeconds(1)));

        record("first-key", at.minusSeconds(2));
        record("second-key", at.minusSeconds(1));

        assertThat(credits.expireDue(at, 1)).hasSize(1);
        assertThat(kit.platform.tx.call(() -> records.deleteExpired(at, 1))).isOne();
        housekeeping.runDue(at);

        assertThat(due).extracting(this::status).containsOnly("expired");
        assertThat(records.find(student, "first-key")).isEmpty();
        assertThat(records.find(student, "second-key")).isEmpty();
    }

    /** An idempotency record of the student created 24 h before it expires. */
    private void record(String key, Instant expiresAt) {
        Instant created = expiresAt.minus(Duration.ofHours(24));
        records.claim(student, key, "POST /api/v1/payments/checkout", "0".repeat(64), created, expiresAt,
                created.minus(Duration.ofMinutes(15)));
    }

    private String status(Credit credit) {
        return kit.platform.jdbc.queryOne("SELECT status FROM platform_credits WHERE id = ?",
                row -> row.string("status"), credit.id()).orElseThrow();
    }
}
