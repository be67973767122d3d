package com.instainstru.accounts.twofactor;

/** An unused row of {@code backup_codes}: its id and the Argon2id hash of the code. */
public record StoredBackupCode(String id, String codeHash) {
}
