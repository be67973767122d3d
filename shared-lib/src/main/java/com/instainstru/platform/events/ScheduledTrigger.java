package com.instainstru.platform.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The event an EventBridge {@code Schedule} rule sends to a function. Scheduled handlers take "now" from
 * {@code time}, so a test or a replay can run them at any instant. (Own record: Quarkus' event mapper
 * does not map the hyphenated {@code detail-type} of AWS's ScheduledEvent class.)
 */
public record ScheduledTrigger(
        String id,
        @JsonProperty("detail-type") String detailType,
        String source,
        Instant time,
        List<String> resources) {

    public Instant requireTime() {
        if (time == null) {
            throw new IllegalArgumentException("scheduled event " + id + " has no time");
        }
        return time;
    }
}
