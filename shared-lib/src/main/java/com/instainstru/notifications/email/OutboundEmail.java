package com.instainstru.notifications.email;

import java.time.Instant;

/** A row of {@code outbound_emails}. The bodies are null once the email was sent or failed for good. */
public record OutboundEmail(
        String id,
        String to,
        String subject,
        String textBody,
        String htmlBody,
        String template,
        EmailStatus status,
        String providerMessageId,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt) {

    @Override
    public String toString() {
        return "OutboundEmail[id=" + id + ", template=" + template + ", status=" + status + "]";
    }
}
