package com.instainstru.accounts;

import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.sessions.AccessTokenSigner;
import com.instainstru.accounts.sessions.RefreshTokenRepository;
import com.instainstru.accounts.sessions.SessionService;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.cache.Cache;
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

/**
 * The accounts services wired by hand over this run's database, as CDI wires them in auth-api, with a
 * {@link MutableClock} and a cheap Argon2id configuration (m = 1 MiB, t = 1) so that tests stay fast.
 */
public final class AccountsTestKit {

    public static final String PASSWORD = "violet-harbor-sundial-42";

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    public final TestPlatform platform = new TestPlatform(clock);
    public final PasswordHasher hasher = new PasswordHasher(1024, 1, 1, Optional.empty());
    public final UserRepository users = new UserRepository(platform.jdbc);
    public final PermissionRepository permissions = new PermissionRepository(platform.jdbc);
    public final AccountCreationService accounts =
            new AccountCreationService(users, permissions, platform.tx, platform.ids, clock);
    public final SessionService sessions;

    public AccountsTestKit() {
        KeyPair keys = ed25519();
        AccessTokenSigner signer = new AccessTokenSigner(
                Optional.of(Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded())),
                Optional.of(List.of(Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()))),
                Duration.ofMinutes(15), platform.ids);
        // Sessions only reach Redis when all of them end; the connection opens on first use.
        Cache cache = new Cache(new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250)), platform.json,
                platform.tx, clock);
        sessions = new SessionService(users, permissions, new RefreshTokenRepository(platform.jdbc), signer,
                platform.tx, cache, platform.ids, clock);
    }

    /** A new student with a unique email and {@link #PASSWORD}. */
    public User student() {
        String email = "student-" + UUID.randomUUID() + "@example.test";
        return accounts.create(new NewUser(email, "Jane", "Student", null, "America/New_York", hasher.hash(PASSWORD),
                true), Role.STUDENT);
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
