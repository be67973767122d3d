package com.instainstru.platform.ratelimit.schema;

/** New parameters of a bucket, all required: requests per minute (1 or more), burst (0 or more), shadow mode. */
public record BucketUpdateRequest(Integer ratePerMinute, Integer burst, Boolean shadow) {
}
