package com.instainstru.bench.auth;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Which asymmetric JWS algorithm is cheapest to verify on this JVM: the access token is verified on every
 * request of every function, signed only at sign-in and refresh. Same claims, same jose4j consumer.
 */
@State(Scope.Benchmark)
public class SignatureAlgorithmBenchmark {

    @Param({"EdDSA", "ES256", "RS256"})
    public String algorithm;

    private JwtConsumer consumer;
    private String token;
    private KeyPair keys;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String jwsAlgorithm = switch (algorithm) {
            case "EdDSA" -> {
                keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                yield AlgorithmIdentifiers.EDDSA;
            }
            case "ES256" -> {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                keys = generator.generateKeyPair();
                yield AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256;
            }
            default -> {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keys = generator.generateKeyPair();
                yield AlgorithmIdentifiers.RSA_USING_SHA256;
            }
        };
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("instainstru");
        claims.setAudience("instainstru-api");
        claims.setSubject("01KDVDNA0097QGSXV0PVAVN864");
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() + 7200));
        claims.setStringListClaim("perms", "manage_own_profile", "view_own_bookings", "view_own_search_history",
                "change_own_password", "delete_own_account", "view_instructors", "view_instructor_availability",
                "create_bookings", "cancel_own_bookings", "view_booking_details", "send_messages", "view_messages");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(jwsAlgorithm);
        jws.setKey(keys.getPrivate());
        token = jws.getCompactSerialization();
        consumer = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, jwsAlgorithm)
                .setVerificationKey(keys.getPublic())
                .setExpectedIssuer("instainstru")
                .setExpectedAudience("instainstru-api")
                .setRequireExpirationTime()
                .build();
    }

    @Benchmark
    public JwtClaims verify() throws Exception {
        return consumer.processToClaims(token);
    }
}
