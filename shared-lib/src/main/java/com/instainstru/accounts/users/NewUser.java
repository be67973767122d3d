package com.instainstru.accounts.users;

/** What registration (or seeding) knows about a user before the row exists. */
public record NewUser(String email, String firstName, String lastName, String phone, String timeZone,
        String passwordHash, boolean emailVerified) {
}
