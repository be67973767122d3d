package com.instainstru.accounts.twofactor;

/**
 * A second factor the user typed correctly and that is still unused when it was checked: a TOTP step or a
 * backup code. {@link SecondFactorService#claim} then marks it used, atomically.
 */
public sealed interface FactorMatch {

    record TotpStep(long step) implements FactorMatch {
    }

    record BackupCode(String backupCodeId) implements FactorMatch {
    }
}
