package com.instainstru.accounts;

import com.instainstru.accounts.credentials.BackupCodes;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.lockout.LoginFailureRepository;
import com.instainstru.accounts.lockout.LoginLockoutService;
import com.instainstru.accounts.login.LoginService;
import com.instainstru.accounts.login.TwoFactorChallengeRepository;
import com.instainstru.accounts.login.TwoFactorLoginService;
import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.sessions.AccessTokenSigner;
import com.instainstru.accounts.sessions.RefreshTokenRepository;
import com.instainstru.accounts.sessions.SessionService;
import com.instainstru.accounts.twofactor.BackupCodeRepository;
import com.instainstru.accounts.twofactor.Base32;
import com.instainstru.accounts.twofactor.SecondFactorService;
import com.instainstru.accounts.twofactor.SecretCipher;
import com.instainstru.accounts.twofactor.Totp;
import com.instainstru.accounts.twofactor.TwoFactorRepository;
import com.instainstru.accounts.twofactor.TwoFactorService;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.notifications.email.OutboundEmail;
import com.instainstru.notifications.email.OutboundEmailRepository;
import com.instainstru.notifications.email.OutgoingEmailService;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.platform.testing.MutableClock;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The accounts services wired by hand over this run's database, as CDI wires them in auth-api, with a
 * {@link MutableClock} and a cheap Argon2id configuration (m = 1 MiB, t = 1) so that tests stay fast.
 */
public final class AccountsTestKit {

    public static final String PASSWORD = "amber-lantern-orchard-7";
    public static final String FRONTEND = "https://app.example.test";

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    public final TestPlatform platform = new TestPlatform(clock);
    public final CountingPasswordHasher hasher = new CountingPasswordHasher(1024, 1, 1);
    public final UserRepository users = new UserRepository(platform.jdbc);
    public final PermissionRepository permissions = new PermissionRepository(platform.jdbc);
    public final AccountCreationService accounts =
            new AccountCreationService(users, permissions, platform.tx, platform.ids, clock);
    public final SessionService sessions;
    public final LoginFailureRepository loginFailures = new LoginFailureRepository(platform.jdbc);
    public final LoginLockoutService lockout = new LoginLockoutService(loginFailures, platform.tx, clock);
    public final Totp totp = new Totp();
    public final SecretCipher cipher = new SecretCipher(Optional.of(randomAesKey()));
    public final BackupCodes backupCodes = new BackupCodes(hasher);
    public final BackupCodeRepository backupCodeRows = new BackupCodeRepository(platform.jdbc);
    public final TwoFactorRepository twoFactorRows = new TwoFactorRepository(platform.jdbc);
    public final SecondFactorService secondFactor =
            new SecondFactorService(totp, cipher, backupCodes, backupCodeRows, twoFactorRows);
    public final OutboundEmailRepository outboundEmails = new OutboundEmailRepository(platform.jdbc);
    public final AccountEmails accountEmails = new AccountEmails(FRONTEND);
    public final OutgoingEmailService emails = new OutgoingEmailService(outboundEmails,
            new OutboxService(new OutboxRepository(platform.jdbc, platform.json), platform.ids, clock, platform.json),
            platform.tx, platform.ids, clock);
    public final TwoFactorService twoFactor = new TwoFactorService(users, twoFactorRows, backupCodeRows,
            secondFactor, backupCodes, totp, cipher, hasher, lockout, emails, accountEmails, platform.tx,
            platform.ids, clock);
    public final TwoFactorChallengeRepository challenges = new TwoFactorChallengeRepository(platform.jdbc);
    public final LoginService logins;
    public final TwoFactorLoginService twoFactorLogins;

    public AccountsTestKit() {
        KeyPair keys = rsa();
        AccessTokenSigner signer = new AccessTokenSigner(
                Optional.of(Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded())),
                Optional.of(List.of(Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()))),
                Duration.ofMinutes(15), platform.ids);
        // Sessions only reach Redis when all of them end; the connection opens on first use.
        Cache cache = new Cache(new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250)), platform.json,
                platform.tx, clock);
        sessions = new SessionService(users, permissions, new RefreshTokenRepository(platform.jdbc), signer,
                platform.tx, cache, platform.ids, clock);
        logins = new LoginService(users, hasher, lockout, challenges, sessions, platform.tx, platform.ids, clock);
        twoFactorLogins = new TwoFactorLoginService(challenges, users, secondFactor, lockout, sessions, platform.tx,
                clock);
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

    /** A new student with a unique email and {@link #PASSWORD} hashed by {@code passwordHasher}. */
    public User student(PasswordHasher passwordHasher) {
        String email = "login-" + UUID.randomUUID() + "@example.test";
        return accounts.create(new NewUser(email, "Lee", "Login", null, "America/New_York",
                passwordHasher.hash(PASSWORD), true), Role.STUDENT);
    }

    public User student() {
        return student(hasher);
    }

    /** Enables 2FA through the service, as a user would; returns the shared secret and the backup codes. */
    public TwoFactorUser studentWithTwoFactor() {
        User user = student();
        byte[] secret = Base32.decode(twoFactor.initiateSetup(user.id()).secret());
        List<String> codes = twoFactor.confirmSetup(user.id(), currentCode(secret));
        return new TwoFactorUser(users.findById(user.id()).orElseThrow(), secret, codes);
    }

    public String currentCode(byte[] secret) {
        return codeAtOffset(secret, 0);
    }

    /** The code of the step {@code steps} away from the current one. */
    public String codeAtOffset(byte[] secret, int steps) {
        return totp.codeAt(secret, totp.stepAt(clock.instant()) + steps);
    }

    /** The reference's lock after the n-th consecutive failure (§2), written out as a test oracle; null: none. */
    public static Duration referenceLockAfter(int failure) {
        if (failure < 5) {
            return null;
        }
        if (failure < 10) {
            return Duration.ofSeconds(30);
        }
        if (failure < 15) {
            return Duration.ofMinutes(5);
        }
        return failure < 20 ? Duration.ofMinutes(30) : Duration.ofHours(1);
    }

    public User reload(User user) {
        return users.findById(user.id()).orElseThrow();
    }

    public record TwoFactorUser(User user, byte[] secret, List<String> backupCodes) {

        public String email() {
            return user.email();
        }
    }

    /** A real Argon2id hasher that counts its verifications, to show which paths pay for one. */
    public static final class CountingPasswordHasher extends PasswordHasher {

        public final AtomicInteger verifications = new AtomicInteger();

        public CountingPasswordHasher(int memoryKib, int iterations, int parallelism) {
            super(memoryKib, iterations, parallelism, Optional.empty());
        }

        @Override
        public boolean verify(String password, String storedHash) {
            verifications.incrementAndGet();
            return super.verify(password, storedHash);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomAesKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
