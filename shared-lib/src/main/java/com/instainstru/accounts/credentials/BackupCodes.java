package com.instainstru.accounts.credentials;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Single-use 2FA backup codes (ASVS 5.0 V6.5): {@value #COUNT} codes of {@value #LENGTH} characters from
 * a 31-symbol alphabet without 0/O/1/I/L (about 49.5 bits each), shown as {@code ABCDE-FGHJK}. Having
 * less than 112 bits, they are stored as Argon2id hashes of the normalized code (6.5.2).
 *
 * <p>Checking costs one Argon2 verification per stored code (up to {@value #COUNT}) for a well-formed
 * wrong code; input that cannot be a code is rejected without hashing.
 */
@ApplicationScoped
public class BackupCodes {

    public static final int COUNT = 10;
    static final int LENGTH = 10;
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static final int GROUP = LENGTH / 2;
    /** A code with generous room for the separators people type. */
    private static final int MAX_INPUT_LENGTH = 32;

    private final PasswordHasher hasher;
    private final SecureRandom random = new SecureRandom();

    public BackupCodes(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /** {@value #COUNT} distinct new codes and their hashes; the caller replaces any earlier set. */
    public GeneratedCodes generate() {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < COUNT) {
            codes.add(randomCode());
        }
        List<String> display = new ArrayList<>(COUNT);
        List<String> hashes = new ArrayList<>(COUNT);
        for (String code : codes) {
            display.add(code.substring(0, GROUP) + "-" + code.substring(GROUP));
            hashes.add(hasher.hash(code));
        }
        return new GeneratedCodes(display, hashes);
    }

    /**
     * The index in {@code storedHashes} of the unused code the user typed, or empty. Null entries (codes
     * already used) are skipped; the caller marks the matched one used atomically.
     */
    public OptionalInt matchIndex(String input, List<String> storedHashes) {
        String code = normalize(input);
        if (!isWellFormed(code)) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < storedHashes.size(); i++) {
            String stored = storedHashes.get(i);
            if (stored != null && hasher.verify(code, stored)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** True when {@code input} has the form of a code (whether or not it is one), before any hashing. */
    public static boolean looksLikeCode(String input) {
        return input != null && input.length() <= MAX_INPUT_LENGTH && isWellFormed(normalize(input));
    }

    /** Drops whitespace and hyphens and upper-cases, so "abcde fghjk" and "ABCDE-FGHJK" are the same code. */
    static String normalize(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder code = new StringBuilder(input.length());
        input.codePoints()
                .filter(c -> c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(code::appendCodePoint);
        return code.toString().toUpperCase(Locale.ROOT);
    }

    static boolean isWellFormed(String code) {
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private String randomCode() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }
}
