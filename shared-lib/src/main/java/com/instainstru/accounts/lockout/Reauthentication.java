package com.instainstru.accounts.lockout;

import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.users.User;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A signed-in user proving their password again (password change, account deletion). It shares the sign-in
 * lockout: a locked account is refused (429) before the password is looked at, and a wrong password counts
 * as a failed sign-in, so a stolen session cannot be used to guess the password.
 */
@ApplicationScoped
public class Reauthentication {

    private final LoginLockoutService lockout;
    private final PasswordHasher hasher;

    public Reauthentication(LoginLockoutService lockout, PasswordHasher hasher) {
        this.lockout = lockout;
        this.hasher = hasher;
    }

    public boolean passwordMatches(User user, String password) {
        String key = LoginLockoutService.keyOf(user.email());
        lockout.requireUnlocked(key);
        if (hasher.verify(password, user.passwordHash())) {
            return true;
        }
        lockout.recordFailure(key);
        return false;
    }
}
