package com.instainstru.local.eventbridge;

/** Delivers an event to an SQS queue; implemented over the embedded SQS by the local runtime. */
@FunctionalInterface
public interface QueueSender {

    /**
     * Sends one message.
     *
     * @param queueUrl the target's queue exactly as the rule names it: its URL, or its ARN when the rule
     *     was given one ({@link Target#queueName()} gives the queue name either way)
     * @param body the event JSON, as EventBridge delivers it to SQS targets
     */
    void send(String queueUrl, String body);
}
