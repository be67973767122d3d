package com.instainstru.accounts.login;

import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.lockout.LoginLockoutService;
import com.instainstru.accounts.sessions.SessionService;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.security.OpaqueTokens;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in with email and password (reference §2).
 *
 * <ul>
 * <li>A locked email (see {@link LoginLockoutService}) gets 429 before the password is looked at.
 * <li>Unknown emails, wrong passwords and deactivated or anonymized accounts all get the same 401
 *     {@value #INVALID_CREDENTIALS} and count toward the lockout alike. An unknown email still costs one
 *     Argon2id verification (against {@link #DUMMY_HASH}), so the answer time does not reveal whether an
 *     account exists.
 * <li>A correct password whose hash has outdated parameters is re-hashed with the current ones.
 * <li>With 2FA enabled the answer is a 60-second single-use challenge token instead of a session; the
 *     lockout streak is then reset only once the second factor is verified too.
 * </ul>
 */
@ApplicationScoped
public class LoginService {

    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    public static final Duration CHALLENGE_LIFETIME = Duration.ofSeconds(60);

    /**
     * Argon2id with the default parameters (m=19456, t=2, p=1) of a random password nobody kept. A deployment
     * configured with other parameters makes its own once, so that the cost matches real hashes.
     */
    static final String DUMMY_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$50J6WD/5UtBQxG5NT3mONQ$8+Hm/xmPSQyhfSA0POcF0ALDTQWoP0ZNAiCQbUK4mdI";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginLockoutService lockout;
    private final TwoFactorChallengeRepository challenges;
    private final SessionService sessions;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;
    private volatile String dummyHash;

    public LoginService(UserRepository users, PasswordHasher hasher, LoginLockoutService lockout,
            TwoFactorChallengeRepository challenges, SessionService sessions, Transactions tx, IdGenerator ids,
            Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.lockout = lockout;
        this.challenges = challenges;
        this.sessions = sessions;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    public LoginResult login(String email, String password) {
        String lockoutKey = LoginLockoutService.keyOf(email);
        lockout.requireUnlocked(lockoutKey);
        Optional<User> found = users.findByEmail(lockoutKey);
        boolean passwordMatches = hasher.verify(password, found.map(User::passwordHash).orElseGet(this::dummyHash));
        if (found.isEmpty() || !passwordMatches || !found.get().canSignIn()) {
            lockout.recordFailure(lockoutKey);
            throw new UnauthorizedException(INVALID_CREDENTIALS, "The email or password is not correct");
        }
        User user = found.get();
        String newHash = hasher.needsRehash(user.passwordHash()) ? hasher.hash(password) : null;
        return tx.call(() -> {
            Instant now = clock.instant();
            if (newHash != null) {
                users.replacePasswordHash(user.id(), user.passwordHash(), newHash, now);
            }
            if (user.totpEnabled()) {
                return openChallenge(user, now);
            }
            lockout.reset(lockoutKey);
            return new LoginResult.SignedIn(sessions.start(user));
        });
    }

    private LoginResult.TwoFactorRequired openChallenge(User user, Instant now) {
        String token = OpaqueTokens.newToken();
        challenges.insert(new TwoFactorChallenge(ids.newId(), user.id(), now, now.plus(CHALLENGE_LIFETIME), 0, null),
                OpaqueTokens.sha256(token));
        return new LoginResult.TwoFactorRequired(token, CHALLENGE_LIFETIME);
    }

    String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = hasher.needsRehash(DUMMY_HASH) ? hasher.hash(OpaqueTokens.newToken()) : DUMMY_HASH;
            dummyHash = hash;
        }
        return hash;
    }
}
