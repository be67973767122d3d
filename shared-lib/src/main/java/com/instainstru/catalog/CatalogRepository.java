package com.instainstru.catalog;

import com.instainstru.catalog.schema.CategorySummary;
import com.instainstru.catalog.schema.SubcategorySummary;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Reads of the catalog taxonomy. Only active rows are browsable; {@link #service} also finds inactive ones. */
@ApplicationScoped
public class CatalogRepository {

    private static final String ENTRY_COLUMNS = """
            sc.id, sc.subcategory_id, sc.name, sc.slug, sc.description, sc.search_terms, sc.eligible_age_groups,
            sc.default_duration_minutes, sc.min_in_person_rate_cents, sc.min_online_rate_cents, sc.online_capable,
            sc.is_active""";

    private static final RowMapper<CatalogEntry> ENTRY = row -> new CatalogEntry(row.trimmed("id"),
            row.trimmed("subcategory_id"), row.string("name"), row.string("slug"), row.string("description"),
            row.strings("search_terms"), row.strings("eligible_age_groups"), row.integer("default_duration_minutes"),
            row.integer("min_in_person_rate_cents"), row.integer("min_online_rate_cents"), row.bool("online_capable"),
            row.bool("is_active"));

    private final Jdbc jdbc;

    public CatalogRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<CategorySummary> categories() {
        return jdbc.query("""
                SELECT c.id, c.name, c.slug, c.description,
                       (SELECT count(*) FROM service_subcategories s WHERE s.category_id = c.id AND s.is_active)
                           AS subcategory_count
                  FROM service_categories c
                 WHERE c.is_active
                 ORDER BY c.display_order, c.name
                """, row -> new CategorySummary(row.trimmed("id"), row.string("name"), row.string("slug"),
                row.string("description"), row.integer("subcategory_count")));
    }

    public Optional<CategorySummary> category(String slug) {
        return jdbc.queryOne("""
                SELECT c.id, c.name, c.slug, c.description,
                       (SELECT count(*) FROM service_subcategories s WHERE s.category_id = c.id AND s.is_active)
                           AS subcategory_count
                  FROM service_categories c
                 WHERE c.slug = ? AND c.is_active
                """, row -> new CategorySummary(row.trimmed("id"), row.string("name"), row.string("slug"),
                row.string("description"), row.integer("subcategory_count")), slug);
    }

    public List<SubcategorySummary> subcategories(String categoryId) {
        return jdbc.query("""
                SELECT s.id, s.name, s.slug,
                       (SELECT count(*) FROM service_catalog sc WHERE sc.subcategory_id = s.id AND sc.is_active)
                           AS service_count
                  FROM service_subcategories s
                 WHERE s.category_id = ? AND s.is_active
                 ORDER BY s.display_order, s.name
                """, row -> new SubcategorySummary(row.trimmed("id"), row.string("name"), row.string("slug"),
                row.integer("service_count")), categoryId);
    }

    public Optional<SubcategorySummary> subcategory(String categoryId, String slug) {
        return jdbc.queryOne("""
                SELECT s.id, s.name, s.slug,
                       (SELECT count(*) FROM service_catalog sc WHERE sc.subcategory_id = s.id AND sc.is_active)
                           AS service_count
                  FROM service_subcategories s
                 WHERE s.category_id = ? AND s.slug = ? AND s.is_active
                """, row -> new SubcategorySummary(row.trimmed("id"), row.string("name"), row.string("slug"),
                row.integer("service_count")), categoryId, slug);
    }

    public List<CatalogEntry> servicesOf(String subcategoryId) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + """

                  FROM service_catalog sc
                 WHERE sc.subcategory_id = ? AND sc.is_active
                 ORDER BY sc.display_order, sc.name
                """, ENTRY, subcategoryId);
    }

    /** Every active service of an active subcategory and category, optionally only those open to an age group. */
    public List<CatalogEntry> activeServices(String ageGroupOrNull) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + """

                  FROM service_catalog sc
                  JOIN service_subcategories s ON s.id = sc.subcategory_id AND s.is_active
                  JOIN service_categories c ON c.id = s.category_id AND c.is_active
                 WHERE sc.is_active AND (?::text IS NULL OR ?::text = ANY (sc.eligible_age_groups))
                 ORDER BY c.display_order, s.display_order, sc.display_order, sc.name
                """, ENTRY, ageGroupOrNull, ageGroupOrNull);
    }

    /** Active or not: instructors' services keep pointing at deactivated entries. */
    public Optional<CatalogEntry> service(String id) {
        return jdbc.queryOne("SELECT " + ENTRY_COLUMNS + " FROM service_catalog sc WHERE sc.id = ?", ENTRY, id);
    }

    public Optional<CatalogEntry> serviceBySlug(String slug) {
        return jdbc.queryOne("SELECT " + ENTRY_COLUMNS + " FROM service_catalog sc WHERE sc.slug = ?", ENTRY, slug);
    }
}
