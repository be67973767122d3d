package com.instainstru.local.eventbridge;

import java.util.Objects;

/**
 * An SQS queue a rule sends matching events to.
 *
 * @param id the target's id within its rule, as in the template
 * @param queue the queue's URL ({@code http://host/account/name}) or ARN ({@code arn:aws:sqs:region:account:name})
 */
public record Target(String id, String queue) {

    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(queue, "queue");
        if (queue.isBlank()) {
            throw new IllegalArgumentException("target " + id + " names no queue");
        }
    }

    /** The queue's name: the last segment of its URL or ARN. */
    public String queueName() {
        String trimmed = queue.endsWith("/") ? queue.substring(0, queue.length() - 1) : queue;
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.startsWith("arn:") ? trimmed.lastIndexOf(':') : -1);
        return trimmed.substring(cut + 1);
    }
}
