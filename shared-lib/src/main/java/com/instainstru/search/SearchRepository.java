package com.instainstru.search;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The SQL of search: text matching over the catalog, the candidate query with its filters, the rating prior. */
@ApplicationScoped
public class SearchRepository {

    /**
     * One row per active catalog service. The catalog is a few hundred rows, so every service is scored
     * (well under a millisecond) rather than prefiltered with the trigram index: typo scores sit below
     * pg_trgm's default 0.3 threshold ("paino"/"piano" is 0.2), which is why edit distance joins in.
     * Category and subcategory scores compare the term with their names (whole, or the term inside them),
     * once per category and subcategory (materialized), not once per service.
     */
    private static final String MATCH_CATALOG = """
            WITH q AS MATERIALIZED (SELECT CAST(? AS text) AS term),
            categories AS MATERIALIZED (
                SELECT c.id, GREATEST(similarity(q.term, lower(c.name)), 0.9 * word_similarity(q.term, lower(c.name)),
                                      similarity(q.term, replace(c.slug, '-', ' '))) AS score
                FROM service_categories c, q WHERE c.is_active),
            subcategories AS MATERIALIZED (
                SELECT sc.id, sc.category_id,
                       GREATEST(similarity(q.term, lower(sc.name)), 0.9 * word_similarity(q.term, lower(sc.name))) AS score
                FROM service_subcategories sc, q WHERE sc.is_active)
            SELECT s.id, s.name, s.slug, s.subcategory_id, sub.category_id,
                   GREATEST(m.name_similarity, m.edit_similarity, 0.9 * word_similarity(lower(s.name), q.term))
                       AS relevance,
                   GREATEST(m.name_similarity, word_similarity(lower(s.name), q.term)) AS trigram,
                   sub.score AS subcategory_score, cat.score AS category_score
            FROM service_catalog s
            JOIN subcategories sub ON sub.id = s.subcategory_id
            JOIN categories cat ON cat.id = sub.category_id
            CROSS JOIN q
            CROSS JOIN LATERAL (
                SELECT max(similarity(q.term, w.word)) AS name_similarity,
                       max(1.0 - levenshtein(left(q.term, 255), left(w.word, 255))::float8
                                 / GREATEST(length(q.term), length(w.word), 1)) AS edit_similarity
                FROM (SELECT lower(x) AS word FROM unnest(array_append(s.search_terms, s.name::text)) x) w
            ) m
            WHERE s.is_active
            """;

    private static final String ALL_ZERO_DAY = "decode(repeat('00', 180), 'hex')";

    private final Jdbc jdbc;

    public SearchRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<CatalogMatch> matchCatalog(String term) {
        return jdbc.query(MATCH_CATALOG, row -> new CatalogMatch(row.trimmed("id"), row.string("name"),
                row.string("slug"), row.trimmed("subcategory_id"), row.trimmed("category_id"),
                decimal(row.string("relevance")), decimal(row.string("trigram")),
                decimal(row.string("subcategory_score")), decimal(row.string("category_score"))), term);
    }

    /** The active services of a category or subcategory ({@code column} is one of two fixed names). */
    public List<CatalogMatch> servicesOfGroup(boolean category, String groupId) {
        String where = category ? "sc.category_id = ?" : "s.subcategory_id = ?";
        return jdbc.query("""
                SELECT s.id, s.name, s.slug, s.subcategory_id, sc.category_id
                FROM service_catalog s
                JOIN service_subcategories sc ON sc.id = s.subcategory_id AND sc.is_active
                WHERE s.is_active AND %s
                """.formatted(where), row -> new CatalogMatch(row.trimmed("id"), row.string("name"),
                row.string("slug"), row.trimmed("subcategory_id"), row.trimmed("category_id"), 0, 0, 0, 0), groupId);
    }

    /** Review-weighted mean rating over all instructors with reviews; null when nobody has any yet. */
    public Double globalMeanRating() {
        List<String> mean = jdbc.query("""
                SELECT (sum(rating_average * review_count) / NULLIF(sum(review_count), 0))::text AS mean
                FROM instructor_ratings WHERE review_count > 0 AND rating_average IS NOT NULL
                """, row -> row.string("mean"));
        return decimalOrNull(mean.get(0));
    }

