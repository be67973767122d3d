package com.instainstru.payments.earnings;

import com.instainstru.bookings.listing.ListingQuery;
import com.instainstru.platform.validation.FieldRules;

/**
 * The page of an earnings listing, with the booking listings' bounds ({@link ListingQuery}): {@code page} 1 to
 * {@value ListingQuery#MAX_PAGE} (default 1), {@code limit} 1 to {@value ListingQuery#MAX_LIMIT} (default
 * {@value ListingQuery#DEFAULT_LIMIT}).
 */
public record EarningsQuery(int page, int limit) {

    public static EarningsQuery parse(String page, String limit) {
        FieldRules rules = FieldRules.check();
        Integer pageValue = number(page, 1);
        rules.rule(pageValue != null && pageValue >= 1 && pageValue <= ListingQuery.MAX_PAGE, "page", "range",
                "page must be a whole number from 1 to " + ListingQuery.MAX_PAGE);
        Integer limitValue = number(limit, ListingQuery.DEFAULT_LIMIT);
        rules.rule(limitValue != null && limitValue >= 1 && limitValue <= ListingQuery.MAX_LIMIT, "limit", "range",
                "limit must be a whole number from 1 to " + ListingQuery.MAX_LIMIT);
        rules.orThrow();
        return new EarningsQuery(pageValue, limitValue);
    }

    public int offset() {
        return (page - 1) * limit;
    }

    private static Integer number(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
