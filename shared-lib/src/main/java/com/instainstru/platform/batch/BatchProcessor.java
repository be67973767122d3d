package com.instainstru.platform.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Partial batch failures for queue workers: every message is handled on its own and the ids of the
 * failed ones are returned, so only those are retried (and after maxReceiveCount reach the DLQ).
 * For a FIFO batch the first failure also fails every later message, to keep the group's order.
 */
public final class BatchProcessor {

    private static final Logger LOG = Logger.getLogger(BatchProcessor.class);

    private BatchProcessor() {
    }

    public static List<String> process(List<BatchMessage> messages, Consumer<BatchMessage> handler) {
        List<String> failed = new ArrayList<>();
        for (BatchMessage message : messages) {
            if (!failed.isEmpty() && message.groupId() != null) {
                failed.add(message.messageId());
                continue;
            }
            try {
                handler.accept(message);
            } catch (RuntimeException e) {
                LOG.errorf(e, "message %s failed; reporting it as a batch item failure", message.messageId());
                failed.add(message.messageId());
            }
        }
        return failed;
    }
}
