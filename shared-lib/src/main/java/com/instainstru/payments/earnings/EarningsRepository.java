package com.instainstru.payments.earnings;

import com.instainstru.payments.earnings.schema.EarningsTotals;
import com.instainstru.payments.earnings.schema.LessonEarning;
import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

/** Instructors' earnings from booking_payments and the captures in the payment_events ledger. */
@ApplicationScoped
public class EarningsRepository {

    /**
     * Each of the instructor's payments with its earnings status. A lock or a review outranks a capture: the
     * transfer may have been reversed. Paid means a {@code captured} row in the ledger.
     */
    private static final String CLASSIFIED = """
            WITH classified AS (
                SELECT bp.booking_id, b.start_at, b.service_name, b.duration_minutes, bp.lesson_price_cents,
                       bp.instructor_commission_pct::text AS commission_pct, bp.instructor_commission_cents,
                       bp.instructor_payout_cents, captured.occurred_at AS paid_at,
                       CASE WHEN bp.status = 'locked' THEN 'held'
                            WHEN bp.status = 'manual_review' THEN 'in_review'
                            WHEN captured.occurred_at IS NOT NULL THEN 'paid'
                            WHEN bp.status IN ('authorized', 'capturing') THEN 'pending_capture'
                            WHEN bp.status IN ('scheduled', 'authorizing', 'payment_method_required')
                                THEN 'awaiting_authorization'
                            ELSE 'not_charged' END AS earning_status
                  FROM booking_payments bp
                  JOIN bookings b ON b.id = bp.booking_id
                  LEFT JOIN LATERAL (SELECT e.occurred_at FROM payment_events e
                                      WHERE e.booking_id = bp.booking_id AND e.event_type = 'captured'
                                      ORDER BY e.occurred_at LIMIT 1) captured ON true
                 WHERE bp.instructor_id = ?)
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
                SELECT COALESCE(sum(instructor_payout_cents) FILTER (WHERE earning_status = 'paid'), 0) AS paid_out,
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
                    boolean charged = !"not_charged".equals(row.string("earning_status"));
                    return new LessonEarning(row.string("booking_id"), row.instant("start_at"),
                            row.string("service_name"), row.integer("duration_minutes"),
                            row.integer("lesson_price_cents"), new BigDecimal(row.string("commission_pct")),
                            charged ? row.integer("instructor_commission_cents") : 0,
                            charged ? row.integer("instructor_payout_cents") : 0, row.string("earning_status"),
                            row.instant("paid_at"));
                }, instructorId, limit, offset);
    }
}
