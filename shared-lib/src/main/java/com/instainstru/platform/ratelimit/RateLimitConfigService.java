package com.instainstru.platform.ratelimit;

import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.ratelimit.RateLimitConfigRepository.RouteOverride;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The buckets and route choices in force: code defaults ({@link RateLimitBuckets}) replaced per bucket by rows
 * of {@code rate_limit_buckets}, and {@code rate_limit_route_overrides}. Both tables are held in memory and
 * re-read once the copy is {@link #MAX_AGE} old by the injected clock, so a warm function picks a change up
 * within a minute without a redeploy and costs the database one read per minute.
 */
@ApplicationScoped
public class RateLimitConfigService {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(RateLimitConfigService.class);
    static final Pattern ROUTE = Pattern.compile("(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) /[^ ]{0,190}");
    private static final int MAX_UPDATED_BY = 64;

    private final RateLimitConfigRepository repository;
    private final Transactions tx;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public RateLimitConfigService(RateLimitConfigRepository repository, Transactions tx, Clock clock) {
        this.repository = repository;
        this.tx = tx;
        this.clock = clock;
    }

    /** The bucket in force for {@code name}; undefined names get the {@code read} parameters. */
    public Bucket bucket(String name) {
        return RateLimitBuckets.resolve(name, current().buckets());
    }

    /**
     * The bucket configured at runtime for a route, written as the method and the route template:
     * {@code "POST /api/v1/bookings/{id}/cancel"}. Empty when the route keeps the bucket its code names.
     */
    public Optional<String> bucketForRoute(String route) {
        return Optional.ofNullable(current().routes().get(route));
    }

    /**
     * Replaces the defaults of one bucket; effective in this instance at once and in every other within
     * {@link #MAX_AGE}. Shadowing {@code financial} is ignored (with a warning): the returned bucket is the one
     * stored.
     */
    public Bucket updateBucket(String name, int ratePerMinute, int burst, boolean shadow, String updatedBy) {
        requireBucketName("bucket", name);
        if (ratePerMinute <= 0 || ratePerMinute > Bucket.MAX_RATE_PER_MINUTE) {
            throw ValidationException.of("ratePerMinute", "range",
                    "ratePerMinute must be between 1 and " + Bucket.MAX_RATE_PER_MINUTE);
        }
        if (burst < 0 || burst > Bucket.MAX_BURST) {
            throw ValidationException.of("burst", "range", "burst must be between 0 and " + Bucket.MAX_BURST);
        }
        requireUpdatedBy(updatedBy);
        Bucket stored = RateLimitBuckets.enforceable(new Bucket(name, ratePerMinute, burst, shadow));
        repository.upsertBucket(stored, clock.instant(), updatedBy);
        invalidate();
        return stored;
    }

    /** Drops the runtime override of a bucket, so its code defaults apply again. */
    public boolean resetBucket(String name) {
        requireBucketName("bucket", name);
        boolean removed = repository.deleteBucket(name);
        invalidate();
        return removed;
    }

    public void updateRouteOverride(String route, String bucket, String updatedBy) {
        requireRoute(route);
        requireBucketName("bucket", bucket);
        requireUpdatedBy(updatedBy);
        repository.upsertRouteOverride(route, bucket, clock.instant(), updatedBy);
        invalidate();
    }

    public boolean removeRouteOverride(String route) {
        requireRoute(route);
        boolean removed = repository.deleteRouteOverride(route);
        invalidate();
        return removed;
    }

    /**
     * Drops the cached configuration once the write has committed (at once when no transaction is open): a
     * reload between the write and its commit would otherwise read the old rows and keep them for MAX_AGE.
     */
    private void invalidate() {
        tx.afterCommit(this::dropSnapshot);
    }

    // Synchronized with reload() so that a reload that read the tables before this write cannot publish
    // its stale copy after the write.
    private synchronized void dropSnapshot() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        return current != null && current.freshAt(now) ? current : reload(now);
    }

    private synchronized Snapshot reload(Instant now) {
        Snapshot current = snapshot;
        if (current != null && current.freshAt(now)) {
            return current; // another thread reloaded meanwhile
        }
        Snapshot next;
        try {
            next = tx.call(() -> load(now)); // one connection for both reads
        } catch (RuntimeException e) {
            // Limits keep working on the last known (or default) configuration; retried after MAX_AGE.
            LOG.warnf("rate-limit configuration not reloaded, keeping the %s one: %s",
                    current == null ? "default" : "previous", e.toString());
            next = current == null
                    ? new Snapshot(Map.of(), Map.of(), now)
                    : new Snapshot(current.buckets(), current.routes(), now);
        }
        snapshot = next;
        return next;
    }

    private Snapshot load(Instant now) {
        Map<String, Bucket> buckets = repository.buckets().stream()
                .map(RateLimitBuckets::enforceable)
                .collect(Collectors.toUnmodifiableMap(Bucket::name, Function.identity()));
        Map<String, String> routes = repository.routeOverrides().stream()
                .collect(Collectors.toUnmodifiableMap(RouteOverride::route, RouteOverride::bucket));
        return new Snapshot(buckets, routes, now);
    }

    private static void requireBucketName(String field, String name) {
        if (name == null || !Bucket.NAME.matcher(name).matches()) {
            throw ValidationException.of(field, "pattern",
                    field + " must be lower-case letters, digits and underscores (at most 50), starting with a letter");
        }
    }

    private static void requireRoute(String route) {
        if (route == null || !ROUTE.matcher(route).matches()) {
            throw ValidationException.of("route", "pattern",
                    "route must be an HTTP method, one space and a path template, e.g. 'POST /api/v1/bookings'");
        }
    }

    private static void requireUpdatedBy(String updatedBy) {
        if (updatedBy == null || updatedBy.isBlank() || updatedBy.length() > MAX_UPDATED_BY) {
            throw ValidationException.of("updatedBy", "length", "updatedBy must be 1 to " + MAX_UPDATED_BY
                    + " characters");
        }
    }

    private record Snapshot(Map<String, Bucket> buckets, Map<String, String> routes, Instant loadedAt) {

        boolean freshAt(Instant now) {
            return now.isBefore(loadedAt.plus(MAX_AGE));
        }
    }
}
