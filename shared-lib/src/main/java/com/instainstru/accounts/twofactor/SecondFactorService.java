package com.instainstru.accounts.twofactor;

import com.instainstru.accounts.credentials.BackupCodes;
import com.instainstru.accounts.users.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Checks the second factor of a user with 2FA enabled, in two phases: {@link #check} verifies the code
 * without writing (a backup code costs up to ten Argon2id verifications, so it runs outside any
 * transaction), then {@link #claim}, inside the caller's transaction, marks the factor used atomically so
 * that two concurrent requests cannot both use one code.
 *
 * <p>TOTP accepts the current 30-second step and one step either side, never a step at or before the last
 * used one (RFC 6238 §5.2). Backup codes are single use.
 */
@ApplicationScoped
public class SecondFactorService {

    private final Totp totp;
    private final SecretCipher cipher;
    private final BackupCodes backupCodes;
    private final BackupCodeRepository storedCodes;
    private final TwoFactorRepository twoFactor;

    public SecondFactorService(Totp totp, SecretCipher cipher, BackupCodes backupCodes,
            BackupCodeRepository storedCodes, TwoFactorRepository twoFactor) {
        this.totp = totp;
        this.cipher = cipher;
        this.backupCodes = backupCodes;
        this.storedCodes = storedCodes;
        this.twoFactor = twoFactor;
    }

    /** The TOTP {@code code} if given, else the {@code backupCode}; empty when it does not match. */
    public Optional<FactorMatch> check(User user, String code, String backupCode, Instant now) {
        if (code != null) {
            return checkTotp(user, code, now);
        }
        return user.totpEnabled() ? checkBackupCode(user.id(), backupCode) : Optional.empty();
    }

    /** A TOTP code only (regenerating backup codes does not accept a backup code). */
    public Optional<FactorMatch> checkTotp(User user, String code, Instant now) {
        if (!user.totpEnabled()) {
            return Optional.empty();
        }
        byte[] secret = cipher.decrypt(user.totpSecret(), user.id());
        long lastUsed = user.totpLastUsedStep() == null ? Totp.NO_STEP_USED : user.totpLastUsedStep();
        OptionalLong step = totp.verify(secret, code, now, lastUsed);
        return step.isPresent() ? Optional.of(new FactorMatch.TotpStep(step.getAsLong())) : Optional.empty();
    }

    /** Inside the caller's transaction. False when a concurrent request used the same factor first. */
    public boolean claim(String userId, FactorMatch match, Instant now) {
        if (match instanceof FactorMatch.TotpStep totpStep) {
            return twoFactor.advanceLastUsedStep(userId, totpStep.step(), now);
        }
        FactorMatch.BackupCode code = (FactorMatch.BackupCode) match;
        if (!storedCodes.markUsed(code.backupCodeId(), now)) {
            return false;
        }
        twoFactor.recordUse(userId, now);
        return true;
    }

    private Optional<FactorMatch> checkBackupCode(String userId, String backupCode) {
        List<StoredBackupCode> unused = storedCodes.unused(userId);
        OptionalInt index = backupCodes.matchIndex(backupCode, unused.stream().map(StoredBackupCode::codeHash).toList());
        return index.isPresent() ? Optional.of(new FactorMatch.BackupCode(unused.get(index.getAsInt()).id()))
                : Optional.empty();
    }
}
