package com.instainstru.platform.ratelimit;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The buckets defined in code and the rules that turn defaults plus runtime overrides into the bucket a
 * check uses. Callers name buckets by these constants; a name without a definition (e.g. {@code search})
 * gets the parameters of {@link #READ} under its own name, so it still has its own Redis keys.
 */
public final class RateLimitBuckets {

    public static final String AUTH_BOOTSTRAP = "auth_bootstrap";
    public static final String AUTH_REFRESH = "auth_refresh";
    /** Login, 2FA and email-verification attempts per IP; GCRA form of the original's 20/min/IP window. */
    public static final String AUTH_LOGIN = "auth_login";
    public static final String READ = "read";
    public static final String WRITE = "write";
    /** Public search: READ's parameters under its own keys, so operators can tighten it alone at run time. */
    public static final String SEARCH = "search";
    /** Booking creation and rescheduling per user: the original's 20 attempts a minute, a small burst for retries. */
    public static final String BOOKING = "booking";
    /** Check-availability per user: the original's 30 a minute. */
    public static final String BOOKING_CHECK = "booking_check";
    /** Keyed per user and conversation: identity {@code user:{id}:conv:{conversationId}}. */
    public static final String CONV_MSG = "conv_msg";
    public static final String VIDEO = "video";
    public static final String WEBHOOK = "webhook";
    /** Checkout, Connect onboarding, identity session, payout schedule. Never shadowed, fails closed. */
    public static final String FINANCIAL = "financial";
    public static final String ADMIN = "admin";
    public static final String ADMIN_INVITE = "admin_invite";
    public static final String BIO_GENERATE = "bio_generate";
    /**
     * Our own requests to Stripe, all functions together (identity {@code platform}): 80/s against Stripe's live
     * limit of 100/s, leaving room for retries and the dashboard.
     */
    public static final String STRIPE_OUTBOUND = "stripe_outbound";

    private static final Logger LOG = Logger.getLogger(RateLimitBuckets.class);

    private static final Map<String, Bucket> DEFAULTS = Stream.of(
                    new Bucket(AUTH_BOOTSTRAP, 100, 20, false),
                    new Bucket(AUTH_REFRESH, 10, 2, false),
                    new Bucket(AUTH_LOGIN, 20, 5, false),
                    new Bucket(READ, 120, 20, false),
                    new Bucket(WRITE, 30, 10, false),
                    new Bucket(BOOKING, 20, 5, false),
                    new Bucket(BOOKING_CHECK, 30, 10, false),
                    new Bucket(CONV_MSG, 60, 10, false),
                    new Bucket(VIDEO, 30, 5, false),
                    new Bucket(WEBHOOK, 120, 20, false),
                    new Bucket(FINANCIAL, 5, 0, false),
                    new Bucket(ADMIN, 60, 10, false),
                    new Bucket(ADMIN_INVITE, 10, 2, false),
                    new Bucket(BIO_GENERATE, 5, 1, false),
                    new Bucket(STRIPE_OUTBOUND, 4_800, 20, false))
            .collect(Collectors.toUnmodifiableMap(Bucket::name, Function.identity()));

    private RateLimitBuckets() {
    }

    /** The buckets defined in code, by name. */
    public static Map<String, Bucket> defaults() {
        return DEFAULTS;
    }

    /**
     * The effective bucket for {@code name}: a runtime override replaces the default as a whole; an undefined
     * name falls back to the effective {@link #READ} bucket (overrides included).
     */
    static Bucket resolve(String name, Map<String, Bucket> overrides) {
        Bucket own = overrides.getOrDefault(name, DEFAULTS.get(name));
        if (own != null) {
            return own;
        }
        return overrides.getOrDefault(READ, DEFAULTS.get(READ)).withName(name);
    }

    /** Money operations are always enforced: a configuration that shadows {@link #FINANCIAL} is ignored. */
    static Bucket enforceable(Bucket bucket) {
        if (FINANCIAL.equals(bucket.name()) && bucket.shadow()) {
            LOG.warnf("ignoring shadow mode for rate-limit bucket '%s': it is always enforced", FINANCIAL);
            return bucket.withShadow(false);
        }
        return bucket;
    }
}
