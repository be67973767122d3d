package com.instainstru.platform.ratelimit;

import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.ratelimit.RateLimitConfigRepository.RouteOverride;
import com.instainstru.platform.ratelimit.schema.BucketSetting;
import com.instainstru.platform.ratelimit.schema.BucketUpdateRequest;
import com.instainstru.platform.ratelimit.schema.RateLimitSettingsResponse;
import com.instainstru.platform.ratelimit.schema.RouteKeyRequest;
import com.instainstru.platform.ratelimit.schema.RouteOverrideRequest;
import com.instainstru.platform.ratelimit.schema.RouteOverrideSetting;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Run-time administration of rate limits (reference §23): the buckets defined in code can be retuned or put in
 * shadow mode, and single routes moved to another bucket. Only buckets defined in code can be configured;
 * {@code financial} is never shadowed. Every change is audited in the transaction that makes it; writes go
 * through {@link RateLimitConfigService}, so this instance applies them at once and warm ones within 60 s.
 */
@ApplicationScoped
public class RateLimitAdminService {

    static final String BUCKET_UPDATED = "ratelimit.bucket_updated";
    static final String BUCKET_RESET = "ratelimit.bucket_reset";
    static final String ROUTE_OVERRIDE_SET = "ratelimit.route_override_set";
    static final String ROUTE_OVERRIDE_REMOVED = "ratelimit.route_override_removed";

    private final RateLimitConfigService config;
    private final RateLimitConfigRepository repository;
    private final AuditService audit;
    private final Transactions tx;

    public RateLimitAdminService(RateLimitConfigService config, RateLimitConfigRepository repository,
            AuditService audit, Transactions tx) {
        this.config = config;
        this.repository = repository;
        this.audit = audit;
        this.tx = tx;
    }

    /** Every bucket defined in code or configured, with what is in force, and every route override. */
    public RateLimitSettingsResponse settings() {
        return tx.call(() -> {
            Map<String, Bucket> stored = storedBuckets();
            TreeSet<String> names = new TreeSet<>(RateLimitBuckets.defaults().keySet());
            names.addAll(stored.keySet());
            List<BucketSetting> buckets = names.stream().map(name -> setting(name, stored)).toList();
            List<RouteOverrideSetting> routes = repository.routeOverrides().stream()
                    .map(RateLimitAdminService::setting)
                    .sorted(Comparator.comparing(RouteOverrideSetting::route))
                    .toList();
            return new RateLimitSettingsResponse(buckets, routes);
        });
    }

    /**
     * Replaces the parameters of a bucket defined in code. 404 {@code UNKNOWN_BUCKET} for other names, 400 for
     * missing or out-of-range values, 422 {@code FINANCIAL_NEVER_SHADOWED}.
     */
    public BucketSetting updateBucket(String actorId, String bucket, BucketUpdateRequest request) {
        requireKnownBucket(bucket);
        FieldRules.check()
                .required("ratePerMinute", request.ratePerMinute())
                .rule(request.ratePerMinute() == null
                        || request.ratePerMinute() >= 1 && request.ratePerMinute() <= Bucket.MAX_RATE_PER_MINUTE,
                        "ratePerMinute", "range", "ratePerMinute must be between 1 and " + Bucket.MAX_RATE_PER_MINUTE)
                .required("burst", request.burst())
                .rule(request.burst() == null || request.burst() >= 0 && request.burst() <= Bucket.MAX_BURST,
                        "burst", "range", "burst must be between 0 and " + Bucket.MAX_BURST)
                .required("shadow", request.shadow())
                .orThrow();
        if (RateLimitBuckets.FINANCIAL.equals(bucket) && request.shadow()) {
            throw new BusinessRuleException("FINANCIAL_NEVER_SHADOWED",
                    "The financial bucket protects money operations and is always enforced; it cannot be shadowed");
        }
        return tx.call(() -> {
            BucketSetting before = setting(bucket, storedBuckets());
            config.updateBucket(bucket, request.ratePerMinute(), request.burst(), request.shadow(), updatedBy(actorId));
            BucketSetting after = setting(bucket, storedBuckets());
            audit.record(actorId, BUCKET_UPDATED, bucketEntity(bucket), before, after);
            return after;
        });
    }

