package com.instainstru.accounts.twofactor;

import com.instainstru.accounts.credentials.BackupCodes;
import com.instainstru.accounts.credentials.GeneratedCodes;
import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.lockout.LoginLockoutService;
import com.instainstru.accounts.twofactor.schema.TwoFactorSetupResponse;
import com.instainstru.accounts.twofactor.schema.TwoFactorStatusResponse;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.ForbiddenException;
import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.notifications.email.OutgoingEmailService;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A user's own two-factor settings (reference §2): set up (initiate, then confirm with a code within 15
 * minutes), status, disable (password and a second factor) and new backup codes (a current TOTP).
 *
 * <p>The secret is stored encrypted with the user id as associated data; backup codes only as hashes,
 * shown once. Wrong passwords and second factors when disabling or regenerating count toward the sign-in
 * lockout of the account, so a stolen session cannot be used to guess them.
 */
@ApplicationScoped
public class TwoFactorService {

    public static final String ISSUER = "iNSTAiNSTRU";
    public static final Duration SETUP_WINDOW = Duration.ofMinutes(15);
    public static final String INVALID_CODE = "INVALID_TWO_FACTOR_CODE";

    private final UserRepository users;
    private final TwoFactorRepository twoFactor;
    private final BackupCodeRepository storedCodes;
    private final SecondFactorService secondFactor;
    private final BackupCodes backupCodes;
    private final Totp totp;
    private final SecretCipher cipher;
    private final PasswordHasher hasher;
    private final LoginLockoutService lockout;
    private final OutgoingEmailService emails;
    private final AccountEmails accountEmails;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public TwoFactorService(UserRepository users, TwoFactorRepository twoFactor, BackupCodeRepository storedCodes,
            SecondFactorService secondFactor, BackupCodes backupCodes, Totp totp, SecretCipher cipher,
            PasswordHasher hasher, LoginLockoutService lockout, OutgoingEmailService emails,
            AccountEmails accountEmails, Transactions tx, IdGenerator ids, Clock clock) {
        this.users = users;
        this.twoFactor = twoFactor;
        this.storedCodes = storedCodes;
        this.secondFactor = secondFactor;
        this.backupCodes = backupCodes;
        this.totp = totp;
        this.cipher = cipher;
        this.hasher = hasher;
        this.lockout = lockout;
        this.emails = emails;
        this.accountEmails = accountEmails;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    /** A new pending secret (replacing a pending one). 409 when 2FA is already enabled. */
    public TwoFactorSetupResponse initiateSetup(String userId) {
        return tx.call(() -> {
            User user = users.findByIdForUpdate(userId).orElseThrow(TwoFactorService::unknownUser);
            if (user.totpEnabled()) {
                throw alreadyEnabled();
            }
            Instant now = clock.instant();
            byte[] secret = totp.newSecret();
            twoFactor.startSetup(userId, cipher.encrypt(secret, userId), now);
            return new TwoFactorSetupResponse(Base32.encode(secret),
                    totp.provisioningUri(ISSUER, accountLabel(user.email()), secret), now.plus(SETUP_WINDOW));
        });
    }

    /**
     * Enables 2FA when {@code code} matches the pending secret within {@link #SETUP_WINDOW} of the
     * initiation; returns the {@value BackupCodes#COUNT} backup codes, which are never shown again.
     */
    public List<String> confirmSetup(String userId, String code) {
        Instant now = clock.instant();
        User user = users.findById(userId).orElseThrow(TwoFactorService::unknownUser);
        if (user.totpEnabled()) {
            throw alreadyEnabled();
        }
        if (user.totpSecret() == null || user.twoFactorSetupAt() == null) {
            throw new ConflictException("TWO_FACTOR_SETUP_NOT_STARTED", "Start the two-factor setup first");
        }
        if (!now.isBefore(user.twoFactorSetupAt().plus(SETUP_WINDOW))) {
            throw new BusinessRuleException("TWO_FACTOR_SETUP_EXPIRED",
                    "The two-factor setup was started more than 15 minutes ago; start it again");
        }
        OptionalLong step = totp.verify(cipher.decrypt(user.totpSecret(), userId), code, now, Totp.NO_STEP_USED);
        if (step.isEmpty()) {
            throw new BusinessRuleException(INVALID_CODE, "The code does not match the new secret; check the"
                    + " authenticator app's clock and enter the current code");
        }
        GeneratedCodes generated = backupCodes.generate();
        tx.run(() -> {
            if (!twoFactor.enable(userId, user.totpSecret(), step.getAsLong(), now)) {
                throw new ConflictException("TWO_FACTOR_SETUP_CHANGED",
                        "The two-factor setup changed meanwhile; start it again");
            }
            replaceBackupCodes(userId, generated, now);
            emails.queue(accountEmails.twoFactorChanged(user, "Two-factor authentication was turned on"));
        });
        return generated.codes();
    }

    public TwoFactorStatusResponse status(String userId) {
        Instant now = clock.instant();
        TwoFactorState state = twoFactor.state(userId).orElseThrow(TwoFactorService::unknownUser);
        boolean setupPending = !state.enabled() && state.setupStartedAt() != null
                && now.isBefore(state.setupStartedAt().plus(SETUP_WINDOW));
        return new TwoFactorStatusResponse(state.enabled(), setupPending, state.verifiedAt(), state.lastUsedAt(),
                state.backupCodesRemaining());
    }

    /** Turns 2FA off after re-authentication: the current password and a TOTP code or a backup code. */
    public void disable(String userId, String currentPassword, String code, String backupCode) {
        Instant now = clock.instant();
        User user = enabledUser(userId);
        String lockoutKey = LoginLockoutService.keyOf(user.email());
        lockout.requireUnlocked(lockoutKey);
        boolean passwordMatches = hasher.verify(currentPassword, user.passwordHash());
        Optional<FactorMatch> factor = secondFactor.check(user, code, backupCode, now);
        if (!passwordMatches) {
            lockout.recordFailure(lockoutKey);
            throw new ForbiddenException("INVALID_CURRENT_PASSWORD", "The current password is not correct");
        }
        boolean disabled = factor.isPresent() && tx.call(() -> {
            if (!secondFactor.claim(userId, factor.get(), now)) {
                return false;
            }
            twoFactor.disable(userId, now);
            storedCodes.deleteAll(userId);
            emails.queue(accountEmails.twoFactorChanged(user, "Two-factor authentication was turned off"));
            return true;
        });
        if (!disabled) {
            throw wrongSecondFactor(lockoutKey);
        }
    }

    /** Replaces every backup code after a current TOTP code; the old codes stop working at once. */
    public List<String> regenerateBackupCodes(String userId, String code) {
        Instant now = clock.instant();
        User user = enabledUser(userId);
        String lockoutKey = LoginLockoutService.keyOf(user.email());
        lockout.requireUnlocked(lockoutKey);
        FactorMatch factor = secondFactor.checkTotp(user, code, now).orElseThrow(() -> wrongSecondFactor(lockoutKey));
        GeneratedCodes generated = backupCodes.generate();
        boolean replaced = tx.call(() -> {
            if (!secondFactor.claim(userId, factor, now)) {
                return false;
            }
            replaceBackupCodes(userId, generated, now);
            emails.queue(accountEmails.twoFactorChanged(user, "New backup codes were generated (the old ones no"
                    + " longer work)"));
            return true;
        });
        if (!replaced) {
            throw wrongSecondFactor(lockoutKey);
        }
        return generated.codes();
    }

    private User enabledUser(String userId) {
        User user = users.findById(userId).orElseThrow(TwoFactorService::unknownUser);
        if (!user.totpEnabled()) {
            throw new ConflictException("TWO_FACTOR_NOT_ENABLED", "Two-factor authentication is not enabled");
        }
        return user;
    }

    private void replaceBackupCodes(String userId, GeneratedCodes generated, Instant now) {
        storedCodes.deleteAll(userId);
        for (String hash : generated.hashes()) {
            storedCodes.insert(ids.newId(), userId, hash, now);
        }
    }

    /** Counts the failure toward the lockout (in its own transaction) and returns the 403 to throw. */
    private ForbiddenException wrongSecondFactor(String lockoutKey) {
        lockout.recordFailure(lockoutKey);
        return new ForbiddenException(INVALID_CODE, "The two-factor code is not correct or was already used");
    }

    /** The authenticator's account label: the email, without ':' (which separates issuer and account). */
    private static String accountLabel(String email) {
        return email.replace(":", "");
    }

    private static ConflictException alreadyEnabled() {
        return new ConflictException("TWO_FACTOR_ALREADY_ENABLED", "Two-factor authentication is already enabled");
    }

    private static UnauthorizedException unknownUser() {
        return new UnauthorizedException("AUTHENTICATION_REQUIRED", "Sign in again");
    }
}
