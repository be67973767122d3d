package com.instainstru.payments.tiers;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** instructor_profiles.current_tier_pct and the day it was last evaluated for. */
@ApplicationScoped
public class CommissionTierRepository {

    private final Jdbc jdbc;

    public CommissionTierRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} instructors not yet evaluated for {@code day} (marked evaluated for it; rows a
     * concurrent run holds are skipped) with their lessons completed in the 30 and 90 days before {@code now}. Call
     * it in the transaction that writes their tiers, so a rollback un-marks them.
     */
    List<TierCandidate> claimDue(LocalDate day, Instant now, int limit) {
        return jdbc.query("""
                WITH due AS MATERIALIZED (
                    SELECT user_id AS due_id FROM instructor_profiles
                     WHERE tier_evaluated_on IS NULL OR tier_evaluated_on < ?
                     ORDER BY tier_evaluated_on NULLS FIRST, user_id
                     LIMIT ? FOR UPDATE SKIP LOCKED),
                claimed AS (
                    UPDATE instructor_profiles SET tier_evaluated_on = ? FROM due WHERE user_id = due_id
                    RETURNING user_id, is_founding_instructor, current_tier_pct)
                SELECT c.user_id, c.is_founding_instructor, c.current_tier_pct::text AS tier_pct,
                       count(b.id) FILTER (WHERE b.completed_at > ?) AS last_30, count(b.id) AS last_90
                  FROM claimed c
                  LEFT JOIN bookings b ON b.instructor_id = c.user_id AND b.status = 'COMPLETED'
                                      AND b.completed_at > ? AND b.completed_at <= ?
                 GROUP BY c.user_id, c.is_founding_instructor, c.current_tier_pct
                 ORDER BY c.user_id
                """, row -> new TierCandidate(row.string("user_id"), row.bool("is_founding_instructor"),
                new BigDecimal(row.string("tier_pct")), row.integer("last_30"), row.integer("last_90")),
                day, limit, day, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(90)), now);
    }

    void updateTier(String instructorId, BigDecimal tierPct, Instant now) {
        jdbc.update("UPDATE instructor_profiles SET current_tier_pct = ?, updated_at = ? WHERE user_id = ?",
                tierPct, now, instructorId);
    }
}
