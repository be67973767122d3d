package com.instainstru.accounts.sessions;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class RefreshTokenRepository {

    private final Jdbc jdbc;

    public RefreshTokenRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RefreshToken token, String tokenHash) {
        jdbc.update("""
                INSERT INTO refresh_tokens (id, family_id, user_id, token_hash, issued_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, token.id(), token.familyId(), token.userId(), tokenHash, token.issuedAt(), token.expiresAt());
    }

    /** Locks the row so that two refreshes with the same token are serialized: one rotates, one is reuse. */
    public Optional<RefreshToken> findByHashForUpdate(String tokenHash) {
        return jdbc.queryOne("""
                SELECT id, family_id, user_id, issued_at, expires_at, used_at, revoked_at
                  FROM refresh_tokens WHERE token_hash = ? FOR UPDATE
                """, row -> new RefreshToken(row.trimmed("id"), row.trimmed("family_id"), row.trimmed("user_id"),
                row.instant("issued_at"), row.instant("expires_at"), row.instant("used_at"),
                row.instant("revoked_at")), tokenHash);
    }

    public void markUsed(String id, Instant at) {
        jdbc.update("UPDATE refresh_tokens SET used_at = ? WHERE id = ?", at, id);
    }

    public int revokeFamily(String familyId, Instant at) {
        return jdbc.update("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
                at, familyId);
    }

    public int revokeAllOfUser(String userId, Instant at) {
        return jdbc.update("UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                at, userId);
    }

    public int activeFamilies(String userId, Instant now) {
        return jdbc.queryOne("""
                SELECT count(DISTINCT family_id) AS families FROM refresh_tokens
                 WHERE user_id = ? AND revoked_at IS NULL AND used_at IS NULL AND expires_at > ?
                """, row -> row.integer("families"), userId, now).orElse(0);
    }
}
