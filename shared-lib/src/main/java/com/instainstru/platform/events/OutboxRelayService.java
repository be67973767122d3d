package com.instainstru.platform.events;

import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes due outbox events: claim a bounded batch (oldest first) and commit, publish in chunks of
 * {@link EventPublisher#MAX_BATCH} outside any transaction, then record each event's outcome in a new
 * transaction. An event is marked sent only after its own entry succeeded; failed entries are retried
 * by a later run with exponential backoff. "Now" is whatever the caller says (the scheduled event's time).
 */
@ApplicationScoped
public class OutboxRelayService {

    private static final Logger LOG = Logger.getLogger(OutboxRelayService.class);
    static final Duration CLAIM_DURATION = Duration.ofMinutes(2);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofMinutes(15);

    private final OutboxRepository outbox;
    private final EventPublisher publisher;
    private final Transactions tx;
    private final int batchSize;

    public OutboxRelayService(OutboxRepository outbox, EventPublisher publisher, Transactions tx,
            @ConfigProperty(name = "instainstru.outbox.relay-batch-size", defaultValue = "100") int batchSize) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.tx = tx;
        this.batchSize = batchSize;
    }

    public RelayReport relayDue(Instant now) {
        List<PendingEvent> claimed = tx.call(() -> outbox.claimDue(now, batchSize, now.plus(CLAIM_DURATION)));
        List<PendingEvent> failed = new ArrayList<>();
        List<String> publishedIds = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int from = 0; from < claimed.size(); from += EventPublisher.MAX_BATCH) {
            List<PendingEvent> chunk = claimed.subList(from, Math.min(from + EventPublisher.MAX_BATCH, claimed.size()));
            List<PublishResult> results = publishChunk(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                if (results.get(i).isPublished()) {
                    publishedIds.add(chunk.get(i).event().eventId());
                } else {
                    failed.add(chunk.get(i));
                    errors.add(results.get(i).error());
                }
            }
        }
        tx.run(() -> {
            publishedIds.forEach(id -> outbox.markSent(id, now));
            for (int i = 0; i < failed.size(); i++) {
                PendingEvent event = failed.get(i);
                outbox.markFailed(event.event().eventId(), errors.get(i), now.plus(retryDelay(event.attempts() + 1)));
            }
        });
        if (!failed.isEmpty()) {
            LOG.warnf("outbox relay: %d of %d events not published; first error: %s", failed.size(), claimed.size(),
                    errors.get(0));
        }
        return new RelayReport(claimed.size(), publishedIds.size(), failed.size());
    }

    /** 30 s after the first failure, doubling, at most 15 minutes. */
    static Duration retryDelay(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 10);
        Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }

    private List<PublishResult> publishChunk(List<PendingEvent> chunk) {
        List<DomainEvent> events = chunk.stream().map(PendingEvent::event).toList();
        try {
            return publisher.publish(events);
        } catch (RuntimeException e) {
            LOG.warnf(e, "outbox relay: publishing %d events failed", events.size());
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            return events.stream().map(event -> PublishResult.failed(event.eventId(), error)).toList();
        }
    }
}
