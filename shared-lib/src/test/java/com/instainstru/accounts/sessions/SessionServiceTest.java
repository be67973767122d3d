package com.instainstru.accounts.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.platform.security.AccessTokenVerifier;
import com.instainstru.platform.security.AuthenticatedUser;
import com.instainstru.platform.security.Permission;
import com.instainstru.platform.testing.MutableClock;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Sessions against this run's PostgreSQL and the machine's Redis, with a clock the tests move. */
class SessionServiceTest {

    private static final RedisConnection redis =
            new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00.250Z"));
    private final TestPlatform platform = new TestPlatform(clock);
    private final UserRepository users = new UserRepository(platform.jdbc);
    private final PermissionRepository permissions = new PermissionRepository(platform.jdbc);
    private final RefreshTokenRepository refreshTokens = new RefreshTokenRepository(platform.jdbc);
    private final Cache cache = new Cache(redis, platform.json, platform.tx, clock);
    private final KeyPair keys = rsa();
    private final AccessTokenSigner signer = new AccessTokenSigner(Optional.of(encode(keys.getPrivate().getEncoded())),
            Optional.of(List.of(encode(keys.getPublic().getEncoded()))), Duration.ofMinutes(15), platform.ids);
    private final AccessTokenAuthenticator authenticator = new AccessTokenAuthenticator(
            new AccessTokenVerifier(clock, Optional.of(List.of(encode(keys.getPublic().getEncoded())))), cache, users);
    private final SessionService sessions = new SessionService(users, permissions, refreshTokens, signer,
            platform.tx, cache, platform.ids, clock);
    private final AccountCreationService accounts =
            new AccountCreationService(users, permissions, platform.tx, platform.ids, clock);

    @AfterAll
    static void closeRedis() {
        redis.close();
    }

    @Test
    void aSessionCarriesTheRoleGrantsAndExpiresOnTime() {
        TokenPair tokens = sessions.start(newUser(Role.STUDENT));

        AuthenticatedUser caller = authenticator.authenticate(tokens.accessToken());
        assertThat(caller.permissions()).hasSize(12).contains(Permission.CREATE_BOOKINGS)
                .doesNotContain(Permission.MANAGE_AVAILABILITY, Permission.ADMIN_READ);
        assertThat(tokens.accessTokenExpiresAt()).isEqualTo(Instant.parse("2026-11-28T10:15:00Z"));
        assertThat(tokens.accessTokenExpiresInSeconds()).isEqualTo(900);
        assertThat(tokens.refreshTokenExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));

        clock.advance(Duration.ofMinutes(15));
        assertThatThrownBy(() -> authenticator.authenticate(tokens.accessToken()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("TOKEN_EXPIRED"));
    }

    @Test
    void theDefaultGrantsOfEachRoleFollowTheReference() {
        assertThat(grants(Role.STUDENT)).hasSize(12);
        assertThat(grants(Role.INSTRUCTOR)).hasSize(15).contains(Permission.SEND_MESSAGES, Permission.MANAGE_SERVICES)
                .doesNotContain(Permission.CREATE_BOOKINGS);
        assertThat(grants(Role.ADMIN)).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void aRefreshTokenLastsSevenDaysFromItsRotation() {
        TokenPair first = sessions.start(newUser(Role.STUDENT));
        clock.advance(Duration.ofDays(6));
        TokenPair second = sessions.refresh(first.refreshToken());

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        TokenPair third = sessions.refresh(second.refreshToken());
        clock.advance(Duration.ofDays(7));

        assertThatThrownBy(() -> sessions.refresh(third.refreshToken()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("REFRESH_TOKEN_EXPIRED"));
    }

    @Test
    void twoRefreshesRacingWithOneTokenRotateOnceAndTheLoserRevokesTheFamily() throws Exception {
        TokenPair tokens = sessions.start(newUser(Role.STUDENT));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                calls.add(() -> {
                    try {
                        return sessions.refresh(tokens.refreshToken()).refreshToken();
                    } catch (UnauthorizedException e) {
                        return e.code();
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(calls)) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes).contains("REFRESH_TOKEN_REUSED").hasSize(2);
            String rotated = outcomes.stream().filter(o -> !o.equals("REFRESH_TOKEN_REUSED")).findFirst().orElseThrow();
            assertThatThrownBy(() -> sessions.refresh(rotated))
                    .satisfies(e -> assertThat(code(e)).isEqualTo("REFRESH_TOKEN_INVALID"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void endingAllSessionsRevokesOlderTokensButNotASessionStartedInTheSameSecond() {
        User user = newUser(Role.INSTRUCTOR);
        TokenPair before = sessions.start(user);
        clock.advance(Duration.ofMillis(100));

        sessions.endAllSessions(user.id());
        clock.advance(Duration.ofMillis(100));
        TokenPair after = sessions.start(users.findById(user.id()).orElseThrow());

        assertThatThrownBy(() -> authenticator.authenticate(before.accessToken()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("TOKEN_REVOKED"));
        assertThatThrownBy(() -> sessions.refresh(before.refreshToken()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("REFRESH_TOKEN_INVALID"));
        assertThat(authenticator.authenticate(after.accessToken()).userId()).isEqualTo(user.id());
        assertThat(sessions.refresh(after.refreshToken()).accessToken()).isNotBlank();
    }

    @Test
    void aRevokedOverrideDisappearsFromTheNextToken() {
        User user = newUser(Role.STUDENT);
        TokenPair tokens = sessions.start(user);
        platform.jdbc.update("""
                INSERT INTO user_permissions (user_id, permission_id, granted, changed_at)
                SELECT ?, id, false, ? FROM permissions WHERE name = 'create_bookings'
                """, user.id(), clock.instant());

        TokenPair next = sessions.refresh(tokens.refreshToken());

        assertThat(authenticator.authenticate(next.accessToken()).permissions())
                .doesNotContain(Permission.CREATE_BOOKINGS).contains(Permission.CANCEL_OWN_BOOKINGS);
    }

    @Test
    void anEmailHasOneAccountWhateverItsCase() {
        User user = newUser(Role.STUDENT);

        assertThatThrownBy(() -> accounts.create(new NewUser(user.email().toUpperCase(), "A", "B", null,
                "America/New_York", "x", true), Role.STUDENT))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo("EMAIL_TAKEN"));
    }

    @Test
    void aUserCannotBeStudentAndInstructor() {
        User user = newUser(Role.STUDENT);

        assertThatThrownBy(() -> platform.tx.run(() -> permissions.assignRole(user.id(), Role.INSTRUCTOR, clock.instant())))
                .hasMessageContaining("cannot be both student and instructor");
        assertThat(permissions.roles(user.id())).containsExactly(Role.STUDENT);
    }

    private List<Permission> grants(Role role) {
        User user = newUser(role);
        return authenticator.authenticate(sessions.start(user).accessToken()).permissions().stream().toList();
    }

    private User newUser(Role role) {
        return accounts.create(new NewUser("session-" + UUID.randomUUID() + "@example.test", "Ada", "Lovelace", null,
                "America/New_York", "not-a-real-hash", true), role);
    }

    private static String code(Throwable e) {
        return ((UnauthorizedException) e).code();
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
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
}
