package com.instainstru.functions.instructors;

import static io.restassured.RestAssured.given;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.ids.IdGenerator;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Rows the geo routes need that other features own: instructor profiles (plain rows; the profile service is
 * built elsewhere), going live, a service offering travel, and V5's region ids by code.
 */
@ApplicationScoped
public class GeoFixtures {

    private final Jdbc jdbc;
    private final IdGenerator ids;
    private final Clock clock;

    public GeoFixtures(Jdbc jdbc, IdGenerator ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType("application/json");
    }

    static RequestSpecification anonymous() {
        return given().contentType("application/json");
    }

    public void profile(String userId) {
        jdbc.update("""
                INSERT INTO instructor_profiles (user_id, bio, years_experience, created_at, updated_at)
                VALUES (?, 'Guitar and piano for all ages, in your living room or mine.', 8, ?, ?)
                """, userId, clock.instant(), clock.instant());
    }

    public void goLive(String userId) {
        jdbc.update("UPDATE instructor_profiles SET bgc_status = 'passed', is_live = true WHERE user_id = ?", userId);
    }

    public void offerTravel(String userId) {
        String suffix = ids.newId().toLowerCase();
        String category = ids.newId();
        String subcategory = ids.newId();
        String catalog = ids.newId();
        jdbc.update("INSERT INTO service_categories (id, name, slug) VALUES (?, ?, ?)", category, "Geo " + suffix,
                "geo-" + suffix);
        jdbc.update("INSERT INTO service_subcategories (id, category_id, name, slug) VALUES (?, ?, 'Geo', 'geo')",
                subcategory, category);
        jdbc.update("INSERT INTO service_catalog (id, subcategory_id, name, slug) VALUES (?, ?, 'Geo lesson', ?)",
                catalog, subcategory, "geo-lesson-" + suffix);
        jdbc.update("""
                INSERT INTO instructor_services (id, instructor_id, service_catalog_id, duration_options, age_groups,
                                                 offers_travel, created_at, updated_at)
                VALUES (?, ?, ?, '{60}', '{adults}', true, ?, ?)
                """, ids.newId(), userId, catalog, clock.instant(), clock.instant());
    }

    public String region(String code) {
        return jdbc.queryOne("SELECT id FROM region_boundaries WHERE region_code = ?", row -> row.trimmed("id"), code)
                .orElseThrow();
    }
}
