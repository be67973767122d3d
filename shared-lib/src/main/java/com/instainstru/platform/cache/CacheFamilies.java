package com.instainstru.platform.cache;

import java.time.Duration;

/**
 * The platform's cache families with the TTLs of the original platform (reference §8 public availability,
 * §22 search and catalog, §31 endpoint catalogue). One place to see every key family.
 */
public final class CacheFamilies {

    /**
     * Public instructor profile. The reference names no TTL for it; 5 minutes matches the search and
     * public-availability entries that embed profile data, and profile writes invalidate after commit.
     */
    public static final CacheFamily INSTRUCTOR_PROFILE = new CacheFamily("instructor-profile", Duration.ofMinutes(5));

    /** Catalog taxonomy: categories, browse lists, category trees, subcategory filters (cached 1 h). */
    public static final CacheFamily CATALOG = new CacheFamily("catalog", Duration.ofHours(1));

    /** Catalog services: subcategory detail, services of a subcategory, one service's detail (cached 30 min). */
    public static final CacheFamily CATALOG_SERVICES = new CacheFamily("catalog-services", Duration.ofMinutes(30));

    /** Public availability of an instructor for students (cache TTL 300 s). */
    public static final CacheFamily PUBLIC_AVAILABILITY =
            new CacheFamily("public-availability", Duration.ofSeconds(300));

    /** Search responses (5 min). */
    public static final CacheFamily SEARCH_RESULTS = new CacheFamily("search-results", Duration.ofMinutes(5));

    /** Search responses computed in degraded mode (budget exhausted, tiers skipped): 30 s. */
    public static final CacheFamily SEARCH_RESULTS_DEGRADED =
            new CacheFamily("search-results-degraded", Duration.ofSeconds(30));

    /**
     * A user's {@code tokens_valid_after}, read by every function to reject revoked access tokens. Changes
     * invalidate it after commit; the TTL bounds how long a missed invalidation (Redis down) can last.
     */
    public static final CacheFamily SESSION_CUTOFF = new CacheFamily("session-cutoff", Duration.ofMinutes(5));

    private CacheFamilies() {
    }
}
