package com.instainstru.accounts.privacy;

import com.instainstru.accounts.lockout.Reauthentication;
import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.privacy.schema.AccountDeletionRequest;
import com.instainstru.accounts.privacy.schema.AccountDeletionResponse;
import com.instainstru.accounts.privacy.schema.ExportedProfile;
import com.instainstru.accounts.privacy.schema.PersonalDataExport;
import com.instainstru.accounts.sessions.SessionService;
import com.instainstru.accounts.users.AccountStatus;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserLookup;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.errors.ForbiddenException;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * GDPR export and deletion (reference §5, §24) over the accounts tables. Deletion anonymizes rather than
 * deletes, so that rows other people rely on (bookings, payments, messages, to come) keep a valid user id:
 * every personal value is replaced, every credential made unusable, every session ended, in one transaction.
 * Anonymizing an anonymized account changes nothing and answers as the first time did.
 */
@ApplicationScoped
public class PrivacyService {

    /** Not a PHC string, so no password ever verifies against it. */
    static final String UNUSABLE_PASSWORD_HASH = "!anonymized";
    static final String ANONYMIZED = "privacy.anonymized";
    static final String EXPORTED = "privacy.exported_by_admin";
    private static final int PASSWORD_MAX = 1024;

    private final UserLookup users;
    private final PersonalDataRepository personalData;
    private final PermissionRepository permissions;
    private final SessionService sessions;
    private final Reauthentication reauthentication;
    private final AuditService audit;
    private final Cache cache;
    private final Transactions tx;
    private final Clock clock;

    public PrivacyService(UserLookup users, PersonalDataRepository personalData, PermissionRepository permissions,
            SessionService sessions, Reauthentication reauthentication, AuditService audit, Cache cache, Transactions tx,
            Clock clock) {
        this.users = users;
        this.personalData = personalData;
        this.permissions = permissions;
        this.sessions = sessions;
        this.reauthentication = reauthentication;
        this.audit = audit;
        this.cache = cache;
        this.tx = tx;
        this.clock = clock;
    }

    /** The caller's own data. */
    public PersonalDataExport exportOwn(String userId) {
        return tx.call(() -> export(users.require(userId)));
    }

    /** Any user's data, for an admin; the export itself is audited. 404 for an unknown user. */
    public PersonalDataExport exportFor(String actorId, String userId) {
        return tx.call(() -> {
            User user = users.require(userId);
            audit.record(actorId, EXPORTED, AuditedEntity.user(userId), null, null);
            return export(user);
        });
    }

    /**
     * Anonymizes the caller's own account after checking their password (403 {@code REAUTHENTICATION_FAILED}
     * when wrong).
     */
    public AccountDeletionResponse deleteOwn(String userId, AccountDeletionRequest request) {
        FieldRules.check().text("password", request.password(), 1, PASSWORD_MAX).orThrow();
        User user = users.require(userId);
        if (user.isAnonymized()) {
            return deleted(user.id(), user.anonymizedAt());
        }
        if (!reauthentication.passwordMatches(user, request.password())) {
            throw new ForbiddenException("REAUTHENTICATION_FAILED", "The password is not correct");
        }
        return anonymize(userId, userId);
    }

    /** Anonymizes any user's account, for an admin. 404 for an unknown user. */
    public AccountDeletionResponse deleteFor(String actorId, String userId) {
        return anonymize(actorId, userId);
    }

    private AccountDeletionResponse anonymize(String actorId, String userId) {
        return tx.call(() -> {
            User user = users.requireForUpdate(userId);
            if (user.isAnonymized()) {
                return deleted(user.id(), user.anonymizedAt());
            }
            Instant now = clock.instant();
            personalData.anonymizeUser(userId, placeholderEmail(userId), UNUSABLE_PASSWORD_HASH, now);
            personalData.deleteBackupCodes(userId);
            personalData.deleteEmailTraces(userId, user.email());
            personalData.withdrawInstructor(userId, now);
            cache.invalidate(CacheFamilies.INSTRUCTOR_PROFILE, userId);
            permissions.removeAllOverrides(userId);
            sessions.endAllSessions(userId);
            audit.record(actorId, ANONYMIZED, AuditedEntity.user(userId),
                    Map.of("anonymized", false, "accountStatus", user.status().value()),
                    Map.of("anonymized", true, "accountStatus", AccountStatus.DEACTIVATED.value()));
            return deleted(userId, users.require(userId).anonymizedAt());
        });
    }

    static String placeholderEmail(String userId) {
        return "deleted-" + userId + "@anonymized.invalid";
    }

    private PersonalDataExport export(User user) {
        String id = user.id();
        return new PersonalDataExport(clock.instant(), profile(user), permissions.roleGrants(id),
                permissions.overrides(id), personalData.sessions(id), personalData.twoFactor(id),
                personalData.instructor(id).orElse(null), audit.entriesAbout(AuditedEntity.user(id)));
    }

    private static ExportedProfile profile(User user) {
        return new ExportedProfile(user.id(), user.email(), user.firstName(), user.lastName(), user.phone(),
                user.phoneVerified(), user.emailVerified(), user.timeZone(), user.status().value(),
                user.accountLocked(), user.accountRestricted(), user.creditBalanceFrozen(), user.tokensValidAfter(),
                user.anonymizedAt(), user.createdAt(), user.updatedAt());
    }

    private static AccountDeletionResponse deleted(String userId, Instant anonymizedAt) {
        return new AccountDeletionResponse(userId, AccountDeletionResponse.ANONYMIZED, anonymizedAt);
    }
}
