package com.instainstru.testfixtures;

import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.sessions.AccessTokenSigner;
import com.instainstru.accounts.sessions.SessionService;
import com.instainstru.accounts.sessions.TokenPair;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.User;
import com.instainstru.platform.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Real users with real tokens for function tests: created through the domain's own services (registration's
 * path) and signed in through the session service, so a test exercises exactly what production does.
 */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "violet-harbor-sundial-42";

    private final AccountCreationService accounts;
    private final SessionService sessions;
    private final AccessTokenSigner signer;
    private final PasswordHasher hasher;
    private final Clock clock;
    private volatile String passwordHash;

    public TestAccounts(AccountCreationService accounts, SessionService sessions, AccessTokenSigner signer,
            PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.signer = signer;
        this.hasher = hasher;
        this.clock = clock;
    }

    public TestUser student() {
        return create(Role.STUDENT);
    }

    public TestUser instructor() {
        return create(Role.INSTRUCTOR);
    }

    public TestUser admin() {
        return create(Role.ADMIN);
    }

    /** A new user with a unique email, {@link #PASSWORD}, the role's default grants and a signed-in session. */
    public TestUser create(Role role) {
        String email = role.value() + "-" + UUID.randomUUID() + "@example.test";
        User user = accounts.create(new NewUser(email, "Test", role.value().substring(0, 1).toUpperCase()
                + role.value().substring(1) + "son", null, "America/New_York", hash(), true), role);
        TokenPair tokens = sessions.start(user);
        return new TestUser(user, PASSWORD, tokens.accessToken(), tokens.refreshToken());
    }

    /** An access token for {@code userId} carrying exactly {@code permissions}, issued now. */
    public String tokenWith(String userId, Collection<Permission> permissions) {
        return tokenWith(userId, permissions, clock.instant());
    }

    public String tokenWith(String userId, Collection<Permission> permissions, Instant issuedAt) {
        return signer.sign(userId, permissions.stream().map(Permission::value).sorted().toList(), issuedAt);
    }

    /** Every permission except {@code missing}. */
    public static Set<Permission> allExcept(Permission... missing) {
        Set<Permission> permissions = EnumSet.allOf(Permission.class);
        Arrays.asList(missing).forEach(permissions::remove);
        return permissions;
    }

    private String hash() {
        String hash = passwordHash;
        if (hash == null) {
            hash = hasher.hash(PASSWORD);
            passwordHash = hash;
        }
        return hash;
    }

    /** A signed-in user: send {@link #bearer()} as the Authorization header. */
    public record TestUser(User user, String password, String accessToken, String refreshToken) {

        public String id() {
            return user.id();
        }

        public String email() {
            return user.email();
        }

        public String bearer() {
            return "Bearer " + accessToken;
        }
    }
}
