package com.instainstru.accounts.profile;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class ProfileRepository {

    private final Jdbc jdbc;

    public ProfileRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void update(String userId, ProfileFields fields, Instant now) {
        jdbc.update("""
                UPDATE users SET first_name = ?, last_name = ?, phone = ?, phone_verified = ?, time_zone = ?,
                                 updated_at = ?
                 WHERE id = ?
                """, fields.firstName(), fields.lastName(), fields.phone(), fields.phoneVerified(),
                fields.timeZone(), now, userId);
    }
}
