package com.instainstru.accounts.twofactor;

/**
 * A stored secret that does not decrypt: tampered, truncated, bound to other associated data, encrypted
 * under another key, or not in the stored format at all.
 */
public class UnreadableSecretException extends IllegalStateException {

    public UnreadableSecretException(String message) {
        super(message);
    }

    public UnreadableSecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
