package com.instainstru.search;

import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.platform.testing.MutableClock;
import com.instainstru.search.schema.SearchRequest;
import com.instainstru.search.schema.SearchResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Search wired by hand over this run's database, and instructors written with plain SQL (the profile,
 * service and area services are other capabilities'). Search reads every live instructor, so
 * {@link #startAlone()} takes all earlier ones off the market (test classes run one after another).
 */
final class SearchTestKit {

    static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    /** Central Park, the point most tests search from. */
    static final GeoPoint PARK = new GeoPoint(40.7829, -73.9654);
    static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    final MutableClock clock = new MutableClock(NOW);
    final TestPlatform platform = new TestPlatform(clock);
    final Jdbc jdbc = platform.jdbc;
    final Cache cache = new Cache(new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250)),
            platform.json, platform.tx, clock);
    final SearchRepository repository = new SearchRepository(jdbc);
    final SearchService service = new SearchService(repository, cache, clock);

    /** No live instructor and no rating from earlier tests take part in this test's searches. */
    void startAlone() {
        jdbc.update("UPDATE instructor_profiles SET is_live = false WHERE is_live");
        jdbc.update("DELETE FROM instructor_ratings");
        cache.invalidateFamily(CacheFamilies.CATALOG); // term resolutions of an older catalog seed
    }

    /** Uncached search with the given parameters (name=value pairs: q, lat, lng, max_price_cents, ...). */
    SearchResponse search(String... pairs) {
        return service.compute(SearchCriteria.from(request(pairs)));
    }

    static SearchRequest request(String... pairs) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            p.put(pairs[i], pairs[i + 1]);
        }
        return new SearchRequest(p.get("q"), p.get("lat"), p.get("lng"), p.get("max_price_cents"), p.get("audience"),
                p.get("skill"), p.get("date"), p.get("limit"), p.get("page"));
    }

    /** A square region of side 2 x halfKm centred on the point; returns its id. */
    String region(double lat, double lng, double halfKm) {
        String id = platform.ids.newId();
        double dLat = halfKm / 111.32;
        double dLng = halfKm / (111.32 * Math.cos(Math.toRadians(lat)));
        jdbc.update("""
                INSERT INTO region_boundaries (id, region_type, region_code, name, boundary, centroid)
                VALUES (?, 'test', ?, 'Test region', ST_Multi(ST_MakeEnvelope(?, ?, ?, ?, 4326)),
                        ST_SetSRID(ST_MakePoint(?, ?), 4326))
                """, id, "r-" + id, lng - dLng, lat - dLat, lng + dLng, lat + dLat, lng, lat);
        return id;
    }

    /** The point {@code km} kilometres north of {@code from}. */
    static GeoPoint north(GeoPoint from, double km) {
        return new GeoPoint(from.lat() + km / 111.32, from.lng());
    }

    String serviceId(String slug) {
        return jdbc.queryOne("SELECT id FROM service_catalog WHERE slug = ?", row -> row.trimmed("id"), slug)
                .orElseThrow(() -> new AssertionError("no catalog service " + slug));
    }

    NewInstructor instructor(String firstName) {
        return new NewInstructor(firstName);
    }

    /** A live instructor as the tests need them; defaults: bio, bgc passed, nothing else; no areas, no days. */
    final class NewInstructor {
        private final String firstName;
        private String lastName = "Tester";
        private boolean founding;
        private String bio = "Patient and structured teacher.";
        private String photo;
        private boolean identityVerified;
        private String responseRate;
        private Instant lastActiveAt;
        private Integer reviews;
        private String rating;
        private final List<Object[]> services = new ArrayList<>();
        private final List<String> regions = new ArrayList<>();
        private final List<LocalDate> availableDays = new ArrayList<>();
        private final List<LocalDate> emptyDays = new ArrayList<>();
        private final List<LocalDate> blackouts = new ArrayList<>();

        private NewInstructor(String firstName) {
            this.firstName = firstName;
        }

        NewInstructor lastName(String value) {
            lastName = value;
            return this;
        }

        NewInstructor founding() {
            founding = true;
            return this;
        }

        NewInstructor bio(String value) {
            bio = value;
            return this;
        }

        NewInstructor photo() {
            photo = "photos/" + UUID.randomUUID() + ".jpg";
            return this;
        }

        NewInstructor identityVerified() {
            identityVerified = true;
            return this;
        }

        NewInstructor responseRate(String pct) {
            responseRate = pct;
            return this;
        }

        NewInstructor lastActive(Duration ago) {
            lastActiveAt = NOW.minus(ago);
            return this;
        }

        NewInstructor rating(String average, int count) {
            rating = average;
            reviews = count;
            return this;
        }

        /** Teaches all ages and levels at one in-person hourly rate. */
        NewInstructor teaches(String slug, int cents) {
            return teaches(slug, "{toddler,kids,teens,adults}", "{beginner,intermediate,advanced}",
                    Map.of("student_location", cents));
        }

        NewInstructor teaches(String slug, String ageGroups, String skillLevels, Map<String, Integer> prices) {
            services.add(new Object[] {slug, ageGroups, skillLevels, prices});
            return this;
        }

        NewInstructor area(String regionId) {
            regions.add(regionId);
            return this;
        }

        /** Free 09:00-12:00 (local) on the day. */
        NewInstructor available(LocalDate day) {
            availableDays.add(day);
            return this;
        }

        /** A row for the day with no minute set. */
        NewInstructor notAvailable(LocalDate day) {
            emptyDays.add(day);
            return this;
        }

        NewInstructor blackout(LocalDate day) {
            blackouts.add(day);
            return this;
        }

        String create() {
            String id = platform.ids.newId();
            jdbc.update("""
                    INSERT INTO users (id, email, first_name, last_name, password_hash, tokens_valid_after,
                                       created_at, updated_at)
                    VALUES (?, ?, ?, ?, 'x', ?, ?, ?)
                    """, id, "search-" + id.toLowerCase() + "@example.test", firstName, lastName, NOW, NOW, NOW);
            jdbc.update("""
                    INSERT INTO instructor_profiles (user_id, bio, years_experience, is_founding_instructor,
                        identity_verified_at, bgc_status, profile_photo_key, response_rate_pct, last_active_at,
                        is_live, went_live_at, created_at, updated_at)
                    VALUES (?, ?, 5, ?, ?, 'passed', ?, CAST(? AS numeric), ?, true, ?, ?, ?)
                    """, id, bio, founding, identityVerified ? NOW : null, photo, responseRate, lastActiveAt, NOW,
                    NOW, NOW);
            if (reviews != null) {
                jdbc.update("INSERT INTO instructor_ratings VALUES (?, ?, CAST(? AS numeric))", id, reviews, rating);
            }
            for (Object[] service : services) {
                String serviceId = platform.ids.newId();
                jdbc.update("""
                        INSERT INTO instructor_services (id, instructor_id, service_catalog_id, duration_options,
                            age_groups, skill_levels, offers_travel, created_at, updated_at)
                        VALUES (?, ?, ?, '{60}', CAST(? AS text[]), CAST(? AS text[]), true, ?, ?)
                        """, serviceId, id, serviceId((String) service[0]), service[1], service[2], NOW, NOW);
                @SuppressWarnings("unchecked")
                Map<String, Integer> prices = (Map<String, Integer>) service[3];
                prices.forEach((format, cents) -> jdbc.update(
                        "INSERT INTO service_format_pricing VALUES (?, ?, ?)", serviceId, format, cents));
            }
            for (String region : regions) {
                jdbc.update("INSERT INTO instructor_service_areas (instructor_id, region_id, created_at) VALUES (?, ?, ?)",
                        id, region, NOW);
            }
            for (LocalDate day : availableDays) {
                byte[] bits = new byte[180];
                for (int minute = 9 * 60; minute < 12 * 60; minute++) {
                    bits[minute / 8] |= (byte) (1 << (minute % 8));
                }
                jdbc.update("INSERT INTO availability_days VALUES (?, ?, ?, ?)", id, day, bits, NOW);
            }
            for (LocalDate day : emptyDays) {
                jdbc.update("INSERT INTO availability_days VALUES (?, ?, ?, ?)", id, day, new byte[180], NOW);
            }
            for (LocalDate day : blackouts) {
                jdbc.update("INSERT INTO blackout_dates (id, instructor_id, blackout_date, created_at) VALUES (?, ?, ?, ?)",
                        platform.ids.newId(), id, day, NOW);
            }
            return id;
        }
    }
}
