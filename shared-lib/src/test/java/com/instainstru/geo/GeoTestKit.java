package com.instainstru.geo;

import com.instainstru.geo.regions.RegionRepository;
import com.instainstru.geo.regions.RegionService;
import com.instainstru.instructors.areas.InstructorAccess;
import com.instainstru.instructors.areas.InstructorStandingRepository;
import com.instainstru.instructors.areas.ServiceAreaRepository;
import com.instainstru.instructors.areas.ServiceAreaService;
import com.instainstru.instructors.places.PreferredPlaceRepository;
import com.instainstru.instructors.places.PreferredPlaceService;
import com.instainstru.instructors.publicprofile.InstructorListings;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Regions, service areas and preferred places wired by hand over this run's database (with V5's development
 * polygons). Instructor profiles are plain rows here: the profile service is not what these tests are about.
 */
public final class GeoTestKit {

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    public final TestPlatform platform = new TestPlatform(clock);
    public final Cache cache = new Cache(new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250)),
            platform.json, platform.tx, clock);
    public final InstructorListings listings = new InstructorListings(cache);
    public final RegionService regions = new RegionService(new RegionRepository(platform.jdbc));
    public final InstructorAccess access = new InstructorAccess(new InstructorStandingRepository(platform.jdbc));
    public final ServiceAreaService serviceAreas = new ServiceAreaService(
            new ServiceAreaRepository(platform.jdbc, platform.json), access, listings, platform.tx, clock);
    public final CoordinateJitter jitter = new CoordinateJitter();
    public final PreferredPlaceService places = new PreferredPlaceService(new PreferredPlaceRepository(platform.jdbc),
            access, jitter, listings, platform.tx, platform.ids, clock);

    /** A user with an instructor profile that is not live yet. */
    public String instructor() {
        String id = user();
        platform.jdbc.update("""
                INSERT INTO instructor_profiles (user_id, bio, years_experience, created_at, updated_at)
                VALUES (?, 'Patient teacher of many things, twenty years in Brooklyn.', 5, ?, ?)
                """, id, clock.instant(), clock.instant());
        return id;
    }

    /** A user without an instructor profile. */
    public String user() {
        String id = platform.ids.newId();
        platform.jdbc.update("""
                INSERT INTO users (id, email, first_name, last_name, password_hash, tokens_valid_after, created_at,
                                   updated_at)
                VALUES (?, ?, 'Gia', 'Geo', 'x', ?, ?, ?)
                """, id, "geo-" + UUID.randomUUID() + "@example.test", clock.instant(), clock.instant(),
                clock.instant());
        return id;
    }

    public String liveInstructor() {
        String id = instructor();
        goLive(id);
        return id;
    }

    public void goLive(String instructorId) {
        platform.jdbc.update("UPDATE instructor_profiles SET bgc_status = 'passed', is_live = true WHERE user_id = ?",
                instructorId);
    }

    public void suspend(String userId) {
        platform.jdbc.update("UPDATE users SET account_status = 'suspended' WHERE id = ?", userId);
    }

    /**
     * Adds an active service in the student_location format (the instructor travels), for a catalog service of
     * its own so that these tests do not depend on the catalog seed.
     */
    public String offerTravel(String instructorId) {
        String suffix = platform.ids.newId().toLowerCase();
        String categoryId = platform.ids.newId();
        String subcategoryId = platform.ids.newId();
        String catalogId = platform.ids.newId();
        platform.jdbc.update("INSERT INTO service_categories (id, name, slug) VALUES (?, ?, ?)", categoryId,
                "Geo test " + suffix, "geo-test-" + suffix);
        platform.jdbc.update("INSERT INTO service_subcategories (id, category_id, name, slug) VALUES (?, ?, ?, ?)",
                subcategoryId, categoryId, "Geo test", "geo-test");
        platform.jdbc.update("INSERT INTO service_catalog (id, subcategory_id, name, slug) VALUES (?, ?, ?, ?)",
                catalogId, subcategoryId, "Geo test lesson", "geo-test-lesson-" + suffix);
        String serviceId = platform.ids.newId();
        platform.jdbc.update("""
                INSERT INTO instructor_services (id, instructor_id, service_catalog_id, duration_options, age_groups,
                                                 offers_travel, created_at, updated_at)
                VALUES (?, ?, ?, '{60}', '{adults}', true, ?, ?)
                """, serviceId, instructorId, catalogId, clock.instant(), clock.instant());
        return serviceId;
    }

    public void deactivateService(String serviceId) {
        platform.jdbc.update("UPDATE instructor_services SET is_active = false WHERE id = ?", serviceId);
    }

    /** The id of a V5 region by its code, e.g. {@code park-slope}. */
    public String region(String code) {
        return platform.jdbc.queryOne("SELECT id FROM region_boundaries WHERE region_code = ?", row -> row.trimmed("id"),
                code).orElseThrow(() -> new AssertionError("no region " + code));
    }

    public List<String> regionCodesOf(String instructorId) {
        return platform.jdbc.query("""
                SELECT r.region_code FROM instructor_service_areas a JOIN region_boundaries r ON r.id = a.region_id
                 WHERE a.instructor_id = ? ORDER BY r.region_code
                """, row -> row.string("region_code"), instructorId);
    }

    public List<String> placeAddressesOf(String instructorId) {
        return platform.jdbc.query("""
                SELECT address FROM instructor_preferred_places WHERE instructor_id = ? ORDER BY kind DESC, position
                """, row -> row.string("address"), instructorId);
    }
}
