package com.instainstru.accounts.sessions;

import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.security.AccessTokenKeys;
import com.instainstru.platform.security.AccessTokenVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs access tokens (RS256) with the RSA private key that only the auth function is given. The key id is the
 * id of the configured public key that verifies this private key's signatures, so a signing key without its
 * public key among {@code instainstru.auth.access-token.public-keys} is refused at the first use.
 */
@ApplicationScoped
public class AccessTokenSigner {

    static final String SIGNING_KEY_PROPERTY = "instainstru.auth.access-token.signing-key";
    private static final String PUBLIC_KEYS_PROPERTY = "instainstru.auth.access-token.public-keys";

    private final Optional<String> encodedSigningKey;
    private final List<String> encodedPublicKeys;
    private final Duration ttl;
    private final IdGenerator ids;
    private volatile SigningKey signingKey;

    public AccessTokenSigner(
            @ConfigProperty(name = SIGNING_KEY_PROPERTY) Optional<String> encodedSigningKey,
            @ConfigProperty(name = PUBLIC_KEYS_PROPERTY) Optional<List<String>> encodedPublicKeys,
            @ConfigProperty(name = "instainstru.auth.access-token.ttl", defaultValue = "PT15M") Duration ttl,
            IdGenerator ids) {
        this.encodedSigningKey = encodedSigningKey.filter(key -> !key.isBlank());
        this.encodedPublicKeys = encodedPublicKeys.orElse(List.of());
        this.ttl = ttl;
        this.ids = ids;
    }

    public Duration ttl() {
        return ttl;
    }

    /** A compact JWS for {@code userId}, issued at {@code issuedAt} (whole seconds), expiring after the TTL. */
    public String sign(String userId, List<String> permissionNames, Instant issuedAt) {
        SigningKey key = signingKey();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(AccessTokenVerifier.ISSUER);
        claims.setAudience(AccessTokenVerifier.AUDIENCE);
        claims.setSubject(userId);
        claims.setJwtId(ids.newId());
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(issuedAt.plus(ttl).getEpochSecond()));
        claims.setStringListClaim(AccessTokenVerifier.PERMISSIONS_CLAIM, permissionNames);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", AccessTokenVerifier.TYPE);
        jws.setKeyIdHeaderValue(key.id());
        jws.setKey(key.key());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
    }

    private SigningKey signingKey() {
        SigningKey key = signingKey;
        if (key == null) {
            key = loadSigningKey();
            signingKey = key;
        }
        return key;
    }

    private SigningKey loadSigningKey() {
        PrivateKey privateKey = AccessTokenKeys.privateKey(encodedSigningKey.orElseThrow(() ->
                new IllegalStateException(SIGNING_KEY_PROPERTY + " is not set: this function cannot issue tokens")),
                SIGNING_KEY_PROPERTY);
        byte[] probe = "instainstru-key-probe".getBytes(StandardCharsets.US_ASCII);
        byte[] signature = signatureOf(privateKey, probe);
        for (String encoded : encodedPublicKeys) {
            PublicKey publicKey = AccessTokenKeys.publicKey(encoded, PUBLIC_KEYS_PROPERTY);
            if (verifies(publicKey, probe, signature)) {
                return new SigningKey(AccessTokenKeys.keyId(publicKey), privateKey);
            }
        }
        throw new IllegalStateException(
                "no key in " + PUBLIC_KEYS_PROPERTY + " verifies " + SIGNING_KEY_PROPERTY + "; add its public key");
    }

    private static byte[] signatureOf(PrivateKey key, byte[] data) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(SIGNING_KEY_PROPERTY + " cannot sign", e);
        }
    }

    private static boolean verifies(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private record SigningKey(String id, PrivateKey key) {
    }
}
