package com.instainstru.platform.paging;

import com.instainstru.platform.validation.FieldRules;

/**
 * The page of a paged listing, from the query string: {@code page} 1 to {@value #MAX_PAGE} (default 1) and
 * {@code limit} 1 to {@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}); anything else is a 400 naming the field.
 */
public record PageRequest(int page, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_PAGE = 100;

    public static PageRequest parse(String page, String limit) {
        FieldRules rules = FieldRules.check();
        PageRequest request = read(rules, page, limit);
        rules.orThrow();
        return request;
    }

    /**
     * Adds the page and limit rules to {@code rules}, for a listing with more parameters; the answer means something
     * only once {@code rules.orThrow()} has passed.
     */
    public static PageRequest read(FieldRules rules, String page, String limit) {
        Integer pageValue = number(page, 1);
        rules.rule(pageValue != null && pageValue >= 1 && pageValue <= MAX_PAGE, "page", "range",
                "page must be a whole number from 1 to " + MAX_PAGE);
        Integer limitValue = number(limit, DEFAULT_LIMIT);
        rules.rule(limitValue != null && limitValue >= 1 && limitValue <= MAX_LIMIT, "limit", "range",
                "limit must be a whole number from 1 to " + MAX_LIMIT);
        return new PageRequest(pageValue == null ? 1 : pageValue, limitValue == null ? DEFAULT_LIMIT : limitValue);
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