    /**
     * Live, active instructors offering one of the services, one row per (instructor, service). Distances
     * are to the nearest service-area polygon (0 inside it); regions are measured once per query and
     * joined through the service-area index.
     */
    public List<Candidate> candidates(CandidateFilters filters) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (filters.point() != null) {
            sql.append("""
                    WITH near AS MATERIALIZED (
                        SELECT r.id AS region_id,
                               ST_Distance(r.boundary::geography,
                                           ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography) AS meters
                        FROM region_boundaries r WHERE r.is_active)
                    """);
            params.add(filters.point().lng());
            params.add(filters.point().lat());
        }
        sql.append("""
                SELECT p.user_id, u.first_name, u.last_name, p.is_founding_instructor,
                       (length(btrim(p.bio)) > 0) AS has_bio, (p.profile_photo_key IS NOT NULL) AS has_photo,
                       (p.bgc_status = 'passed') AS bgc_passed, (p.identity_verified_at IS NOT NULL) AS identity_verified,
                       p.response_rate_pct::text AS response_rate, p.last_active_at,
                       coalesce(r.review_count, 0) AS review_count, r.rating_average::text AS rating_average,
                       i.service_catalog_id, array_to_string(i.age_groups, ',') AS age_groups,
                       array_to_string(i.skill_levels, ',') AS skill_levels, min(f.hourly_rate_cents) AS min_cents,
                       string_agg(f.format || ':' || f.hourly_rate_cents, ',' ORDER BY f.format) AS prices,
                """);
        sql.append(filters.point() != null ? "d.meters::text AS distance_m\n" : "NULL::text AS distance_m\n");
        sql.append("""
                FROM instructor_services i
                JOIN instructor_profiles p ON p.user_id = i.instructor_id AND p.is_live
                JOIN users u ON u.id = p.user_id AND u.account_status = 'active'
                LEFT JOIN instructor_ratings r ON r.instructor_id = p.user_id
                JOIN service_format_pricing f ON f.service_id = i.id
                """);
        if (filters.point() != null) {
            sql.append("""
                    LEFT JOIN LATERAL (
                        SELECT min(n.meters) AS meters
                        FROM instructor_service_areas a JOIN near n ON n.region_id = a.region_id
                        WHERE a.instructor_id = p.user_id) d ON true
                    """);
        }
        sql.append("WHERE i.is_active AND i.service_catalog_id = ANY (CAST(? AS bpchar[]))\n");
        params.add(filters.serviceIds().toArray(String[]::new));
        if (filters.audience() != null) {
            sql.append("AND CAST(? AS text) = ANY (i.age_groups)\n");
            params.add(filters.audience().wire());
        }
        if (filters.skill() != null) {
            sql.append("AND CAST(? AS text) = ANY (i.skill_levels)\n");
            params.add(filters.skill().wire());
        }
        if (filters.point() != null && filters.radiusMeters() != null) {
            // a semi-join on the few instructors with an area in range, so the distance is only computed for them
            sql.append("""
                    AND i.instructor_id IN (SELECT a.instructor_id FROM instructor_service_areas a
                                            JOIN near n ON n.region_id = a.region_id WHERE n.meters <= ?)
                    """);
            params.add(filters.radiusMeters());
        }
        if (filters.date() != null) {
            sql.append("""
                    AND EXISTS (SELECT 1 FROM availability_days ad
                                WHERE ad.instructor_id = p.user_id AND ad.day_date = ? AND ad.bits <> %s)
                    AND NOT EXISTS (SELECT 1 FROM blackout_dates b
                                    WHERE b.instructor_id = p.user_id AND b.blackout_date = ?)
                    """.formatted(ALL_ZERO_DAY));
            params.add(filters.date());
            params.add(filters.date());
        }
        // grouped by primary keys (the other columns depend on them) and the per-instructor distance
        sql.append("GROUP BY i.id, p.user_id, u.id, r.instructor_id")
                .append(filters.point() != null ? ", d.meters\n" : "\n");
        if (filters.maxPriceCents() != null) {
            sql.append("HAVING min(f.hourly_rate_cents) <= ?\n");
            params.add(filters.maxPriceCents());
        }
        return jdbc.query(sql.toString(), row -> new Candidate(row.trimmed("user_id"), row.string("first_name"),
                row.string("last_name"), row.bool("is_founding_instructor"), Boolean.TRUE.equals(row.bool("has_bio")),
                row.bool("has_photo"), Boolean.TRUE.equals(row.bool("bgc_passed")), row.bool("identity_verified"),
                decimalOrNull(row.string("response_rate")), row.instant("last_active_at"), row.integer("review_count"),
                decimalOrNull(row.string("rating_average")), row.trimmed("service_catalog_id"),
                audiences(row.string("age_groups")), skills(row.string("skill_levels")), row.integer("min_cents"),
                prices(row.string("prices")), decimalOrNull(row.string("distance_m"))), params.toArray());
    }

    private static double decimal(String value) {
        return value == null ? 0.0 : Double.parseDouble(value);
    }

    private static Double decimalOrNull(String value) {
        return value == null ? null : Double.valueOf(value);
    }

    private static Set<Audience> audiences(String csv) {
        Set<Audience> set = EnumSet.noneOf(Audience.class);
        for (String value : csv.split(",")) {
            Audience.parse(value).ifPresent(set::add);
        }
        return set;
    }

    private static Set<SkillLevel> skills(String csv) {
        Set<SkillLevel> set = EnumSet.noneOf(SkillLevel.class);
        for (String value : csv.split(",")) {
            SkillLevel.parse(value.toLowerCase(Locale.ROOT)).ifPresent(set::add);
        }
        return set;
    }

    private static List<FormatPrice> prices(String csv) {
        return Arrays.stream(csv.split(",")).map(pair -> pair.split(":"))
                .map(parts -> new FormatPrice(parts[0], Integer.parseInt(parts[1]))).toList();
    }
}
