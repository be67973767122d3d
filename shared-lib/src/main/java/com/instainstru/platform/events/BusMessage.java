package com.instainstru.platform.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** An EventBridge event as a rule delivers it to an SQS queue; {@code detail} is our domain event. */
public record BusMessage(
        String id,
        @JsonProperty("detail-type") String detailType,
        String source,
        Instant time,
        DomainEvent detail) {
}
