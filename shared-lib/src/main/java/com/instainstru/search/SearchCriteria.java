package com.instainstru.search;

import com.instainstru.platform.validation.FieldRules;
import com.instainstru.search.schema.SearchRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A validated search: every bad parameter is a 400 naming its field. Coordinates must lie in the NYC area
 * (the only market); limit 1-50 (default 20); page 1-10: deeper pages are not served, refine the query.
 */
public record SearchCriteria(
        String query,
        GeoPoint point,
        Integer maxPriceCents,
        Audience audience,
        SkillLevel skill,
        LocalDate date,
        int limit,
        int page) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_PAGE = 10;
    public static final int MAX_QUERY_LENGTH = 500;
    public static final double MIN_LAT = 40.40;
    public static final double MAX_LAT = 41.00;
    public static final double MIN_LNG = -74.30;
    public static final double MAX_LNG = -73.60;
    public static final int MAX_PRICE_CENTS = 100_000;

    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{1,10})?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    public static SearchCriteria from(SearchRequest request) {
        FieldRules rules = FieldRules.check().text("q", request.q(), 1, MAX_QUERY_LENGTH);
        Double lat = coordinate(rules, "lat", request.lat(), MIN_LAT, MAX_LAT);
        Double lng = coordinate(rules, "lng", request.lng(), MIN_LNG, MAX_LNG);
        rules.rule(!(present(request.lat()) ^ present(request.lng())), present(request.lat()) ? "lng" : "lat",
                "required_with", "lat and lng go together");
        Integer maxPrice = integer(rules, "max_price_cents", request.maxPriceCents(), 1, MAX_PRICE_CENTS);
        Audience audience = null;
        if (present(request.audience())) {
            audience = Audience.parse(request.audience().strip().toLowerCase(Locale.ROOT)).orElse(null);
            rules.rule(audience != null, "audience", "one_of", "audience must be toddler, kids, teens or adults");
        }
        SkillLevel skill = null;
        if (present(request.skill())) {
            skill = SkillLevel.parse(request.skill().strip().toLowerCase(Locale.ROOT)).orElse(null);
            rules.rule(skill != null, "skill", "one_of", "skill must be beginner, intermediate or advanced");
        }
        LocalDate date = date(rules, request.date());
        Integer limit = integer(rules, "limit", request.limit(), 1, MAX_LIMIT);
        Integer page = integer(rules, "page", request.page(), 1, MAX_PAGE);
        rules.orThrow();
        return new SearchCriteria(request.q().strip(), lat == null || lng == null ? null : new GeoPoint(lat, lng),
                maxPrice, audience, skill, date, limit == null ? DEFAULT_LIMIT : limit, page == null ? 1 : page);
    }

    /** A stable text of the parameters that decide the answer, for the cache key. */
    public String cacheKey() {
        return String.join("|", query.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "),
                point == null ? "" : String.format(Locale.ROOT, "%.5f,%.5f", point.lat(), point.lng()),
                String.valueOf(maxPriceCents), audience == null ? "" : audience.wire(),
                skill == null ? "" : skill.wire(), String.valueOf(date), String.valueOf(limit), String.valueOf(page));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Double coordinate(FieldRules rules, String field, String value, double min, double max) {
        if (!present(value)) {
            return null;
        }
        if (!DECIMAL.matcher(value.strip()).matches()) {
            rules.rule(false, field, "number", field + " must be a decimal number");
            return null;
        }
        double parsed = Double.parseDouble(value.strip());
        boolean inside = parsed >= min && parsed <= max;
        rules.rule(inside, field, "range", field + " must be between " + min + " and " + max + " (New York City)");
        return inside ? parsed : null;
    }

    private static Integer integer(FieldRules rules, String field, String value, int min, int max) {
        if (!present(value)) {
            return null;
        }
        if (!INTEGER.matcher(value.strip()).matches()) {
            rules.rule(false, field, "integer", field + " must be a whole number");
            return null;
        }
        int parsed = Integer.parseInt(value.strip());
        boolean inside = parsed >= min && parsed <= max;
        rules.rule(inside, field, "range", field + " must be between " + min + " and " + max);
        return inside ? parsed : null;
    }

    private static LocalDate date(FieldRules rules, String value) {
        if (!present(value)) {
            return null;
        }
        try {
            if (DATE.matcher(value.strip()).matches()) {
                return LocalDate.parse(value.strip());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        rules.rule(false, "date", "date", "date must be a calendar date YYYY-MM-DD");
        return null;
    }
}
