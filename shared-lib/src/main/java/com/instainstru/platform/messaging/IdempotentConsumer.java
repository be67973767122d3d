package com.instainstru.platform.messaging;

import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Runs a message's effect at most once per consumer: the message key is recorded in the same
 * transaction as the effect, so a redelivered message (or an effect that failed and rolled back) is
 * handled correctly. Keys should be business keys (an event id), not transport ids.
 */
@ApplicationScoped
public class IdempotentConsumer {

    public enum Outcome { APPLIED, DUPLICATE }

    private final ProcessedMessageRepository processed;
    private final Transactions tx;
    private final Clock clock;

    public IdempotentConsumer(ProcessedMessageRepository processed, Transactions tx, Clock clock) {
        this.processed = processed;
        this.tx = tx;
        this.clock = clock;
    }

    public Outcome handleOnce(String consumer, String messageKey, String sourceMessageId, Runnable effect) {
        return tx.call(() -> {
            if (!processed.record(consumer, messageKey, sourceMessageId, clock.instant())) {
                return Outcome.DUPLICATE;
            }
            effect.run();
            return Outcome.APPLIED;
        });
    }
}
