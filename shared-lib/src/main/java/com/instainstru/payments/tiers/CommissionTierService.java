package com.instainstru.payments.tiers;

import com.instainstru.pricing.CommissionTiers;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The nightly commission tier refresh of reference §10 (at 03:15 UTC), applying {@link CommissionTiers#next} to
 * {@code instructor_profiles.current_tier_pct}. Each instructor is evaluated once per evaluation day, which starts
 * at 03:15 UTC: an hourly schedule does the day's work at its first run after 03:15 and later runs finish what a
 * bounded batch left. Evaluating twice would move a dearer tier two steps, so the day is recorded with the tier in
 * the same transaction and a duplicated event finds nobody due.
 */
@ApplicationScoped
public class CommissionTierService {

    /** Reference §10: the nightly evaluation runs at 03:15 UTC. */
    static final Duration DAY_STARTS_AT = Duration.ofHours(3).plusMinutes(15);

    private final CommissionTierRepository tiers;
    private final Transactions tx;

    public CommissionTierService(CommissionTierRepository tiers, Transactions tx) {
        this.tiers = tiers;
        this.tx = tx;
    }

    /** The evaluation day {@code now} belongs to: the UTC date, or the day before until 03:15. */
    public static LocalDate evaluationDay(Instant now) {
        return now.minus(DAY_STARTS_AT).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** Evaluates up to {@code limit} instructors not yet evaluated for {@code now}'s day, in one transaction. */
    public TierRefreshReport refreshDue(Instant now, int limit) {
        LocalDate day = evaluationDay(now);
        return tx.call(() -> {
            List<TierCandidate> due = tiers.claimDue(day, now, limit);
            int changed = 0;
            for (TierCandidate candidate : due) {
                BigDecimal next = CommissionTiers.next(candidate.currentTierPct(), candidate.founding(),
                        candidate.completedLast30Days(), candidate.completedLast90Days());
                if (next.compareTo(candidate.currentTierPct()) != 0) {
                    tiers.updateTier(candidate.instructorId(), next, now);
                    changed++;
                }
            }
            return new TierRefreshReport(day, due.size(), changed);
        });
    }
}
