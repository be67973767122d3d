package com.instainstru.accounts.twofactor;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** The 2FA columns of {@code users}. The rest of the row belongs to UserRepository. */
@ApplicationScoped
public class TwoFactorRepository {

    private final Jdbc jdbc;

    public TwoFactorRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new pending secret (replacing an earlier pending one). False when 2FA is already enabled. */
    public boolean startSetup(String userId, String encryptedSecret, Instant now) {
        return jdbc.update("""
                UPDATE users SET totp_secret = ?, two_factor_setup_at = ?, updated_at = ?
                 WHERE id = ? AND totp_enabled = false
                """, encryptedSecret, now, now, userId) == 1;
    }

    /**
     * Enables 2FA with the pending secret the user just proved, recording the step of that code as used.
     * False when the pending secret is no longer {@code encryptedSecret} (a new setup started meanwhile).
     */
    public boolean enable(String userId, String encryptedSecret, long usedStep, Instant now) {
        return jdbc.update("""
                UPDATE users SET totp_enabled = true, totp_verified_at = ?, totp_last_used_step = ?, updated_at = ?
                 WHERE id = ? AND totp_enabled = false AND totp_secret = ?
                """, now, usedStep, now, userId, encryptedSecret) == 1;
    }

    public void disable(String userId, Instant now) {
        jdbc.update("""
                UPDATE users SET totp_enabled = false, totp_secret = NULL, totp_verified_at = NULL,
                                 totp_last_used_step = NULL, two_factor_setup_at = NULL,
                                 two_factor_last_used_at = NULL, updated_at = ?
                 WHERE id = ?
                """, now, userId);
    }

    /**
     * Records {@code step} as the last used TOTP step, only if it is later than the one stored: false when a
     * concurrent request already used this step or a later one (the code is a replay).
     */
    public boolean advanceLastUsedStep(String userId, long step, Instant now) {
        return jdbc.update("""
                UPDATE users SET totp_last_used_step = ?, two_factor_last_used_at = ?
                 WHERE id = ? AND totp_enabled = true AND (totp_last_used_step IS NULL OR totp_last_used_step < ?)
                """, step, now, userId, step) == 1;
    }

    public void recordUse(String userId, Instant now) {
        jdbc.update("UPDATE users SET two_factor_last_used_at = ? WHERE id = ?", now, userId);
    }

    public Optional<TwoFactorState> state(String userId) {
        return jdbc.queryOne("""
                SELECT u.totp_enabled, u.two_factor_setup_at, u.totp_verified_at, u.two_factor_last_used_at,
                       (SELECT count(*) FROM backup_codes b WHERE b.user_id = u.id AND b.used_at IS NULL)::int
                           AS backup_codes_remaining
                  FROM users u WHERE u.id = ?
                """, row -> new TwoFactorState(row.bool("totp_enabled"), row.instant("two_factor_setup_at"),
                row.instant("totp_verified_at"), row.instant("two_factor_last_used_at"),
                row.integer("backup_codes_remaining")), userId);
    }
}
