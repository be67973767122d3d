package com.instainstru.notifications.email;

import com.instainstru.notifications.email.resend.ResendClient;
import com.instainstru.notifications.email.resend.ResendEmailRequest;
import com.instainstru.notifications.email.resend.ResendException;
import com.instainstru.platform.events.DomainEvent;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers a queued email when its {@value EmailRequested#EVENT_TYPE} event arrives. The row's status makes
 * it idempotent: only a pending email is sent, so a redelivered event does nothing. Resend is called outside
 * any transaction with the row id as idempotency key (a crash between Resend's answer and recording it is
 * covered by Resend answering the retry with the first result); the outcome is recorded in a new
 * transaction, and the bodies (which may hold codes or reset links) are scrubbed.
 *
 * <p>A refusal of the email itself marks it failed and is not retried; anything retryable is thrown so the
 * queue delivers the event again and, after its last receive, dead-letters it.
 */
@ApplicationScoped
public class EmailDeliveryService {

    public enum Outcome { SENT, REJECTED, ALREADY_HANDLED }

    private static final Logger LOG = Logger.getLogger(EmailDeliveryService.class);

    private final OutboundEmailRepository emails;
    private final ResendClient resend;
    private final Transactions tx;
    private final Clock clock;
    private final String from;

    public EmailDeliveryService(OutboundEmailRepository emails, ResendClient resend, Transactions tx, Clock clock,
            @ConfigProperty(name = "instainstru.email.from") String from) {
        this.emails = emails;
        this.resend = resend;
        this.tx = tx;
        this.clock = clock;
        this.from = from;
    }

    public Outcome deliver(DomainEvent event) {
        String emailId = emailId(event);
        OutboundEmail email = emails.findById(emailId).orElseThrow(() ->
                new IllegalArgumentException("no outbound email " + emailId + " for event " + event.eventId()));
        if (email.status() != EmailStatus.PENDING) {
            LOG.debugf("email %s is already %s; event %s ignored", emailId, email.status().value(), event.eventId());
            return Outcome.ALREADY_HANDLED;
        }
        ResendEmailRequest request = new ResendEmailRequest(from, List.of(email.to()), email.subject(),
                email.textBody(), email.htmlBody());
        String providerId;
        try {
            providerId = resend.send(request, email.id());
        } catch (ResendException e) {
            return refusedOrRetry(email, e);
        }
        tx.run(() -> emails.markSent(emailId, providerId, clock.instant()));
        LOG.infof("email %s (%s) sent, Resend id %s", emailId, email.template(), providerId);
        return Outcome.SENT;
    }

    private Outcome refusedOrRetry(OutboundEmail email, ResendException e) {
        if (e.retryable()) {
            tx.run(() -> emails.recordFailedAttempt(email.id(), e.getMessage()));
            LOG.warnf("email %s (%s) not sent yet, will be retried: %s", email.id(), email.template(), e.getMessage());
            throw e;
        }
        tx.run(() -> emails.markFailed(email.id(), e.getMessage()));
        LOG.errorf("email %s (%s) refused by Resend, not retried: %s", email.id(), email.template(), e.getMessage());
        return Outcome.REJECTED;
    }

    private static String emailId(DomainEvent event) {
        String emailId = event.payload() == null ? null : event.payload().path("emailId").asText(null);
        if (!IdGenerator.isUlid(emailId)) {
            throw new IllegalArgumentException("event " + event.eventId() + " has no valid emailId");
        }
        return emailId;
    }
}
