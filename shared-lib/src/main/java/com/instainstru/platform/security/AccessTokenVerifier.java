package com.instainstru.platform.security;

import com.instainstru.platform.errors.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.Key;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Verifies access tokens in every function without a database round trip: an RS256 signature
 * by the auth function's private key, issuer, audience, type and expiry against the injected Clock.
 * Verifiers hold only public keys; several may be configured (comma-separated) to rotate the signing key:
 * the token's {@code kid} picks one.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    public static final String ISSUER = "instainstru";
    public static final String AUDIENCE = "instainstru-api";
    public static final String TYPE = "at+jwt";
    public static final String PERMISSIONS_CLAIM = "perms";
    static final String PUBLIC_KEYS_PROPERTY = "instainstru.auth.access-token.public-keys";

    private final Clock clock;
    private final Map<String, PublicKey> keysById;
    private final String keyProblem;

    public AccessTokenVerifier(Clock clock,
            @ConfigProperty(name = PUBLIC_KEYS_PROPERTY) Optional<List<String>> publicKeys) {
        this.clock = clock;
        Map<String, PublicKey> keys = Map.of();
        String problem = null;
        try {
            keys = publicKeys.orElse(List.of()).stream().filter(key -> !key.isBlank())
                    .map(key -> AccessTokenKeys.publicKey(key, PUBLIC_KEYS_PROPERTY))
                    .collect(Collectors.toUnmodifiableMap(AccessTokenKeys::keyId, Function.identity()));
            if (keys.isEmpty()) {
                problem = PUBLIC_KEYS_PROPERTY + " is not set: no access token can be verified";
            }
        } catch (IllegalStateException e) {
            problem = e.getMessage();
        }
        this.keysById = keys;
        this.keyProblem = problem;
    }

    /** The caller the token describes; a 401 problem when it is malformed, forged, expired or not ours. */
    public AuthenticatedUser verify(String token) {
        if (keyProblem != null) {
            throw new IllegalStateException(keyProblem);
        }
        JwtClaims claims;
        try {
            claims = consumer().processToClaims(token);
        } catch (InvalidJwtException e) {
            if (e.hasExpired()) {
                throw new UnauthorizedException("TOKEN_EXPIRED", "The access token has expired");
            }
            throw new UnauthorizedException("TOKEN_INVALID", "The access token is not valid");
        }
        try {
            Instant issuedAt = Instant.ofEpochSecond(claims.getIssuedAt().getValue());
            return new AuthenticatedUser(claims.getSubject(), permissions(claims), issuedAt);
        } catch (MalformedClaimException e) {
            throw new UnauthorizedException("TOKEN_INVALID", "The access token is not valid");
        }
    }

    private JwtConsumer consumer() {
        return new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver((jws, nesting) -> key(jws.getKeyIdHeaderValue()))
                .setExpectedType(true, TYPE)
                .setExpectedIssuer(ISSUER)
                .setExpectedAudience(AUDIENCE)
                .setRequireSubject()
                .setRequireIssuedAt()
                .setRequireExpirationTime()
                .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                .build();
    }

    private Key key(String keyId) throws UnresolvableKeyException {
        PublicKey key = keyId == null ? null : keysById.get(keyId);
        if (key == null) {
            throw new UnresolvableKeyException("unknown key id");
        }
        return key;
    }

    private static Set<Permission> permissions(JwtClaims claims) throws MalformedClaimException {
        List<String> names = claims.getStringListClaimValue(PERMISSIONS_CLAIM);
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        if (names != null) {
            names.forEach(name -> Permission.fromValue(name).ifPresent(permissions::add));
        }
        return permissions;
    }

    /** For diagnostics: the ids of the configured public keys. */
    public Set<String> keyIds() {
        return keysById.keySet();
    }
}
