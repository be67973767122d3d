package com.instainstru.payments.earnings;

import com.instainstru.payments.earnings.schema.EarningsResponse;
import com.instainstru.payments.earnings.schema.EarningsTotals;
import com.instainstru.payments.earnings.schema.LessonEarning;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.paging.PageRequest;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * An instructor's earnings from our own records (reference §11), not from Stripe: what each lesson pays them and
 * what has been transferred. One read-only transaction, so the totals and the page agree.
 */
@ApplicationScoped
public class EarningsService {

    private final EarningsRepository earnings;
    private final Transactions tx;

    public EarningsService(EarningsRepository earnings, Transactions tx) {
        this.earnings = earnings;
        this.tx = tx;
    }

    public EarningsResponse earnings(String instructorId, PageRequest query) {
        return tx.call(() -> {
            if (!earnings.isInstructor(instructorId)) {
                throw new ResourceNotFoundException("INSTRUCTOR_PROFILE_NOT_FOUND",
                        "Only instructors with a profile have earnings");
            }
            EarningsTotals totals = earnings.totals(instructorId);
            long total = earnings.count(instructorId);
            List<LessonEarning> lessons = earnings.page(instructorId, query.limit(), query.offset());
            boolean hasMore = (long) query.offset() + lessons.size() < total;
            return new EarningsResponse(totals, query.page(), query.limit(), total, hasMore, lessons);
        });
    }
}
