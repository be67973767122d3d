package com.instainstru.accounts.passwordreset;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PasswordResetRepository {

    private static final String TOKEN_COLUMNS = "id, user_id, expires_at, used_at";

    private final Jdbc jdbc;

    public PasswordResetRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void recordRequest(String id, String email, String sourceIp, Instant at) {
        jdbc.update("""
                INSERT INTO password_reset_requests (id, email, source_ip, requested_at) VALUES (?, ?, ?, ?)
                """, id, email, sourceIp, at);
    }

    public List<Instant> requestsForEmailSince(String email, Instant since) {
        return jdbc.query("""
                SELECT requested_at FROM password_reset_requests WHERE lower(email) = lower(?) AND requested_at > ?
                """, row -> row.instant("requested_at"), email, since);
    }

    public List<Instant> requestsFromAddressSince(String sourceIp, Instant since) {
        return jdbc.query("""
                SELECT requested_at FROM password_reset_requests WHERE source_ip = ? AND requested_at > ?
                """, row -> row.instant("requested_at"), sourceIp, since);
    }

    public void insertToken(String id, String userId, String tokenHash, String requestedEmail, String sourceIp,
            Instant createdAt, Instant expiresAt) {
        jdbc.update("""
                INSERT INTO password_reset_tokens (id, user_id, token_hash, requested_email, source_ip, created_at,
                                                   expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, id, userId, tokenHash, requestedEmail, sourceIp, createdAt, expiresAt);
    }

    public Optional<ResetToken> findByHash(String tokenHash) {
        return jdbc.queryOne("SELECT " + TOKEN_COLUMNS + " FROM password_reset_tokens WHERE token_hash = ?",
                PasswordResetRepository::token, tokenHash);
    }

    /** Locks the token until the transaction ends, so two confirmations with it are serialized. */
    public Optional<ResetToken> findByHashForUpdate(String tokenHash) {
        return jdbc.queryOne("SELECT " + TOKEN_COLUMNS + " FROM password_reset_tokens WHERE token_hash = ? FOR UPDATE",
                PasswordResetRepository::token, tokenHash);
    }

    /** Marks every unused token of the user used: the one just spent and any other still out there. */
    public int useAllOfUser(String userId, Instant at) {
        return jdbc.update("UPDATE password_reset_tokens SET used_at = ? WHERE user_id = ? AND used_at IS NULL",
                at, userId);
    }

    private static ResetToken token(Row row) throws SQLException {
        return new ResetToken(row.trimmed("id"), row.trimmed("user_id"), row.instant("expires_at"),
                row.instant("used_at"));
    }
}
