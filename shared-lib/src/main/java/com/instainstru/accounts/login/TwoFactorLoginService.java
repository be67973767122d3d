package com.instainstru.accounts.login;

import com.instainstru.accounts.lockout.LoginLockoutService;
import com.instainstru.accounts.sessions.SessionService;
import com.instainstru.accounts.sessions.TokenPair;
import com.instainstru.accounts.twofactor.FactorMatch;
import com.instainstru.accounts.twofactor.SecondFactorService;
import com.instainstru.accounts.twofactor.TwoFactorService;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.security.OpaqueTokens;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The second step of a login with 2FA: the challenge token from {@link LoginService} plus a TOTP code or a
 * backup code give a session. A challenge lives 60 seconds, is used once, and dies after
 * {@value TwoFactorChallenge#MAX_FAILED_ATTEMPTS} wrong codes. Wrong codes also count toward the account's
 * sign-in lockout, and a locked account gets 429 here too, so a known password does not open unlimited
 * guessing of codes through fresh challenges.
 */
@ApplicationScoped
public class TwoFactorLoginService {

    private final TwoFactorChallengeRepository challenges;
    private final UserRepository users;
    private final SecondFactorService secondFactor;
    private final LoginLockoutService lockout;
    private final SessionService sessions;
    private final Transactions tx;
    private final Clock clock;

    public TwoFactorLoginService(TwoFactorChallengeRepository challenges, UserRepository users,
            SecondFactorService secondFactor, LoginLockoutService lockout, SessionService sessions,
            Transactions tx, Clock clock) {
        this.challenges = challenges;
        this.users = users;
        this.secondFactor = secondFactor;
        this.lockout = lockout;
        this.sessions = sessions;
        this.tx = tx;
        this.clock = clock;
    }

    /** Exactly one of {@code code} (TOTP) and {@code backupCode} is given. */
    public TokenPair verify(String twoFactorToken, String code, String backupCode) {
        Instant now = clock.instant();
        TwoFactorChallenge challenge = challenges.findByHash(OpaqueTokens.sha256(twoFactorToken))
                .orElseThrow(TwoFactorLoginService::invalidToken);
        requireUsable(challenge, now);
        User user = users.findById(challenge.userId()).filter(u -> u.canSignIn() && u.totpEnabled())
                .orElseThrow(TwoFactorLoginService::invalidToken);
        String lockoutKey = LoginLockoutService.keyOf(user.email());
        lockout.requireUnlocked(lockoutKey);
        Optional<FactorMatch> factor = secondFactor.check(user, code, backupCode, now);
        Optional<TokenPair> tokens = tx.call(() -> {
            TwoFactorChallenge current = challenges.findByIdForUpdate(challenge.id()).orElseThrow();
            requireUsable(current, now);
            if (factor.isPresent() && secondFactor.claim(user.id(), factor.get(), now)) {
                challenges.consume(current.id(), now);
                lockout.reset(lockoutKey);
                return Optional.of(sessions.start(user));
            }
            challenges.recordFailedAttempt(current.id());
            lockout.recordFailure(lockoutKey);
            return Optional.empty();
        });
        return tokens.orElseThrow(() -> new UnauthorizedException(TwoFactorService.INVALID_CODE,
                "The two-factor code is not correct or was already used"));
    }

    private static void requireUsable(TwoFactorChallenge challenge, Instant now) {
        if (challenge.isSpent()) {
            throw invalidToken();
        }
        if (challenge.isExpiredAt(now)) {
            throw new UnauthorizedException("TWO_FACTOR_TOKEN_EXPIRED",
                    "The two-factor login token has expired; sign in again");
        }
    }

    private static UnauthorizedException invalidToken() {
        return new UnauthorizedException("TWO_FACTOR_TOKEN_INVALID",
                "The two-factor login token is not valid; sign in again");
    }
}
