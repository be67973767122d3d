package com.instainstru.accounts.lockout;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class LoginFailureRepository {

    private static final String COLUMNS = "email_key, failure_count, last_failure_at, locked_until";

    private final Jdbc jdbc;

    public LoginFailureRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LoginFailure> find(String emailKey) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM login_failures WHERE email_key = ?",
                LoginFailureRepository::loginFailure, emailKey);
    }

    /**
     * The streak of {@code emailKey}, created empty when there is none, locked until the transaction ends so
     * that concurrent failures of one email are counted one after the other.
     */
    public LoginFailure findOrCreateForUpdate(String emailKey, Instant now) {
        jdbc.update("""
                INSERT INTO login_failures (email_key, failure_count, last_failure_at) VALUES (?, 0, ?)
                ON CONFLICT (email_key) DO NOTHING
                """, emailKey, now);
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM login_failures WHERE email_key = ? FOR UPDATE",
                LoginFailureRepository::loginFailure, emailKey).orElseThrow();
    }

    public void update(LoginFailure streak) {
        jdbc.update("""
                UPDATE login_failures SET failure_count = ?, last_failure_at = ?, locked_until = ?
                 WHERE email_key = ?
                """, streak.failureCount(), streak.lastFailureAt(), streak.lockedUntil(), streak.emailKey());
    }

    public void delete(String emailKey) {
        jdbc.update("DELETE FROM login_failures WHERE email_key = ?", emailKey);
    }

    private static LoginFailure loginFailure(Row row) throws SQLException {
        return new LoginFailure(row.string("email_key"), row.integer("failure_count"), row.instant("last_failure_at"),
                row.instant("locked_until"));
    }
}
