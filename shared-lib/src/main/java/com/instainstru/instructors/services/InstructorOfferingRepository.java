package com.instainstru.instructors.services;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class InstructorOfferingRepository {

    private static final String SELECT = """
            SELECT s.id, s.instructor_id, s.service_catalog_id, c.name AS catalog_name, c.slug AS catalog_slug,
                   s.description, s.requirements, s.duration_options, s.age_groups, s.skill_levels, s.offers_travel,
                   s.offers_at_location, s.offers_online, s.is_active, s.created_at, s.updated_at
              FROM instructor_services s
              JOIN service_catalog c ON c.id = s.service_catalog_id
            """;

    private static final RowMapper<InstructorOffering> OFFERING = row -> new InstructorOffering(row.trimmed("id"),
            row.trimmed("instructor_id"), row.trimmed("service_catalog_id"), row.string("catalog_name"),
            row.string("catalog_slug"), row.string("description"), row.string("requirements"),
            row.integers("duration_options"), row.strings("age_groups"), row.strings("skill_levels"),
            row.bool("offers_travel"), row.bool("offers_at_location"), row.bool("offers_online"),
            row.bool("is_active"), List.of(), row.instant("created_at"), row.instant("updated_at"));

    private final Jdbc jdbc;

    public InstructorOfferingRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The instructor's active offerings, oldest first, with their prices. */
    public List<InstructorOffering> active(String instructorId) {
        return withPrices(jdbc.query(SELECT + " WHERE s.instructor_id = ? AND s.is_active ORDER BY s.created_at, s.id",
                OFFERING, instructorId));
    }

    /** Active and removed offerings: what history (and bookings) may refer to. */
    public List<InstructorOffering> all(String instructorId) {
        return withPrices(jdbc.query(SELECT + " WHERE s.instructor_id = ? ORDER BY s.created_at, s.id",
                OFFERING, instructorId));
    }

    /** An active offering of this instructor; another instructor's id finds nothing. */
    public Optional<InstructorOffering> activeOf(String instructorId, String offeringId) {
        return jdbc.queryOne(SELECT + " WHERE s.id = ? AND s.instructor_id = ? AND s.is_active FOR UPDATE OF s",
                OFFERING, offeringId, instructorId).map(o -> o.withPrices(prices(o.id())));
    }

    public Optional<InstructorOffering> find(String offeringId) {
        return jdbc.queryOne(SELECT + " WHERE s.id = ?", OFFERING, offeringId).map(o -> o.withPrices(prices(o.id())));
    }

    /** False when the instructor already offers the catalog service among active rows (nothing written). */
    public boolean insert(String id, String instructorId, String catalogServiceId, OfferingTerms terms, Instant now) {
        int inserted = jdbc.update("""
                INSERT INTO instructor_services (id, instructor_id, service_catalog_id, description, requirements,
                        duration_options, age_groups, skill_levels, offers_travel, offers_at_location, offers_online,
                        created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?::integer[], ?::text[], ?::text[], ?, ?, ?, ?, ?)
                ON CONFLICT (instructor_id, service_catalog_id) WHERE is_active DO NOTHING
                """, id, instructorId, catalogServiceId, terms.description(), terms.requirements(),
                ints(terms.durationOptions()), texts(terms.ageGroups()), texts(terms.skillLevels()),
                terms.offers(LessonFormat.STUDENT_LOCATION), terms.offers(LessonFormat.INSTRUCTOR_LOCATION),
                terms.offers(LessonFormat.ONLINE), now, now);
        if (inserted == 1) {
            insertPrices(id, terms.prices());
        }
        return inserted == 1;
    }

    public void update(String id, OfferingTerms terms, Instant now) {
        jdbc.update("""
                UPDATE instructor_services
                   SET description = ?, requirements = ?, duration_options = ?::integer[], age_groups = ?::text[],
                       skill_levels = ?::text[], offers_travel = ?, offers_at_location = ?, offers_online = ?,
                       updated_at = ?
                 WHERE id = ?
                """, terms.description(), terms.requirements(), ints(terms.durationOptions()),
                texts(terms.ageGroups()), texts(terms.skillLevels()), terms.offers(LessonFormat.STUDENT_LOCATION),
                terms.offers(LessonFormat.INSTRUCTOR_LOCATION), terms.offers(LessonFormat.ONLINE), now, id);
        jdbc.update("DELETE FROM service_format_pricing WHERE service_id = ?", id);
        insertPrices(id, terms.prices());
    }

    /** Soft delete: the row and its prices stay for history. */
    public void deactivate(String id, Instant now) {
        jdbc.update("UPDATE instructor_services SET is_active = false, updated_at = ? WHERE id = ?", now, id);
    }

    public int activeCount(String instructorId) {
        return jdbc.queryOne("SELECT count(*) AS n FROM instructor_services WHERE instructor_id = ? AND is_active",
                row -> row.integer("n"), instructorId).orElse(0);
    }

    private void insertPrices(String serviceId, List<FormatPrice> prices) {
        for (FormatPrice price : prices) {
            jdbc.update("INSERT INTO service_format_pricing (service_id, format, hourly_rate_cents) VALUES (?, ?, ?)",
                    serviceId, price.format().value(), price.hourlyRateCents());
        }
    }

    private List<FormatPrice> prices(String serviceId) {
        return jdbc.query("""
                SELECT format, hourly_rate_cents FROM service_format_pricing WHERE service_id = ?
                """, row -> new FormatPrice(LessonFormat.parse(row.string("format")).orElseThrow(),
                row.integer("hourly_rate_cents")), serviceId).stream()
                .sorted((a, b) -> a.format().compareTo(b.format())).toList();
    }

    private List<InstructorOffering> withPrices(List<InstructorOffering> offerings) {
        if (offerings.isEmpty()) {
            return offerings;
        }
        Map<String, List<FormatPrice>> byService = new LinkedHashMap<>();
        offerings.forEach(o -> byService.put(o.id(), new ArrayList<>()));
        jdbc.query("""
                SELECT service_id, format, hourly_rate_cents FROM service_format_pricing
                 WHERE service_id = ANY (?::text[])
                """, row -> byService.get(row.trimmed("service_id")).add(new FormatPrice(
                LessonFormat.parse(row.string("format")).orElseThrow(), row.integer("hourly_rate_cents"))),
                (Object) texts(List.copyOf(byService.keySet())));
        return offerings.stream().map(o -> o.withPrices(byService.get(o.id()).stream()
                .sorted((a, b) -> a.format().compareTo(b.format())).toList())).toList();
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String[] texts(List<String> values) {
        return values.toArray(String[]::new);
    }
}
