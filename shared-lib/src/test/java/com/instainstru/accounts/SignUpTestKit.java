package com.instainstru.accounts;

import com.instainstru.accounts.credentials.CommonPasswords;
import com.instainstru.accounts.credentials.PasswordChangeService;
import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.credentials.PasswordPolicy;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.passwordreset.PasswordResetRepository;
import com.instainstru.accounts.passwordreset.PasswordResetService;
import com.instainstru.accounts.lockout.LoginLockoutService;
import com.instainstru.accounts.lockout.Reauthentication;
import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.registration.RegistrationService;
import com.instainstru.accounts.sessions.SessionService;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.accounts.verification.EmailVerificationRepository;
import com.instainstru.accounts.verification.EmailVerificationService;
import com.instainstru.notifications.email.OutboundEmail;
import com.instainstru.notifications.email.OutboundEmailRepository;
import com.instainstru.notifications.email.OutgoingEmailService;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import com.instainstru.platform.testing.MutableClock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link AccountsTestKit} plus what sign-up, password reset and password change need: the email outbox,
 * the account emails, and readers for the codes and links those emails carry.
 */
public final class SignUpTestKit {

    public static final String PASSWORD = AccountsTestKit.PASSWORD;
    public static final String FRONTEND = AccountsTestKit.FRONTEND;
    private static final Pattern CODE = Pattern.compile("(?m)^([0-9]{6})$");
    private static final Pattern RESET_TOKEN = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    private final AccountsTestKit core = new AccountsTestKit();
    public final MutableClock clock = core.clock;
    public final TestPlatform platform = core.platform;
    public final PasswordHasher hasher = core.hasher;
    public final UserRepository users = core.users;
    public final PermissionRepository permissions = core.permissions;
    public final AccountCreationService accounts = core.accounts;
    public final SessionService sessions = core.sessions;
    public final LoginLockoutService lockout = core.lockout;

    public final OutboundEmailRepository outboundEmails = core.outboundEmails;
    private final AdvisoryLockRepository locks = new AdvisoryLockRepository(platform.jdbc);
    public final PasswordPolicy policy = new PasswordPolicy(new CommonPasswords());
    public final AccountEmails accountEmails = core.accountEmails;
    public final OutgoingEmailService emails = core.emails;

    public final EmailVerificationService verification = new EmailVerificationService(
            new EmailVerificationRepository(platform.jdbc), users, locks, emails, accountEmails, platform.tx,
            platform.ids, clock, EmailVerificationService.DEFAULT_SENDS_PER_ADDRESS_PER_HOUR);
    public final RegistrationService registration = new RegistrationService(verification, accounts, policy, hasher,
            emails, accountEmails, platform.tx);
    public final PasswordResetService passwordReset = new PasswordResetService(
            new PasswordResetRepository(platform.jdbc), users, locks, policy, hasher, sessions, lockout, emails,
            accountEmails,
            platform.tx, platform.ids, clock, PasswordResetService.DEFAULT_REQUESTS_PER_ADDRESS_PER_HOUR);
    public final PasswordChangeService passwordChange = new PasswordChangeService(users, hasher,
            new Reauthentication(lockout, hasher), policy, sessions,
            emails, accountEmails, platform.tx, clock);

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.test";
    }

    /** A source address no other test uses, so per-address limits start empty. */
    public static String uniqueAddress() {
        return "test-" + UUID.randomUUID().toString().substring(0, 18);
    }

    /** A new student with a unique email and {@link #PASSWORD}. */
    public User student() {
        return core.student();
    }

    public List<OutboundEmail> mailTo(String address) {
        return core.mailTo(address);
    }

    public OutboundEmail latestMailTo(String address) {
        return core.latestMailTo(address);
    }

    public String latestCode(String address) {
        return find(CODE, latestMailTo(address));
    }

    public String latestResetToken(String address) {
        return find(RESET_TOKEN, latestMailTo(address));
    }

    public int count(String sql, Object... params) {
        return platform.jdbc.queryOne(sql, row -> row.integer("n"), params).orElseThrow();
    }

    private static String find(Pattern pattern, OutboundEmail mail) {
        Matcher matcher = pattern.matcher(mail.textBody());
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in the " + mail.template() + " email");
        }
        return matcher.group(1);
    }
}
