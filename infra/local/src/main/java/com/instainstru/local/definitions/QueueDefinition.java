package com.instainstru.local.definitions;

/** An {@code AWS::SQS::Queue}; {@code deadLetterQueue} is null for a queue without a redrive policy. */
public record QueueDefinition(String logicalId, int visibilityTimeoutSeconds, String deadLetterQueue,
        int maxReceiveCount) {
}
