package com.instainstru.accounts.privacy.schema;

import java.time.Instant;

/**
 * The account was anonymized at {@code anonymizedAt} (for an account anonymized before, the original instant)
 * and all its sessions have ended.
 */
public record AccountDeletionResponse(String userId, String status, Instant anonymizedAt) {

    public static final String ANONYMIZED = "anonymized";
}
