package com.instainstru.platform.ratelimit.schema;

import java.util.List;

/** Every bucket with the parameters in force, and every route override. Warm functions apply changes within 60 s. */
public record RateLimitSettingsResponse(List<BucketSetting> buckets, List<RouteOverrideSetting> routes) {
}