    /** Drops a bucket's run-time parameters so its code defaults apply again. 404 when it has none. */
    public BucketSetting resetBucket(String actorId, String bucket) {
        requireKnownBucket(bucket);
        return tx.call(() -> {
            BucketSetting before = setting(bucket, storedBuckets());
            if (!config.resetBucket(bucket)) {
                throw new ResourceNotFoundException("BUCKET_NOT_OVERRIDDEN",
                        "The bucket '" + bucket + "' already uses its defaults");
            }
            BucketSetting after = setting(bucket, storedBuckets());
            audit.record(actorId, BUCKET_RESET, bucketEntity(bucket), before, after);
            return after;
        });
    }

    /** Routes {@code request.route} through {@code request.bucket} (a bucket defined in code). */
    public RouteOverrideSetting setRouteOverride(String actorId, RouteOverrideRequest request) {
        FieldRules rules = FieldRules.check();
        route(rules, request.route());
        rules.required("bucket", request.bucket())
                .rule(request.bucket() == null || RateLimitBuckets.defaults().containsKey(request.bucket()),
                        "bucket", "known_bucket", "bucket must be one of " + knownBuckets())
                .orThrow();
        return tx.call(() -> {
            Optional<RouteOverrideSetting> before = routeOverride(request.route());
            config.updateRouteOverride(request.route(), request.bucket(), updatedBy(actorId));
            RouteOverrideSetting after = new RouteOverrideSetting(request.route(), request.bucket());
            audit.record(actorId, ROUTE_OVERRIDE_SET, routeEntity(request.route()), before.orElse(null), after);
            return after;
        });
    }

    /** Lets the route use its code's bucket again. 404 when the route has no override. */
    public void removeRouteOverride(String actorId, RouteKeyRequest request) {
        FieldRules rules = FieldRules.check();
        route(rules, request.route());
        rules.orThrow();
        tx.run(() -> {
            RouteOverrideSetting before = routeOverride(request.route()).orElseThrow(() ->
                    new ResourceNotFoundException("ROUTE_OVERRIDE_NOT_FOUND",
                            "The route '" + request.route() + "' has no override"));
            config.removeRouteOverride(request.route());
            audit.record(actorId, ROUTE_OVERRIDE_REMOVED, routeEntity(request.route()), before, null);
        });
    }

    private static void route(FieldRules rules, String route) {
        rules.required("route", route)
                .rule(route == null || RateLimitConfigService.ROUTE.matcher(route).matches(), "route", "route_key",
                        "route must be an HTTP method, one space and a path template, e.g. 'POST /api/v1/bookings'");
    }

    private Map<String, Bucket> storedBuckets() {
        return repository.buckets().stream().collect(Collectors.toMap(Bucket::name, Function.identity()));
    }

    private Optional<RouteOverrideSetting> routeOverride(String route) {
        return repository.routeOverrides().stream()
                .filter(override -> override.route().equals(route))
                .map(RateLimitAdminService::setting)
                .findFirst();
    }

    private static BucketSetting setting(String name, Map<String, Bucket> stored) {
        Bucket bucket = RateLimitBuckets.enforceable(stored.getOrDefault(name, RateLimitBuckets.defaults().get(name)));
        return new BucketSetting(name, bucket.ratePerMinute(), bucket.burst(), bucket.shadow(),
                stored.containsKey(name) ? BucketSetting.OVERRIDE : BucketSetting.DEFAULT,
                RateLimitBuckets.FINANCIAL.equals(name));
    }

    private static RouteOverrideSetting setting(RouteOverride override) {
        return new RouteOverrideSetting(override.route(), override.bucket());
    }

    private static void requireKnownBucket(String bucket) {
        if (!RateLimitBuckets.defaults().containsKey(bucket)) {
            throw new ResourceNotFoundException("UNKNOWN_BUCKET", "There is no rate-limit bucket named '" + bucket
                    + "'; known buckets: " + knownBuckets());
        }
    }

    private static String knownBuckets() {
        return String.join(", ", new TreeSet<>(RateLimitBuckets.defaults().keySet()));
    }

    private static String updatedBy(String actorId) {
        return "user:" + actorId;
    }

    private static AuditedEntity bucketEntity(String bucket) {
        return new AuditedEntity(AuditedEntity.RATE_LIMIT_BUCKET, bucket);
    }

    private static AuditedEntity routeEntity(String route) {
        return new AuditedEntity(AuditedEntity.RATE_LIMIT_ROUTE, route);
    }
}
