package com.instainstru.accounts.verification;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EmailVerificationRepository {

    private final Jdbc jdbc;

    public EmailVerificationRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code codeHash} null records a send without a code (the address already has an account). */
    public void insertSend(String id, String email, String codeHash, String sourceIp, Instant sentAt,
            Instant expiresAt) {
        jdbc.update("""
                INSERT INTO email_verification_codes (id, email, code_hash, source_ip, sent_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, id, email, codeHash, sourceIp, sentAt, expiresAt);
    }

    public List<Instant> sendsToEmailSince(String email, Instant since) {
        return jdbc.query("""
                SELECT sent_at FROM email_verification_codes WHERE lower(email) = lower(?) AND sent_at > ?
                """, row -> row.instant("sent_at"), email, since);
    }

    public List<Instant> sendsFromAddressSince(String sourceIp, Instant since) {
        return jdbc.query("""
                SELECT sent_at FROM email_verification_codes WHERE source_ip = ? AND sent_at > ?
                """, row -> row.instant("sent_at"), sourceIp, since);
    }

    /** The most recent send to the address: only its code is accepted. */
    public Optional<VerificationCode> latestSend(String email) {
        return jdbc.queryOne("""
                SELECT id, code_hash, expires_at, consumed_at FROM email_verification_codes
                 WHERE lower(email) = lower(?) ORDER BY sent_at DESC, id DESC LIMIT 1
                """, row -> new VerificationCode(row.trimmed("id"), row.trimmed("code_hash"), row.instant("expires_at"),
                row.instant("consumed_at")), email);
    }

    /** Consumes the code and stores the hash of the email-verification token it was exchanged for. */
    public void consumeCode(String id, Instant at, String tokenHash, Instant tokenExpiresAt) {
        jdbc.update("""
                UPDATE email_verification_codes SET consumed_at = ?, token_hash = ?, token_expires_at = ?
                 WHERE id = ?
                """, at, tokenHash, tokenExpiresAt, id);
    }

    /** Spends a token issued for {@code email}; false when unknown, for another address, used or expired. */
    public boolean spendToken(String tokenHash, String email, Instant now) {
        return jdbc.update("""
                UPDATE email_verification_codes SET token_used_at = ?
                 WHERE token_hash = ? AND lower(email) = lower(?) AND token_used_at IS NULL AND token_expires_at > ?
                """, now, tokenHash, email, now) == 1;
    }

    public void recordFailure(String id, String email, Instant at) {
        jdbc.update("INSERT INTO email_verification_failures (id, email, failed_at) VALUES (?, ?, ?)", id, email, at);
    }

    public List<Instant> failuresSince(String email, Instant since) {
        return jdbc.query("""
                SELECT failed_at FROM email_verification_failures WHERE lower(email) = lower(?) AND failed_at > ?
                 ORDER BY failed_at
                """, row -> row.instant("failed_at"), email, since);
    }
}
