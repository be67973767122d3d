package com.instainstru.accounts.passwordreset;

import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.credentials.PasswordPolicy;
import com.instainstru.accounts.lockout.LoginLockoutService;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.passwordreset.schema.PasswordResetTokenStatus;
import com.instainstru.accounts.sessions.SessionService;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.notifications.email.OutgoingEmailService;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import com.instainstru.platform.ratelimit.WindowLimit;
import com.instainstru.platform.security.OpaqueTokens;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password reset (reference §2): a single-use link valid 1 hour, requested at most 3 times per hour per
 * address and per source address; the answer never says whether the address has an account. Confirming
 * sets the new password, spends every outstanding reset token of the user, ends all sessions and sends a
 * "password changed" security notice.
 */
@ApplicationScoped
public class PasswordResetService {

    public static final Duration TOKEN_TTL = Duration.ofHours(1);
    public static final WindowLimit REQUESTS_PER_EMAIL = new WindowLimit(3, Duration.ofHours(1));
    public static final int DEFAULT_REQUESTS_PER_ADDRESS_PER_HOUR = 3;
    static final int MAX_TOKEN = 200;

    private final PasswordResetRepository resets;
    private final UserRepository users;
    private final LoginLockoutService lockout;
    private final AdvisoryLockRepository locks;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final OutgoingEmailService emails;
    private final AccountEmails accountEmails;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;
    private final WindowLimit requestsPerAddress;

    public PasswordResetService(PasswordResetRepository resets, UserRepository users, AdvisoryLockRepository locks,
            PasswordPolicy passwordPolicy, PasswordHasher hasher, SessionService sessions, LoginLockoutService lockout,
            OutgoingEmailService emails,
            AccountEmails accountEmails, Transactions tx, IdGenerator ids, Clock clock,
            @ConfigProperty(name = "instainstru.auth.password-reset.requests-per-address-per-hour",
                    defaultValue = "" + DEFAULT_REQUESTS_PER_ADDRESS_PER_HOUR) int requestsPerAddressPerHour) {
        this.resets = resets;
        this.users = users;
        this.lockout = lockout;
        this.locks = locks;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.sessions = sessions;
        this.emails = emails;
        this.accountEmails = accountEmails;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.requestsPerAddress = new WindowLimit(requestsPerAddressPerHour, Duration.ofHours(1));
    }

    /** Emails a reset link when the address has an account that can sign in. 429 past the limits. */
    public void request(String email, String sourceIp) {
        FieldRules.check().email("email", email).orThrow();
        String address = email.strip();
        tx.run(() -> {
            locks.lock("password-reset:" + address.toLowerCase(Locale.ROOT));
            Instant now = clock.instant();
            REQUESTS_PER_EMAIL.enforce(resets.requestsForEmailSince(address, REQUESTS_PER_EMAIL.windowStart(now)),
                    now, "Too many password reset requests for this address; try again later");
            requestsPerAddress.enforce(resets.requestsFromAddressSince(sourceIp, requestsPerAddress.windowStart(now)),
                    now, "Too many password reset requests from this network; try again later");
            resets.recordRequest(ids.newId(), address, sourceIp, now);
            users.findByEmail(address).filter(User::canSignIn).ifPresent(user -> {
                String token = OpaqueTokens.newToken();
                resets.insertToken(ids.newId(), user.id(), OpaqueTokens.sha256(token), address, sourceIp, now,
                        now.plus(TOKEN_TTL));
                emails.queue(accountEmails.passwordReset(user, token, TOKEN_TTL));
            });
        });
    }

    /** Whether the token can still be used; never an error, whatever is presented. */
    public PasswordResetTokenStatus verify(String token) {
        return usableToken(token)
                .flatMap(reset -> users.findById(reset.userId()).filter(User::canSignIn))
                .map(user -> new PasswordResetTokenStatus(true, mask(user.email())))
                .orElseGet(PasswordResetTokenStatus::invalid);
    }

    public void confirm(String token, String newPassword) {
        FieldRules.check().text("token", token, 1, MAX_TOKEN).required("newPassword", newPassword).orThrow();
        User user = usableToken(token)
                .flatMap(reset -> users.findById(reset.userId()))
                .filter(User::canSignIn)
                .orElseThrow(PasswordResetService::invalidToken);
        passwordPolicy.check("newPassword", newPassword, user.email());
        String hash = hasher.hash(newPassword);
        tx.run(() -> {
            // Checked again under the row lock: a concurrent confirmation may have spent it meanwhile.
            Instant now = clock.instant();
            resets.findByHashForUpdate(OpaqueTokens.sha256(token)).filter(reset -> reset.usable(now))
                    .orElseThrow(PasswordResetService::invalidToken);
            users.updatePasswordHash(user.id(), hash, now);
            resets.useAllOfUser(user.id(), now);
            sessions.endAllSessions(user.id());
            // Whoever holds the emailed token owns the address: a lockout left by forgotten passwords ends here.
            lockout.reset(LoginLockoutService.keyOf(user.email()));
            emails.queue(accountEmails.passwordChanged(user));
        });
    }

    private Optional<ResetToken> usableToken(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return resets.findByHash(OpaqueTokens.sha256(token)).filter(reset -> reset.usable(now));
    }

    /** {@code jane@example.com} -> {@code j***@example.com}: enough to recognise, not enough to harvest. */
    static String mask(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.substring(0, 1) + "***" + email.substring(at);
    }

    private static ValidationException invalidToken() {
        return ValidationException.of("token", "invalid",
                "This password reset link is invalid, expired or already used. Ask for a new one.");
    }
}
