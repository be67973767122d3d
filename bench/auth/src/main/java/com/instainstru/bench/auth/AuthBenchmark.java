package com.instainstru.bench.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.sessions.AccessTokenAuthenticator;
import com.instainstru.accounts.sessions.AccessTokenSigner;
import com.instainstru.accounts.sessions.SessionCutoff;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.db.ConnectionHolder;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.JdbcTransactions;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.platform.security.AccessTokenVerifier;
import com.instainstru.platform.security.AuthenticatedUser;
import com.instainstru.platform.security.OpaqueTokens;
import com.instainstru.platform.security.Permission;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What authentication costs. Login: one Argon2id verification with the production parameters (its
 * dominant cost). Every authenticated request: RS256 signature and claims check, then the revocation
 * cutoff from Redis (a cache hit; a miss reads PostgreSQL once per user per 5 minutes).
 * Baselines in the same run: SHA-256 of the token (a cheap CPU floor) and one Redis GET (the network floor
 * every request already pays for rate limiting).
 */
@State(Scope.Benchmark)
public class AuthBenchmark {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String USER_ID = "01KDVDNA0097QGSXV0PVAVN864";

    private PasswordHasher hasher;
    private String passwordHash;
    private AccessTokenVerifier verifier;
    private AccessTokenAuthenticator authenticator;
    private RedisConnection redis;
    private String token;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Clock clock = Clock.systemUTC();
        hasher = new PasswordHasher(19456, 2, 1, Optional.empty());
        passwordHash = hasher.hash(PASSWORD);

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        String privateKey = Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded());
        verifier = new AccessTokenVerifier(clock, Optional.of(List.of(publicKey)));
        AccessTokenSigner signer = new AccessTokenSigner(Optional.of(privateKey), Optional.of(List.of(publicKey)),
                Duration.ofHours(2), new IdGenerator(clock));
        List<String> studentPermissions = Arrays.stream(Permission.values()).limit(12).map(Permission::value).toList();
        token = signer.sign(USER_ID, studentPermissions, clock.instant());

        redis = new RedisConnection(System.getProperty("redis.url", "redis://127.0.0.1:6379"), Duration.ofMillis(250));
        ConnectionHolder holder = new ConnectionHolder();
        // The cutoff is put in the cache below, so the benchmark never reaches PostgreSQL (no data source).
        Cache cache = new Cache(redis, json(), new JdbcTransactions(null, holder), clock);
        authenticator = new AccessTokenAuthenticator(verifier, cache, new UserRepository(new Jdbc(null, holder)));
        cache.getOrLoad(CacheFamilies.SESSION_CUTOFF, USER_ID, SessionCutoff.class,
                () -> new SessionCutoff(true, Instant.EPOCH));
        redis.commands().set("bench:auth:baseline", "x");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        redis.close();
    }

    @Benchmark
    public boolean loginPasswordVerification() {
        return hasher.verify(PASSWORD, passwordHash);
    }

    @Benchmark
    public AuthenticatedUser tokenSignatureAndClaims() {
        return verifier.verify(token);
    }

    @Benchmark
    public AuthenticatedUser tokenAuthenticationWithCachedCutoff() {
        return authenticator.authenticate(token);
    }

    @Benchmark
    public String baselineSha256OfToken() {
        return OpaqueTokens.sha256(token);
    }

    @Benchmark
    public String baselineRedisGet() {
        return redis.commands().get("bench:auth:baseline");
    }

    private static ObjectMapper json() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }
}
