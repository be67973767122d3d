package com.instainstru.platform.ratelimit.schema;

/**
 * A rate-limit bucket as it is in force: {@code source} is {@code default} (defined in code) or
 * {@code override} (changed at run time); {@code alwaysEnforced} buckets ({@code financial}) can never be
 * shadowed.
 */
public record BucketSetting(String name, int ratePerMinute, int burst, boolean shadow, String source,
        boolean alwaysEnforced) {

    public static final String DEFAULT = "default";
    public static final String OVERRIDE = "override";
}
