package com.instainstru.bookings.listing;

import com.instainstru.platform.paging.PageRequest;
import com.instainstru.platform.validation.FieldRules;

/**
 * The query string of a listing: {@code when} (upcoming, the default, or past) and the page ({@link PageRequest}:
 * {@code page} 1 to {@value PageRequest#MAX_PAGE}, default 1, {@code limit} 1 to {@value PageRequest#MAX_LIMIT},
 * default {@value PageRequest#DEFAULT_LIMIT}).
 */
public record ListingQuery(boolean upcoming, int page, int limit) {

    public static ListingQuery parse(String when, String page, String limit) {
        FieldRules rules = FieldRules.check();
        String whenValue = when == null || when.isBlank() ? "upcoming" : when.strip();
        rules.rule(whenValue.equals("upcoming") || whenValue.equals("past"), "when", "one_of",
                "when must be upcoming or past");
        PageRequest paging = PageRequest.read(rules, page, limit);
        rules.orThrow();
        return new ListingQuery(whenValue.equals("upcoming"), paging.page(), paging.limit());
    }

    public String when() {
        return upcoming ? "upcoming" : "past";
    }

    public int offset() {
        return (page - 1) * limit;
    }
}
