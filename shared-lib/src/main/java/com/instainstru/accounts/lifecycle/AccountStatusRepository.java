package com.instainstru.accounts.lifecycle;

import com.instainstru.accounts.users.AccountStatus;
import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class AccountStatusRepository {

    private final Jdbc jdbc;

    public AccountStatusRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void update(String userId, AccountStatus status, Instant now) {
        jdbc.update("UPDATE users SET account_status = ?, updated_at = ? WHERE id = ?", status.value(), now, userId);
    }
}
