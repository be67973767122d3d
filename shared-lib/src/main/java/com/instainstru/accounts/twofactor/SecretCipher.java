package com.instainstru.accounts.twofactor;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM. Stored form: {@code v1:} + base64(iv || ciphertext+tag);
 * the version names the key, so a second key can be added for rotation without rewriting old rows.
 *
 * <p>The associated data (the owner's user id) is authenticated but not stored, so a ciphertext copied to
 * another user's row fails to decrypt.
 *
 * <p>The key is optional at startup so functions that never touch 2FA need not carry it; the first
 * encrypt or decrypt without a valid key fails with a message that names the property.
 */
@ApplicationScoped
public class SecretCipher {

    static final String KEY_PROPERTY = "instainstru.twofactor.encryption-key";
    static final String VERSION = "v1";

    private static final String PREFIX = VERSION + ":";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final String keyProblem;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(@ConfigProperty(name = KEY_PROPERTY) Optional<String> base64Key) {
        byte[] raw = null;
        String problem = null;
        if (base64Key.isEmpty() || base64Key.get().isBlank()) {
            problem = KEY_PROPERTY + " is not set; it must be the base64 of 32 random bytes (AES-256)";
        } else {
            try {
                raw = Base64.getDecoder().decode(base64Key.get().strip());
                if (raw.length != KEY_BYTES) {
                    problem = KEY_PROPERTY + " must decode to 32 bytes (AES-256) but decodes to " + raw.length;
                }
            } catch (IllegalArgumentException e) {
                // Deliberately without the cause: its message may quote part of the key.
                problem = KEY_PROPERTY + " is not valid base64; it must be the base64 of 32 random bytes";
            }
        }
        this.keyProblem = problem;
        this.key = problem == null ? new SecretKeySpec(raw, "AES") : null;
    }

    public String encrypt(byte[] plaintext, String associatedData) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** @throws UnreadableSecretException when {@code stored} is not a ciphertext of this key and data */
    public byte[] decrypt(String stored, String associatedData) {
        requireKey();
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new UnreadableSecretException("Stored secret has no known key version");
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecretException("Stored secret is not valid base64");
        }
        if (in.length < IV_BYTES + TAG_BITS / 8) {
            throw new UnreadableSecretException("Stored secret is too short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(in, IV_BYTES), associatedData);
            return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new UnreadableSecretException(
                    "Stored secret failed authentication (tampered, other key or other associated data)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String associatedData) throws GeneralSecurityException {
        requireKey();
        if (associatedData == null || associatedData.isEmpty()) {
            throw new IllegalArgumentException("associatedData must be the owner's id, not empty");
        }
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private void requireKey() {
        if (key == null) {
            throw new IllegalStateException(keyProblem);
        }
    }
}
