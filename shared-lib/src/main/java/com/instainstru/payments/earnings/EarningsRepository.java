package com.instainstru.payments.earnings;

import com.instainstru.payments.earnings.schema.EarningsTotals;
import com.instainstru.payments.earnings.schema.LessonEarning;
import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

/** Instructors' earnings from booking_payments and the money movements in the payment_events ledger. */
@ApplicationScoped
public class EarningsRepository {

    /**
     * Each of the instructor's payments with what it paid them, from the ledger: the destination charge's transfer
     * once captured (card charge - application fee), less what was reversed (LOCK, penalty cancellations), plus
     * payout transfers (a cancellation's 50 % split, a LOCKed lesson held, an advance after a failed capture, a
     * top-up when credits exceeded the platform's take). A lock, a review or a
     * settlement in flight outranks the money so far.
     */
    private static final String CLASSIFIED = """
            WITH paid AS (
                SELECT bp.booking_id, b.start_at, b.service_name, b.duration_minutes, bp.lesson_price_cents,
                       bp.instructor_commission_pct::text AS commission_pct, bp.instructor_commission_cents,
                       bp.instructor_payout_cents, bp.status, money.paid_at,
                       CASE WHEN money.captured THEN bp.card_charge_cents - bp.application_fee_cents ELSE 0 END
                           - money.reversed + money.transferred AS paid_cents
                  FROM booking_payments bp
                  JOIN bookings b ON b.id = bp.booking_id
                  CROSS JOIN LATERAL (
                      SELECT COALESCE(bool_or(e.event_type = 'captured'), false) AS captured,
                             COALESCE(sum(e.amount_cents) FILTER (WHERE e.event_type = 'transfer_reversed'), 0)
                                 AS reversed,
                             COALESCE(sum(e.amount_cents) FILTER (WHERE e.event_type = 'payout_transferred'), 0)
                                 AS transferred,
                             min(e.occurred_at) FILTER (WHERE e.event_type IN ('captured', 'payout_transferred'))
                                 AS paid_at
                        FROM payment_events e WHERE e.booking_id = bp.booking_id) money
                 WHERE bp.instructor_id = ?),
            classified AS (
                SELECT paid.*,
                       CASE WHEN status = 'locked' THEN 'held'
                            WHEN status = 'manual_review' THEN 'in_review'
                            WHEN status = 'settling' THEN 'settling'
                            WHEN paid_cents > 0 THEN 'paid'
                            WHEN status IN ('authorized', 'capturing') THEN 'pending_capture'
                            WHEN status IN ('scheduled', 'authorizing', 'payment_method_required')
                                THEN 'awaiting_authorization'
                            ELSE 'no_payout' END AS earning_status
                  FROM paid)
            """;

    private final Jdbc jdbc;

    public EarningsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isInstructor(String userId) {
        return jdbc.queryOne("SELECT 1 AS one FROM instructor_profiles WHERE user_id = ?", row -> true, userId)
                .isPresent();
    }

    public EarningsTotals totals(String instructorId) {
        return jdbc.queryOne(CLASSIFIED + """
                SELECT COALESCE(sum(paid_cents) FILTER (WHERE earning_status = 'paid'), 0) AS paid_out,
                       COALESCE(sum(instructor_payout_cents) FILTER (WHERE earning_status = 'pending_capture'), 0)
                           AS pending_capture,
                       count(*) FILTER (WHERE earning_status = 'paid') AS paid_lessons,
                       count(*) FILTER (WHERE earning_status = 'pending_capture') AS pending_lessons
                  FROM classified
                """, row -> new EarningsTotals(row.longValue("paid_out"), row.longValue("pending_capture"),
                row.integer("paid_lessons"), row.integer("pending_lessons")), instructorId).orElseThrow();
    }

    public long count(String instructorId) {
        return jdbc.queryOne(CLASSIFIED + "SELECT count(*) AS n FROM classified", row -> row.longValue("n"),
                instructorId).orElseThrow();
    }

    /** The latest lessons first (lesson start, then booking id, so pages never overlap). */
    public List<LessonEarning> page(String instructorId, int limit, int offset) {
        return jdbc.query(CLASSIFIED + """
                SELECT * FROM classified ORDER BY start_at DESC, booking_id DESC LIMIT ? OFFSET ?
                """, row -> {
                    String status = row.string("earning_status");
                    boolean noPayout = "no_payout".equals(status);
                    int payout = "paid".equals(status) ? row.integer("paid_cents")
                            : noPayout ? 0 : row.integer("instructor_payout_cents");
                    return new LessonEarning(row.string("booking_id"), row.instant("start_at"),
                            row.string("service_name"), row.integer("duration_minutes"),
                            row.integer("lesson_price_cents"), new BigDecimal(row.string("commission_pct")),
                            noPayout ? 0 : row.integer("instructor_commission_cents"), payout, status,
                            row.instant("paid_at"));
                }, instructorId, limit, offset);
    }
}
