package com.instainstru.notifications.email;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class OutboundEmailRepository {

    private static final String COLUMNS = """
            id, to_address, subject, text_body, html_body, template, status, provider_message_id, attempts,
            last_error, created_at, sent_at""";

    private final Jdbc jdbc;

    public OutboundEmailRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String id, OutgoingEmail email, Instant now) {
        jdbc.update("""
                INSERT INTO outbound_emails (id, to_address, subject, text_body, html_body, template, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, id, email.to(), email.subject(), email.body().text(), email.body().html(), email.template(), now);
    }

    public Optional<OutboundEmail> findById(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM outbound_emails WHERE id = ?",
                OutboundEmailRepository::email, id);
    }

    /** Records the provider's id and scrubs the bodies; false when the email was no longer pending. */
    public boolean markSent(String id, String providerMessageId, Instant sentAt) {
        return jdbc.update("""
                UPDATE outbound_emails
                   SET status = 'sent', provider_message_id = ?, sent_at = ?, attempts = attempts + 1,
                       last_error = NULL, text_body = NULL, html_body = NULL
                 WHERE id = ? AND status = 'pending'
                """, providerMessageId, sentAt, id) == 1;
    }

    /** The provider refused the email for good: keep why, scrub the bodies. */
    public boolean markFailed(String id, String error) {
        return jdbc.update("""
                UPDATE outbound_emails
                   SET status = 'failed', attempts = attempts + 1, last_error = ?, text_body = NULL, html_body = NULL
                 WHERE id = ? AND status = 'pending'
                """, error, id) == 1;
    }

    /** A failed attempt that will be retried: the email stays pending. */
    public void recordFailedAttempt(String id, String error) {
        jdbc.update("""
                UPDATE outbound_emails SET attempts = attempts + 1, last_error = ? WHERE id = ? AND status = 'pending'
                """, error, id);
    }

    private static OutboundEmail email(Row row) throws SQLException {
        return new OutboundEmail(
                row.trimmed("id"),
                row.string("to_address"),
                row.string("subject"),
                row.string("text_body"),
                row.string("html_body"),
                row.string("template"),
                EmailStatus.fromValue(row.string("status")),
                row.string("provider_message_id"),
                row.integer("attempts"),
                row.string("last_error"),
                row.instant("created_at"),
                row.instant("sent_at"));
    }
}
