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

    /** Bookings where the user is the instructor that start after {@code now} and can still happen. */
    public int countFutureBookings(String instructorId, Instant now) {
        return jdbc.queryOne("""
                SELECT count(*) AS n FROM bookings
                 WHERE instructor_id = ? AND start_at > ? AND status IN ('PENDING', 'CONFIRMED')
                """, row -> row.integer("n"), instructorId, now).orElse(0);
    }
}
