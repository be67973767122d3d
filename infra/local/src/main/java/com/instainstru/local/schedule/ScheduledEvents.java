package com.instainstru.local.schedule;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The event EventBridge sends a target when a schedule rule fires. */
public final class ScheduledEvents {

    private ScheduledEvents() {
    }

    /** The "Scheduled Event" envelope; {@code time} is written to the second, e.g. {@code 2026-11-28T09:00:00Z}. */
    public static ObjectNode json(String ruleArn, Instant time, String id, String account, String region) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("version", "0");
        event.put("id", id);
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", account);
        event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", region);
        event.putArray("resources").add(ruleArn);
        event.putObject("detail");
        return event;
    }
}
