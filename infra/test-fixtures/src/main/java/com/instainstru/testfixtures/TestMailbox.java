package com.instainstru.testfixtures;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the emails services queued in {@code outbound_emails} (the bodies stay there until the event worker
 * sends them), so a function test can follow a code or a link the way a user would.
 */
@ApplicationScoped
public class TestMailbox {

    private static final Pattern CODE = Pattern.compile("(?m)^([0-9]{6})$");
    private static final Pattern RESET_TOKEN = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    private final Jdbc jdbc;

    public TestMailbox(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A queued email: who to, which template, the subject and the plain-text body. */
    public record Mail(String id, String to, String template, String subject, String text) {
    }

    /** Every email queued for {@code address} (case-insensitive), oldest first. */
    public List<Mail> to(String address) {
        return jdbc.query("""
                SELECT id, to_address, template, subject, text_body FROM outbound_emails
                 WHERE lower(to_address) = lower(?) ORDER BY created_at, id
                """, row -> new Mail(row.trimmed("id"), row.string("to_address"), row.string("template"),
                row.string("subject"), row.string("text_body")), address);
    }

    public Optional<Mail> latest(String address) {
        List<Mail> all = to(address);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The 6-digit code of the latest email to {@code address}. */
    public String latestCode(String address) {
        return find(CODE, latest(address).orElseThrow(() -> new AssertionError("no email to " + address)));
    }

    /** The token of the reset link in the latest email to {@code address}. */
    public String latestResetToken(String address) {
        return find(RESET_TOKEN, latest(address).orElseThrow(() -> new AssertionError("no email to " + address)));
    }

    private static String find(Pattern pattern, Mail mail) {
        Matcher matcher = pattern.matcher(mail.text() == null ? "" : mail.text());
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in the " + mail.template() + " email");
        }
        return matcher.group(1);
    }
}
