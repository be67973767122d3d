package com.instainstru.accounts.credentials;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Argon2id password hashing (OWASP / ASVS 5.0 Appendix C: m = 19456 KiB, t = 2, p = 1 by default) with
 * PHC string output, e.g. {@code $argon2id$v=19$m=19456,t=2,p=1$<16-byte salt>$<32-byte hash>}.
 *
 * <p>Verification takes the parameters from the stored hash, so hashes made with older parameters (or by
 * the original backend's argon2-cffi) keep verifying; {@link #needsRehash} tells login to re-hash them.
 *
 * <p>The optional pepper is passed to Argon2 as its secret key input (RFC 9106 "K"), not concatenated
 * with the password. The PHC string does not record it: changing or removing the pepper makes every
 * stored hash fail to verify.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final String pepper;
    private final Argon2Function argon2;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher(
            @ConfigProperty(name = "instainstru.passwords.argon2.memory-kib", defaultValue = "19456") int memoryKib,
            @ConfigProperty(name = "instainstru.passwords.argon2.iterations", defaultValue = "2") int iterations,
            @ConfigProperty(name = "instainstru.passwords.argon2.parallelism", defaultValue = "1") int parallelism,
            @ConfigProperty(name = "instainstru.passwords.pepper") Optional<String> pepper) {
        if (parallelism < 1 || parallelism > PhcArgon2Hash.MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be 1.." + PhcArgon2Hash.MAX_PARALLELISM);
        }
        if (iterations < 1 || iterations > PhcArgon2Hash.MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be 1.." + PhcArgon2Hash.MAX_ITERATIONS);
        }
        if (memoryKib < 8 * parallelism || memoryKib > PhcArgon2Hash.MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memory-kib must be 8 * parallelism.." + PhcArgon2Hash.MAX_MEMORY_KIB);
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.pepper = pepper.filter(p -> !p.isEmpty()).orElse(null);
        this.argon2 = argon2(memoryKib, iterations, parallelism, HASH_BYTES);
    }

    /** A fresh PHC string with a random 16-byte salt and the configured parameters. */
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return argon2.hash(password.getBytes(StandardCharsets.UTF_8), salt, pepper).getResult();
    }

    /** True when the password matches; false for a wrong password and for a missing or malformed hash. */
    public boolean verify(String password, String storedHash) {
        if (password == null) {
            return false;
        }
        Optional<PhcArgon2Hash> stored = PhcArgon2Hash.parse(storedHash);
        if (stored.isEmpty()) {
            return false;
        }
        PhcArgon2Hash h = stored.get();
        Argon2Function function = matchesConfiguration(h) ? argon2
                : argon2(h.memoryKib(), h.iterations(), h.parallelism(), h.hashLength());
        try {
            // Compares the whole re-encoded PHC string in constant time.
            return function.check(password.getBytes(StandardCharsets.UTF_8),
                    storedHash.getBytes(StandardCharsets.UTF_8), h.salt(), pepper);
        } catch (IllegalArgumentException malformed) { // includes password4j's BadParametersException
            return false;
        }
    }

    /** True when the stored hash was made with other parameters than the configured ones (or is unreadable). */
    public boolean needsRehash(String storedHash) {
        return PhcArgon2Hash.parse(storedHash).map(h -> !matchesConfiguration(h)).orElse(true);
    }

    private boolean matchesConfiguration(PhcArgon2Hash h) {
        return h.memoryKib() == memoryKib && h.iterations() == iterations && h.parallelism() == parallelism
                && h.salt().length == SALT_BYTES && h.hashLength() == HASH_BYTES;
    }

    private static Argon2Function argon2(int memoryKib, int iterations, int parallelism, int hashBytes) {
        return Argon2Function.getInstance(memoryKib, iterations, parallelism, hashBytes, Argon2.ID,
                Argon2Function.ARGON2_VERSION_13);
    }
}
