package com.instainstru.accounts.login;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class TwoFactorChallengeRepository {

    private static final String COLUMNS = "id, user_id, created_at, expires_at, failed_attempts, consumed_at";

    private final Jdbc jdbc;

    public TwoFactorChallengeRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TwoFactorChallenge challenge, String tokenHash) {
        jdbc.update("""
                INSERT INTO two_factor_challenges (id, user_id, token_hash, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?)
                """, challenge.id(), challenge.userId(), tokenHash, challenge.createdAt(), challenge.expiresAt());
    }

    public Optional<TwoFactorChallenge> findByHash(String tokenHash) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM two_factor_challenges WHERE token_hash = ?",
                TwoFactorChallengeRepository::challenge, tokenHash);
    }

    /** Locks the row: attempts on one challenge are decided one after the other. */
    public Optional<TwoFactorChallenge> findByIdForUpdate(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM two_factor_challenges WHERE id = ? FOR UPDATE",
                TwoFactorChallengeRepository::challenge, id);
    }

    public void consume(String id, Instant now) {
        jdbc.update("UPDATE two_factor_challenges SET consumed_at = ? WHERE id = ?", now, id);
    }

    public void recordFailedAttempt(String id) {
        jdbc.update("UPDATE two_factor_challenges SET failed_attempts = failed_attempts + 1 WHERE id = ?", id);
    }

    private static TwoFactorChallenge challenge(Row row) throws SQLException {
        return new TwoFactorChallenge(row.trimmed("id"), row.trimmed("user_id"), row.instant("created_at"),
                row.instant("expires_at"), row.integer("failed_attempts"), row.instant("consumed_at"));
    }
}
