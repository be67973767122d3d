package com.instainstru.accounts.credentials;

import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.lockout.Reauthentication;
import com.instainstru.accounts.sessions.SessionService;
import com.instainstru.accounts.sessions.TokenPair;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.notifications.email.OutgoingEmailService;
import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * A signed-in user changes their password: the current one must match, the new one pass the policy. Every
 * session (on every device) ends, the caller gets a fresh one, and a "password changed" security notice goes
 * to the account's address.
 */
@ApplicationScoped
public class PasswordChangeService {

    // Far above any password the policy accepts, but keeps Argon2id from hashing megabytes.
    static final int MAX_PRESENTED_PASSWORD = 1024;

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Reauthentication reauthentication;
    private final PasswordPolicy passwordPolicy;
    private final SessionService sessions;
    private final OutgoingEmailService emails;
    private final AccountEmails accountEmails;
    private final Transactions tx;
    private final Clock clock;

    public PasswordChangeService(UserRepository users, PasswordHasher hasher, Reauthentication reauthentication,
            PasswordPolicy passwordPolicy, SessionService sessions, OutgoingEmailService emails,
            AccountEmails accountEmails, Transactions tx, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.reauthentication = reauthentication;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.emails = emails;
        this.accountEmails = accountEmails;
        this.tx = tx;
        this.clock = clock;
    }

    /** 400 on {@code currentPassword} (rule {@code incorrect}) or {@code newPassword} (the policy's rules). */
    public TokenPair change(String userId, String currentPassword, String newPassword) {
        FieldRules.check()
                .required("currentPassword", currentPassword)
                .rule(currentPassword == null || currentPassword.length() <= MAX_PRESENTED_PASSWORD,
                        "currentPassword", "max_length", "currentPassword is too long")
                .required("newPassword", newPassword)
                .orThrow();
        User user = users.findById(userId).filter(User::canSignIn).orElseThrow(() ->
                new UnauthorizedException("AUTHENTICATION_REQUIRED", "Sign in to use this endpoint"));
        if (!reauthentication.passwordMatches(user, currentPassword)) {
            throw ValidationException.of("currentPassword", "incorrect", "The current password is incorrect");
        }
        passwordPolicy.check("newPassword", newPassword, user.email());
        String hash = hasher.hash(newPassword);
        return tx.call(() -> {
            users.updatePasswordHash(userId, hash, clock.instant());
            sessions.endAllSessions(userId);
            emails.queue(accountEmails.passwordChanged(user));
            // Re-read: the new session must start after the cut-off endAllSessions just moved.
            return sessions.start(users.findById(userId).orElseThrow());
        });
    }
}
