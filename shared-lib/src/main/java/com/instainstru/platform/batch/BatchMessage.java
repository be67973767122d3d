package com.instainstru.platform.batch;

/** One queue message, independent of the Lambda event types; {@code groupId} is set only for FIFO queues. */
public record BatchMessage(String messageId, String body, String groupId) {
}
