package com.instainstru.payments.earnings.schema;

import java.util.List;

/** The totals over every lesson, and one page of lessons, the latest lesson first. */
public record EarningsResponse(EarningsTotals totals, int page, int limit, long total, boolean hasMore,
        List<LessonEarning> lessons) {

    public EarningsResponse {
        lessons = List.copyOf(lessons);
    }
}
