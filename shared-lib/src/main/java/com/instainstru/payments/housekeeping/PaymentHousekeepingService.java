package com.instainstru.payments.housekeeping;

import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.payments.protection.IdempotencyRecordRepository;
import com.instainstru.payments.tiers.CommissionTierService;
import com.instainstru.payments.tiers.TierRefreshReport;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The payment jobs of the hourly payment-housekeeping schedule, each bounded per run and in its own transaction,
 * each idempotent (a duplicated or replayed event finds nothing left to do): the credit expiry sweep (reference
 * §15), deletion of request-idempotency records past their 24 h, and the daily commission tier refresh (§10).
 * What a bound leaves is taken by the next run.
 */
@ApplicationScoped
public class PaymentHousekeepingService {

    static final int CREDIT_BATCH = 5_000;
    static final int IDEMPOTENCY_BATCH = 5_000;
    static final int TIER_BATCH = 2_000;

    private final CreditLedger credits;
    private final IdempotencyRecordRepository idempotencyRecords;
    private final CommissionTierService tiers;
    private final Transactions tx;

    public PaymentHousekeepingService(CreditLedger credits, IdempotencyRecordRepository idempotencyRecords,
            CommissionTierService tiers, Transactions tx) {
        this.credits = credits;
        this.idempotencyRecords = idempotencyRecords;
        this.tiers = tiers;
        this.tx = tx;
    }

    public HousekeepingReport runDue(Instant now) {
        int expired = credits.expireDue(now, CREDIT_BATCH).size();
        int deleted = tx.call(() -> idempotencyRecords.deleteExpired(now, IDEMPOTENCY_BATCH));
        TierRefreshReport tierReport = tiers.refreshDue(now, TIER_BATCH);
        return new HousekeepingReport(now, expired, deleted, tierReport);
    }
}
