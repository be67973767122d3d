package com.instainstru.platform.ratelimit;

import com.instainstru.platform.errors.DependencyUnavailableException;
import com.instainstru.platform.errors.RateLimitedException;
import com.instainstru.platform.ratelimit.GcraScript.GcraResult;
import com.instainstru.platform.redis.RedisConnection;
import io.lettuce.core.RedisException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * GCRA rate limits in Redis, one atomic script call per decision, keyed {@code rl:{bucket}:{identity}}.
 *
 * <p>Usage, typically in a request filter: the bucket is {@code config.bucketForRoute(route)} or else the one
 * the endpoint names; {@code decision = check(bucket, identity)}; put {@code decision.headers()} on the response
 * (replacing, not adding: the problem mapper also sets {@code Retry-After}); then {@link #enforce}, which throws
 * {@link RateLimitedException} (429). A denial is a value, not an exception, so the caller can always send the
 * headers.
 *
 * <p>Shadowed buckets never block; their would-be denials are logged and counted ({@link #shadowDenials}).
 * When Redis cannot be reached, every bucket fails open (counted in {@link #failOpenCount}, warned about at
 * most once a minute) except {@code financial}, which fails closed with a 503.
 */
@ApplicationScoped
public class RateLimiter {

    static final Duration FAIL_OPEN_WARNING_INTERVAL = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final Pattern IDENTITY = Pattern.compile("\\S{1,200}");

    private final RedisConnection redis;
    private final RateLimitConfigService config;
    private final Clock clock;
    private final GcraScript script = new GcraScript();
    private final Map<String, LongAdder> shadowDenials = new ConcurrentHashMap<>();
    private final LongAdder failOpen = new LongAdder();
    private final AtomicReference<Instant> nextFailOpenWarning = new AtomicReference<>(Instant.MIN);

    public RateLimiter(RedisConnection redis, RateLimitConfigService config, Clock clock) {
        this.redis = redis;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Spends one request of {@code identity} in the bucket in force for {@code bucketName}.
     *
     * @param identity who is limited, built by the caller: {@code user:{id}}, {@code ip:{address}}, or for
     *        {@code conv_msg} {@code user:{id}:conv:{conversationId}}; no whitespace, at most 200 characters
     * @throws DependencyUnavailableException when Redis is unreachable and the bucket is {@code financial}
     */
    public RateLimitDecision check(String bucketName, String identity) {
        if (identity == null || !IDENTITY.matcher(identity).matches()) {
            throw new IllegalArgumentException("rate-limit identity must be 1-200 non-blank characters: " + identity);
        }
        Bucket bucket = config.bucket(bucketName);
        GcraResult result;
        try {
            result = script.evaluate(redis.commands(), key(bucket.name(), identity), bucket);
        } catch (RedisException e) {
            return redisUnavailable(bucket, e);
        }
        RateLimitDecision decision = RateLimitDecision.evaluated(bucket, result);
        if (decision.wouldDeny() && decision.shadow()) {
            shadowDenials.computeIfAbsent(bucket.name(), name -> new LongAdder()).increment();
            LOG.infof("rate limit would deny (shadow mode): bucket=%s identity=%s retryAfterMs=%d", bucket.name(),
                    fingerprint(identity), decision.retryAfter().toMillis());
        }
        return decision;
    }

    /** Throws {@link RateLimitedException} (429, Retry-After in whole seconds rounded up) for a denial. */
    public void enforce(RateLimitDecision decision) {
        if (!decision.allowed()) {
            long seconds = decision.retryAfterSeconds();
            throw new RateLimitedException("Too many requests for '" + decision.bucket() + "'; retry in " + seconds
                    + " s", Duration.ofSeconds(seconds));
        }
    }

    /** Requests of a shadowed bucket that enforcement would have denied, since this instance started. */
    public long shadowDenials(String bucket) {
        LongAdder count = shadowDenials.get(bucket);
        return count == null ? 0 : count.sum();
    }

    /** Requests let through unmetered because Redis was unreachable, since this instance started. */
    public long failOpenCount() {
        return failOpen.sum();
    }

    static String key(String bucket, String identity) {
        return "rl:" + bucket + ":" + identity;
    }

    private RateLimitDecision redisUnavailable(Bucket bucket, RedisException cause) {
        if (RateLimitBuckets.FINANCIAL.equals(bucket.name())) {
            throw new DependencyUnavailableException("Redis", Duration.ofSeconds(1), cause);
        }
        failOpen.increment();
        Instant now = clock.instant();
        Instant due = nextFailOpenWarning.get();
        if (!now.isBefore(due) && nextFailOpenWarning.compareAndSet(due, now.plus(FAIL_OPEN_WARNING_INTERVAL))) {
            LOG.warnf("Redis unreachable: rate limits fail open (%d requests unmetered so far, financial fails"
                    + " closed): %s", failOpen.sum(), cause.toString());
        }
        return RateLimitDecision.failedOpen(bucket);
    }

    /** Logs name a hash of the identity, not the IP address or user id itself. */
    private static String fingerprint(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
