package com.instainstru.accounts;

import com.instainstru.accounts.credentials.CommonPasswords;
import com.instainstru.accounts.credentials.PasswordChangeService;
import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.credentials.PasswordPolicy;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.passwordreset.PasswordResetRepository;
import com.instainstru.accounts.passwordreset.PasswordResetService;
import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.registration.RegistrationService;
import com.instainstru.accounts.sessions.AccessTokenSigner;
import com.instainstru.accounts.sessions.RefreshTokenRepository;
import com.instainstru.accounts.sessions.SessionService;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.accounts.verification.EmailVerificationRepository;
import com.instainstru.accounts.verification.EmailVerificationService;
import com.instainstru.notifications.email.OutboundEmail;
import com.instainstru.notifications.email.OutboundEmailRepository;
import com.instainstru.notifications.email.OutgoingEmailService;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.platform.testing.MutableClock;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accounts services wired by hand over this run's database, the machine's Redis and a clock the test
 * moves, as CDI wires them in a function. Argon2id runs with small parameters to keep tests quick.
 */
public final class AccountsTestKit implements AutoCloseable {

    public static final String PASSWORD = "violet-harbor-sundial-42";
    public static final String FRONTEND = "https://app.example.test";
    private static final Pattern CODE = Pattern.compile("(?m)^([0-9]{6})$");
    private static final Pattern RESET_TOKEN = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    public final TestPlatform platform = new TestPlatform(clock);
    private final RedisConnection redis = new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(500));

    public final UserRepository users = new UserRepository(platform.jdbc);
    public final PermissionRepository permissions = new PermissionRepository(platform.jdbc);
    public final OutboundEmailRepository outboundEmails = new OutboundEmailRepository(platform.jdbc);
    public final EmailVerificationRepository verificationCodes = new EmailVerificationRepository(platform.jdbc);
    public final PasswordResetRepository resets = new PasswordResetRepository(platform.jdbc);
    public final RefreshTokenRepository refreshTokens = new RefreshTokenRepository(platform.jdbc);
    private final AdvisoryLockRepository locks = new AdvisoryLockRepository(platform.jdbc);

    public final PasswordHasher hasher = new PasswordHasher(1024, 1, 1, Optional.empty());
    public final PasswordPolicy policy = new PasswordPolicy(new CommonPasswords());
    public final AccountEmails accountEmails = new AccountEmails(FRONTEND);
    public final OutgoingEmailService emails = new OutgoingEmailService(outboundEmails,
            new OutboxService(new OutboxRepository(platform.jdbc, platform.json), platform.ids, clock, platform.json),
            platform.tx, platform.ids, clock);
    public final AccountCreationService accounts = new AccountCreationService(users, permissions, platform.tx,
            platform.ids, clock);
    public final SessionService sessions = new SessionService(users, permissions, refreshTokens, signer(),
            platform.tx, new Cache(redis, platform.json, platform.tx, clock), platform.ids, clock);

    public final EmailVerificationService verification = new EmailVerificationService(verificationCodes, users, locks,
            emails, accountEmails, platform.tx, platform.ids, clock,
            EmailVerificationService.DEFAULT_SENDS_PER_ADDRESS_PER_HOUR);
    public final RegistrationService registration = new RegistrationService(verification, accounts, policy, hasher,
            emails, accountEmails, platform.tx);
    public final PasswordResetService passwordReset = new PasswordResetService(resets, users, locks, policy, hasher,
            sessions, emails, accountEmails, platform.tx, platform.ids, clock,
            PasswordResetService.DEFAULT_REQUESTS_PER_ADDRESS_PER_HOUR);
    public final PasswordChangeService passwordChange = new PasswordChangeService(users, hasher, policy, sessions,
            emails, accountEmails, platform.tx, clock);

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.test";
    }

    /** A source address no other test uses, so per-address limits start empty. */
    public static String uniqueAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    public User student() {
        return accounts.create(new NewUser(uniqueEmail(), "Jane", "Student", null, "America/New_York",
                hasher.hash(PASSWORD), true), Role.STUDENT);
    }

    /** The emails queued for {@code address}, oldest first. */
    public List<OutboundEmail> mailTo(String address) {
        return platform.jdbc.query("""
                SELECT id FROM outbound_emails WHERE lower(to_address) = lower(?) ORDER BY created_at, id
                """, row -> row.trimmed("id"), address).stream()
                .map(id -> outboundEmails.findById(id).orElseThrow()).toList();
    }

    public OutboundEmail latestMailTo(String address) {
        List<OutboundEmail> all = mailTo(address);
        if (all.isEmpty()) {
            throw new AssertionError("no email to " + address);
        }
        return all.get(all.size() - 1);
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

    /** A signer with a key pair of this run only. */
    private AccessTokenSigner signer() {
        try {
            KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return new AccessTokenSigner(Optional.of(base64.encodeToString(keys.getPrivate().getEncoded())),
                    Optional.of(List.of(base64.encodeToString(keys.getPublic().getEncoded()))), Duration.ofMinutes(15),
                    platform.ids);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        redis.close();
    }
}
