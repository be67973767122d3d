package com.instainstru.accounts.users;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

@ApplicationScoped
public class UserRepository {

    private static final String COLUMNS = """
            id, email, first_name, last_name, phone, phone_verified, email_verified, password_hash, time_zone,
            account_status, account_locked, account_restricted, credit_balance_frozen, tokens_valid_after,
            totp_secret, totp_enabled, totp_last_used_step, two_factor_setup_at, anonymized_at, created_at,
            updated_at""";

    private final Jdbc jdbc;

    public UserRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * False, and nothing written, when the email (case-insensitively) already has an account.
     * tokens_valid_after starts at the creation second: tokens carry whole-second issue times.
     */
    public boolean insert(String id, NewUser user, Instant now) {
        return jdbc.update("""
                INSERT INTO users (id, email, first_name, last_name, phone, time_zone, password_hash, email_verified,
                                   tokens_valid_after, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ((lower(email))) DO NOTHING
                """, id, user.email(), user.firstName(), user.lastName(), user.phone(), user.timeZone(),
                user.passwordHash(), user.emailVerified(), now.truncatedTo(ChronoUnit.SECONDS), now, now) == 1;
    }

    public Optional<User> findById(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM users WHERE id = ?", UserRepository::user, id);
    }

    /** Locks the row until the transaction ends: for changes that read-then-write the user. */
    public Optional<User> findByIdForUpdate(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM users WHERE id = ? FOR UPDATE", UserRepository::user, id);
    }

    /** Case-insensitive, as the unique index. */
    public Optional<User> findByEmail(String email) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM users WHERE lower(email) = lower(?)",
                UserRepository::user, email);
    }

    public boolean emailExists(String email) {
        return jdbc.queryOne("SELECT 1 AS found FROM users WHERE lower(email) = lower(?)", row -> true, email)
                .isPresent();
    }

    public Optional<Instant> tokensValidAfter(String id) {
        return jdbc.queryOne("SELECT tokens_valid_after FROM users WHERE id = ?",
                row -> row.instant("tokens_valid_after"), id);
    }

    public void updateTokensValidAfter(String id, Instant validAfter, Instant now) {
        jdbc.update("UPDATE users SET tokens_valid_after = ?, updated_at = ? WHERE id = ?", validAfter, now, id);
    }

    public void updatePasswordHash(String id, String passwordHash, Instant now) {
        jdbc.update("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?", passwordHash, now, id);
    }

    /**
     * Replaces the hash only while it is still {@code currentHash}: a re-hash at login must not undo a password
     * change that committed in between. False when it was changed meanwhile.
     */
    public boolean replacePasswordHash(String id, String currentHash, String newHash, Instant now) {
        return jdbc.update("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ? AND password_hash = ?",
                newHash, now, id, currentHash) == 1;
    }

    static User user(Row row) throws SQLException {
        return new User(
                row.trimmed("id"),
                row.string("email"),
                row.string("first_name"),
                row.string("last_name"),
                row.string("phone"),
                row.bool("phone_verified"),
                row.bool("email_verified"),
                row.string("password_hash"),
                row.string("time_zone"),
                AccountStatus.fromValue(row.string("account_status")),
                row.bool("account_locked"),
                row.bool("account_restricted"),
                row.bool("credit_balance_frozen"),
                row.instant("tokens_valid_after"),
                row.string("totp_secret"),
                row.bool("totp_enabled"),
                row.longValue("totp_last_used_step"),
                row.instant("two_factor_setup_at"),
                row.instant("anonymized_at"),
                row.instant("created_at"),
                row.instant("updated_at"));
    }
}
