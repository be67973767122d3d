package com.instainstru.bookings.listing;

import com.instainstru.platform.validation.FieldRules;

/**
 * The query string of a listing: {@code when} (upcoming, the default, or past), {@code page} (1 to
 * {@value #MAX_PAGE}, default 1) and {@code limit} (1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}).
 */
public record ListingQuery(boolean upcoming, int page, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_PAGE = 100;

    public static ListingQuery parse(String when, String page, String limit) {
        FieldRules rules = FieldRules.check();
        String whenValue = when == null || when.isBlank() ? "upcoming" : when.strip();
        rules.rule(whenValue.equals("upcoming") || whenValue.equals("past"), "when", "one_of",
                "when must be upcoming or past");
        Integer pageValue = number(page, 1);
        rules.rule(pageValue != null && pageValue >= 1 && pageValue <= MAX_PAGE, "page", "range",
                "page must be a whole number from 1 to " + MAX_PAGE);
        Integer limitValue = number(limit, DEFAULT_LIMIT);
        rules.rule(limitValue != null && limitValue >= 1 && limitValue <= MAX_LIMIT, "limit", "range",
                "limit must be a whole number from 1 to " + MAX_LIMIT);
        rules.orThrow();
        return new ListingQuery(whenValue.equals("upcoming"), pageValue, limitValue);
    }

    public String when() {
        return upcoming ? "upcoming" : "past";
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
