package com.instainstru.platform.ratelimit;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class RateLimitConfigRepository {

    private final Jdbc jdbc;

    public RateLimitConfigRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<Bucket> buckets() {
        return jdbc.query("SELECT bucket, rate_per_minute, burst, shadow FROM rate_limit_buckets",
                row -> new Bucket(row.string("bucket"), row.integer("rate_per_minute"), row.integer("burst"),
                        row.bool("shadow")));
    }

    public List<RouteOverride> routeOverrides() {
        return jdbc.query("SELECT route, bucket FROM rate_limit_route_overrides",
                row -> new RouteOverride(row.string("route"), row.string("bucket")));
    }

    public void upsertBucket(Bucket bucket, Instant updatedAt, String updatedBy) {
        jdbc.update("""
                INSERT INTO rate_limit_buckets (bucket, rate_per_minute, burst, shadow, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (bucket) DO UPDATE
                   SET rate_per_minute = EXCLUDED.rate_per_minute, burst = EXCLUDED.burst,
                       shadow = EXCLUDED.shadow, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
                """, bucket.name(), bucket.ratePerMinute(), bucket.burst(), bucket.shadow(), updatedAt, updatedBy);
    }

    public boolean deleteBucket(String bucket) {
        return jdbc.update("DELETE FROM rate_limit_buckets WHERE bucket = ?", bucket) > 0;
    }

    public void upsertRouteOverride(String route, String bucket, Instant updatedAt, String updatedBy) {
        jdbc.update("""
                INSERT INTO rate_limit_route_overrides (route, bucket, updated_at, updated_by)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (route) DO UPDATE
                   SET bucket = EXCLUDED.bucket, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
                """, route, bucket, updatedAt, updatedBy);
    }

    public boolean deleteRouteOverride(String route) {
        return jdbc.update("DELETE FROM rate_limit_route_overrides WHERE route = ?", route) > 0;
    }

    /** A route ({@code "POST /api/v1/bookings"}) that uses another bucket than its code says. */
    public record RouteOverride(String route, String bucket) {
    }
}
