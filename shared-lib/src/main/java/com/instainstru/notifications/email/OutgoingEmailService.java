package com.instainstru.notifications.email;

import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * How a domain service sends email: inside its own transaction it queues the message here, which writes
 * the {@code outbound_emails} row and an {@value EmailRequested#EVENT_TYPE} outbox event together. The email
 * therefore goes out exactly when the change that caused it commits, and never when it rolls back; the
 * event worker delivers it ({@link EmailDeliveryService}).
 */
@ApplicationScoped
public class OutgoingEmailService {

    private final OutboundEmailRepository emails;
    private final OutboxService outbox;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public OutgoingEmailService(OutboundEmailRepository emails, OutboxService outbox, Transactions tx,
            IdGenerator ids, Clock clock) {
        this.emails = emails;
        this.outbox = outbox;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    /** Joins the caller's transaction (or opens one). Returns the email's id. */
    public String queue(OutgoingEmail email) {
        return tx.call(() -> {
            String id = ids.newId();
            emails.insert(id, email, clock.instant());
            outbox.emit(EmailRequested.EVENT_TYPE, EmailRequested.AGGREGATE_TYPE, id, new EmailRequested(id));
            return id;
        });
    }
}
