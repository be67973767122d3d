package com.instainstru.accounts.credentials;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters and salt of an Argon2id hash in PHC string form
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, unpadded standard Base64).
 *
 * <p>Parsing is strict and bounded: the library allocates {@code m} KiB per verification and keeps one
 * instance per parameter set, so a corrupt or hostile row must not be able to ask for gigabytes.
 */
record PhcArgon2Hash(int memoryKib, int iterations, int parallelism, byte[] salt, int hashLength) {

    static final int VERSION = 19;
    static final int MAX_MEMORY_KIB = 1_048_576;
    static final int MAX_ITERATIONS = 64;
    static final int MAX_PARALLELISM = 16;
    static final int MIN_SALT_BYTES = 8;
    static final int MAX_SALT_BYTES = 64;
    static final int MIN_HASH_BYTES = 16;
    static final int MAX_HASH_BYTES = 64;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=(\\d{1,3})\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{22,})");

    static Optional<PhcArgon2Hash> parse(String phc) {
        if (phc == null) {
            return Optional.empty();
        }
        Matcher m = PHC.matcher(phc);
        if (!m.matches() || Integer.parseInt(m.group(1)) != VERSION) {
            return Optional.empty();
        }
        int memoryKib = Integer.parseInt(m.group(2));
        int iterations = Integer.parseInt(m.group(3));
        int parallelism = Integer.parseInt(m.group(4));
        byte[] salt;
        byte[] hash;
        try {
            salt = Base64.getDecoder().decode(m.group(5));
            hash = Base64.getDecoder().decode(m.group(6));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        boolean valid = parallelism >= 1 && parallelism <= MAX_PARALLELISM
                && iterations >= 1 && iterations <= MAX_ITERATIONS
                && memoryKib >= 8 * parallelism && memoryKib <= MAX_MEMORY_KIB
                && salt.length >= MIN_SALT_BYTES && salt.length <= MAX_SALT_BYTES
                && hash.length >= MIN_HASH_BYTES && hash.length <= MAX_HASH_BYTES;
        return valid ? Optional.of(new PhcArgon2Hash(memoryKib, iterations, parallelism, salt, hash.length))
                : Optional.empty();
    }
}
