package com.instainstru.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.sessions.AccessTokenSigner;
import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

class AccessTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String USER = "01KDVDNA0097QGSXV0PVAVN864";

    private final MutableClock clock = new MutableClock(NOW);
    private final KeyPair current = rsa();
    private final KeyPair previous = rsa();

    @Test
    void acceptsItsOwnTokensUntilTheyExpire() {
        AccessTokenVerifier verifier = verifier(current);
        String token = signer(current, current).sign(USER, List.of("view_all_users", "not_a_permission"), NOW);

        AuthenticatedUser caller = verifier.verify(token);

        assertThat(caller.userId()).isEqualTo(USER);
        assertThat(caller.permissions()).containsExactly(Permission.VIEW_ALL_USERS);
        assertThat(caller.issuedAt()).isEqualTo(NOW);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(verifier.verify(token).userId()).isEqualTo(USER);
        clock.advance(Duration.ofSeconds(1));
        assertRejected(verifier, token, "TOKEN_EXPIRED");
    }

    @Test
    void aRotatedKeyStillVerifiesWhileItIsListed() {
        String oldToken = signer(previous, previous).sign(USER, List.of(), NOW);

        assertThat(verifier(current, previous).verify(oldToken).userId()).isEqualTo(USER);
        assertRejected(verifier(current), oldToken, "TOKEN_INVALID");
    }

    @Test
    void aSignerRefusesAPrivateKeyWhosePublicKeyIsNotListed() {
        AccessTokenSigner mismatched = signer(current, previous);

        assertThatThrownBy(() -> mismatched.sign(USER, List.of(), NOW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("verifies instainstru.auth.access-token.signing-key");
    }

    @Test
    void rejectsTokensWithTheWrongIssuerAudienceOrType() throws Exception {
        AccessTokenVerifier verifier = verifier(current);

        assertRejected(verifier, sign(claims("someone-else", AccessTokenVerifier.AUDIENCE), AccessTokenVerifier.TYPE),
                "TOKEN_INVALID");
        assertRejected(verifier, sign(claims(AccessTokenVerifier.ISSUER, "another-api"), AccessTokenVerifier.TYPE),
                "TOKEN_INVALID");
        assertRejected(verifier, sign(claims(AccessTokenVerifier.ISSUER, AccessTokenVerifier.AUDIENCE), "JWT"),
                "TOKEN_INVALID");
        assertThat(verifier.verify(sign(claims(AccessTokenVerifier.ISSUER, AccessTokenVerifier.AUDIENCE),
                AccessTokenVerifier.TYPE)).userId()).isEqualTo(USER);
    }

    @Test
    void rejectsAnHmacTokenKeyedWithThePublicKey() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(AccessTokenVerifier.ISSUER, AccessTokenVerifier.AUDIENCE).toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setHeader("typ", AccessTokenVerifier.TYPE);
        jws.setKeyIdHeaderValue(AccessTokenKeys.keyId(current.getPublic()));
        jws.setKey(new HmacKey(current.getPublic().getEncoded()));
        jws.setDoKeyValidation(false);

        assertRejected(verifier(current), jws.getCompactSerialization(), "TOKEN_INVALID");
    }

    @Test
    void rejectsGarbage() {
        AccessTokenVerifier verifier = verifier(current);

        assertRejected(verifier, "", "TOKEN_INVALID");
        assertRejected(verifier, "a.b.c", "TOKEN_INVALID");
        assertRejected(verifier, "é", "TOKEN_INVALID");
    }

    @Test
    void refusesRsaKeysShorterThan2048Bits() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        String weak = base64(generator.generateKeyPair().getPublic().getEncoded());
        AccessTokenVerifier verifier = new AccessTokenVerifier(clock, Optional.of(List.of(weak)));

        assertThatThrownBy(() -> verifier.verify("a.b.c")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1024-bit RSA key; at least 2048");
    }

    @Test
    void withoutKeysItRefusesToVerifyAndSaysWhichSettingIsMissing() {
        AccessTokenVerifier verifier = new AccessTokenVerifier(clock, Optional.empty());

        assertThatThrownBy(() -> verifier.verify("a.b.c")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("instainstru.auth.access-token.public-keys is not set");
    }

    private JwtClaims claims(String issuer, String audience) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(USER);
        claims.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(NOW.plusSeconds(60).getEpochSecond()));
        return claims;
    }

    private String sign(JwtClaims claims, String type) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", type);
        jws.setKeyIdHeaderValue(AccessTokenKeys.keyId(current.getPublic()));
        jws.setKey(current.getPrivate());
        return jws.getCompactSerialization();
    }

    private static void assertRejected(AccessTokenVerifier verifier, String token, String code) {
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(UnauthorizedException.class)
                .satisfies(e -> assertThat(((UnauthorizedException) e).code()).isEqualTo(code));
    }

    private AccessTokenVerifier verifier(KeyPair... keys) {
        List<String> encoded = Arrays.stream(keys).map(key -> base64(key.getPublic().getEncoded())).toList();
        return new AccessTokenVerifier(clock, Optional.of(encoded));
    }

    private AccessTokenSigner signer(KeyPair signing, KeyPair listed) {
        return new AccessTokenSigner(Optional.of(base64(signing.getPrivate().getEncoded())),
                Optional.of(List.of(base64(listed.getPublic().getEncoded()))), Duration.ofMinutes(15),
                new IdGenerator(clock));
    }

    private static String base64(byte[] bytes) {
        return new String(Base64.getEncoder().encode(bytes), StandardCharsets.US_ASCII);
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
