package com.instainstru.accounts.sessions;

import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.security.OpaqueTokens;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Sessions: a short-lived access token plus a rotating refresh token (7 days). Each refresh consumes its
 * token and issues the next one in the same family; presenting a consumed token again means it was stolen
 * or replayed, so the whole family is revoked (reuse detection). Ending every session of a user moves
 * {@code tokens_valid_after}, which every function checks (through the cache) for access tokens too.
 */
@ApplicationScoped
public class SessionService {

    public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(7);

    private static final Logger LOG = Logger.getLogger(SessionService.class);

    private final UserRepository users;
    private final PermissionRepository permissions;
    private final RefreshTokenRepository refreshTokens;
    private final AccessTokenSigner signer;
    private final Transactions tx;
    private final Cache cache;
    private final IdGenerator ids;
    private final Clock clock;

    public SessionService(UserRepository users, PermissionRepository permissions,
            RefreshTokenRepository refreshTokens, AccessTokenSigner signer, Transactions tx, Cache cache,
            IdGenerator ids, Clock clock) {
        this.users = users;
        this.permissions = permissions;
        this.refreshTokens = refreshTokens;
        this.signer = signer;
        this.tx = tx;
        this.cache = cache;
        this.ids = ids;
        this.clock = clock;
    }

    /** Opens a new session (a new refresh-token family) for a user whose credentials were just checked. */
    public TokenPair start(User user) {
        return tx.call(() -> issue(user, ids.newId(), clock.instant()));
    }

    /** Rotates a refresh token. 401 when it is unknown, expired, revoked or reused (which revokes its family). */
    public TokenPair refresh(String refreshToken) {
        RefreshResult result = tx.call(() -> rotate(refreshToken == null ? "" : refreshToken));
        return switch (result.outcome()) {
            case ROTATED -> result.tokens();
            case REUSED -> throw new UnauthorizedException("REFRESH_TOKEN_REUSED",
                    "This refresh token was already used; every session it belongs to has been ended");
            case EXPIRED -> throw new UnauthorizedException("REFRESH_TOKEN_EXPIRED", "The refresh token has expired");
            case INVALID -> throw new UnauthorizedException("REFRESH_TOKEN_INVALID", "The refresh token is not valid");
        };
    }

    /** Ends the session the refresh token belongs to. Unknown tokens are ignored (logout is idempotent). */
    public void logout(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return;
        }
        tx.run(() -> refreshTokens.findByHashForUpdate(OpaqueTokens.sha256(refreshToken))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant())));
    }

    /**
     * Ends every session of the user: refresh tokens are revoked and access tokens issued until now stop
     * working in every function (within the cache TTL at worst if Redis missed the invalidation). Joins the
     * caller's transaction when one is open.
     */
    public void endAllSessions(String userId) {
        tx.run(() -> {
            Instant now = clock.instant();
            users.updateTokensValidAfter(userId, cutoffAfter(now), now);
            int revoked = refreshTokens.revokeAllOfUser(userId, now);
            cache.invalidate(CacheFamilies.SESSION_CUTOFF, userId);
            LOG.infof("ended all sessions of user %s (%d refresh tokens revoked)", userId, revoked);
        });
    }

    /**
     * The first whole second after {@code now}: tokens carry whole-second issue times, so every token issued
     * up to now (its second truncated) is before it, and {@link #issue} dates new tokens no earlier than it.
     */
    static Instant cutoffAfter(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    private static Instant ceilingSecond(Instant instant) {
        Instant floor = instant.truncatedTo(ChronoUnit.SECONDS);
        return floor.equals(instant) ? floor : floor.plusSeconds(1);
    }

    private RefreshResult rotate(String presented) {
        Instant now = clock.instant();
        RefreshToken token = refreshTokens.findByHashForUpdate(OpaqueTokens.sha256(presented)).orElse(null);
        if (token == null || token.revokedAt() != null) {
            return RefreshResult.of(Outcome.INVALID);
        }
        if (token.usedAt() != null) {
            int revoked = refreshTokens.revokeFamily(token.familyId(), now);
            LOG.warnf("refresh token reuse for user %s: family %s revoked (%d tokens)", token.userId(),
                    token.familyId(), revoked);
            return RefreshResult.of(Outcome.REUSED);
        }
        if (!now.isBefore(token.expiresAt())) {
            return RefreshResult.of(Outcome.EXPIRED);
        }
        User user = users.findById(token.userId()).orElse(null);
        if (user == null || !user.canSignIn() || token.issuedAt().isBefore(user.tokensValidAfter())) {
            refreshTokens.revokeFamily(token.familyId(), now);
            return RefreshResult.of(Outcome.INVALID);
        }
        refreshTokens.markUsed(token.id(), now);
        return new RefreshResult(Outcome.ROTATED, issue(user, token.familyId(), now));
    }

    private TokenPair issue(User user, String familyId, Instant now) {
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant earliest = ceilingSecond(user.tokensValidAfter());
        if (issuedAt.isBefore(earliest)) {
            issuedAt = earliest;
        }
        String accessToken = signer.sign(user.id(), permissions.effectivePermissionNames(user.id()), issuedAt);
        String refreshToken = OpaqueTokens.newToken();
        Instant refreshExpiresAt = now.plus(REFRESH_TOKEN_LIFETIME);
        refreshTokens.insert(new RefreshToken(ids.newId(), familyId, user.id(), issuedAt, refreshExpiresAt,
                null, null), OpaqueTokens.sha256(refreshToken));
        Instant accessExpiresAt = issuedAt.plus(signer.ttl());
        long expiresIn = accessExpiresAt.getEpochSecond() - now.getEpochSecond();
        return new TokenPair(accessToken, accessExpiresAt, expiresIn, refreshToken, refreshExpiresAt);
    }

    private enum Outcome { ROTATED, REUSED, EXPIRED, INVALID }

    private record RefreshResult(Outcome outcome, TokenPair tokens) {
        static RefreshResult of(Outcome outcome) {
            return new RefreshResult(outcome, null);
        }
    }
}
