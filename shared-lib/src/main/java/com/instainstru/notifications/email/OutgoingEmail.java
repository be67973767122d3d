package com.instainstru.notifications.email;

import java.util.Objects;

/**
 * An email a domain service wants sent: one recipient, a subject, a plain-text and an HTML body, and the
 * name of the template that produced it (for support and metrics; the bodies are scrubbed once sent).
 */
public record OutgoingEmail(String to, String subject, EmailBody body, String template) {

    public OutgoingEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(template, "template");
    }

    /** Secrets (codes, reset links) travel in the bodies: never print them. */
    @Override
    public String toString() {
        return "OutgoingEmail[template=" + template + "]";
    }
}
