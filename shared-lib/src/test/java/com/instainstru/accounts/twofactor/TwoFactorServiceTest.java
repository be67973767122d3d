package com.instainstru.accounts.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.instainstru.accounts.AccountsTestKit;
import com.instainstru.accounts.AccountsTestKit.TwoFactorUser;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.twofactor.schema.TwoFactorSetupResponse;
import com.instainstru.accounts.twofactor.schema.TwoFactorStatusResponse;
import com.instainstru.accounts.users.User;
import com.instainstru.notifications.email.OutboundEmail;
import com.instainstru.platform.errors.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Setup, status, disable and backup-code regeneration against the real database. */
class TwoFactorServiceTest {

    private final AccountsTestKit kit = new AccountsTestKit();
    private final TwoFactorService twoFactor = kit.twoFactor;

    @Test
    void initiateStoresTheSecretEncryptedForThisUserAndReturnsItOnce() {
        User user = kit.student();
        Instant now = kit.clock.instant();

        TwoFactorSetupResponse setup = twoFactor.initiateSetup(user.id());

        byte[] secret = Base32.decode(setup.secret());
        assertThat(secret).hasSize(20);
        assertThat(setup.otpauthUri()).startsWith("otpauth://totp/iNSTAiNSTRU:")
                .contains("secret=" + setup.secret(), "issuer=iNSTAiNSTRU");
        assertThat(setup.expiresAt()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        User stored = kit.reload(user);
        assertThat(stored.totpSecret()).startsWith("v1:").doesNotContain(setup.secret());
        assertThat(kit.cipher.decrypt(stored.totpSecret(), user.id())).isEqualTo(secret);
        assertThat(stored.twoFactorSetupAt()).isEqualTo(now);
        assertThat(stored.totpEnabled()).isFalse();
        assertThat(twoFactor.status(user.id()).setupPending()).isTrue();
    }

    @Test
    void confirmingEnablesRecordsTheStepAndStoresOnlyHashesOfTenBackupCodes() {
        User user = kit.student();
        byte[] secret = Base32.decode(twoFactor.initiateSetup(user.id()).secret());
        kit.clock.advance(Duration.ofMinutes(14).plusSeconds(59));

        List<String> codes = twoFactor.confirmSetup(user.id(), kit.currentCode(secret));

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z0-9]{5}-[A-Z0-9]{5}"));
        User enabled = kit.reload(user);
        assertThat(enabled.totpEnabled()).isTrue();
        assertThat(enabled.totpLastUsedStep()).isEqualTo(kit.totp.stepAt(kit.clock.instant()));
        List<StoredBackupCode> stored = kit.backupCodeRows.unused(user.id());
        assertThat(stored).hasSize(10);
        assertThat(stored).extracting(StoredBackupCode::codeHash).allMatch(hash -> hash.startsWith("$argon2id$"))
                .noneMatch(codes::contains);
        TwoFactorStatusResponse status = twoFactor.status(user.id());
        assertThat(status.enabled()).isTrue();
        assertThat(status.setupPending()).isFalse();
        assertThat(status.backupCodesRemaining()).isEqualTo(10);
        assertThat(status.verifiedAt()).isEqualTo(kit.clock.instant());
    }

    @Test
    void aSetupMustBeConfirmedWithinFifteenMinutes() {
        User user = kit.student();
        byte[] secret = Base32.decode(twoFactor.initiateSetup(user.id()).secret());
        kit.clock.advance(Duration.ofMinutes(15));

        assertThat(codeOf(() -> twoFactor.confirmSetup(user.id(), kit.currentCode(secret))))
                .isEqualTo("TWO_FACTOR_SETUP_EXPIRED");
        assertThat(kit.reload(user).totpEnabled()).isFalse();
        assertThat(twoFactor.status(user.id()).setupPending()).isFalse();
    }

    @Test
    void aWrongSetupCodeWritesNothing() {
        User user = kit.student();
        byte[] secret = Base32.decode(twoFactor.initiateSetup(user.id()).secret());

        assertThat(codeOf(() -> twoFactor.confirmSetup(user.id(), kit.codeAtOffset(secret, 2))))
                .isEqualTo("INVALID_TWO_FACTOR_CODE");
        assertThat(kit.reload(user).totpEnabled()).isFalse();
        assertThat(kit.backupCodeRows.unused(user.id())).isEmpty();
    }

    @Test
    void confirmingNeedsAStartedSetup() {
        User user = kit.student();

        assertThat(codeOf(() -> twoFactor.confirmSetup(user.id(), "123456"))).isEqualTo("TWO_FACTOR_SETUP_NOT_STARTED");
    }

    @Test
    void aNewInitiationReplacesThePendingSecret() {
        User user = kit.student();
        byte[] first = Base32.decode(twoFactor.initiateSetup(user.id()).secret());
        byte[] second = Base32.decode(twoFactor.initiateSetup(user.id()).secret());
        kit.clock.advance(Duration.ofSeconds(30));

        assertThat(codeOf(() -> twoFactor.confirmSetup(user.id(), kit.currentCode(first))))
                .isEqualTo("INVALID_TWO_FACTOR_CODE");
        assertThat(twoFactor.confirmSetup(user.id(), kit.currentCode(second))).hasSize(10);
    }

    @Test
    void initiateAndConfirmAreRefusedOnceEnabled() {
        TwoFactorUser user = kit.studentWithTwoFactor();
        String secretBefore = user.user().totpSecret();

        assertThat(codeOf(() -> twoFactor.initiateSetup(user.user().id()))).isEqualTo("TWO_FACTOR_ALREADY_ENABLED");
        assertThat(codeOf(() -> twoFactor.confirmSetup(user.user().id(), "123456")))
                .isEqualTo("TWO_FACTOR_ALREADY_ENABLED");
        assertThat(kit.reload(user.user()).totpSecret()).isEqualTo(secretBefore);
    }

    @Test
    void disablingNeedsThePasswordAndASecondFactorAndClearsEverything() {
        TwoFactorUser user = kit.studentWithTwoFactor();
        String id = user.user().id();
        kit.clock.advance(Duration.ofSeconds(30));
        String code = kit.currentCode(user.secret());

        assertThat(codeOf(() -> twoFactor.disable(id, "wrong-password", code, null)))
                .isEqualTo("INVALID_CURRENT_PASSWORD");
        assertThat(codeOf(() -> twoFactor.disable(id, AccountsTestKit.PASSWORD, null, "ZZZZZ-ZZZZZ")))
                .isEqualTo("INVALID_TWO_FACTOR_CODE");
        assertThat(kit.reload(user.user()).totpEnabled()).isTrue();

        twoFactor.disable(id, AccountsTestKit.PASSWORD, code, null);

        User disabled = kit.reload(user.user());
        assertThat(disabled.totpEnabled()).isFalse();
        assertThat(disabled.totpSecret()).isNull();
        assertThat(disabled.totpLastUsedStep()).isNull();
        assertThat(disabled.twoFactorSetupAt()).isNull();
        assertThat(kit.backupCodeRows.unused(id)).isEmpty();
        assertThat(twoFactor.status(id)).isEqualTo(new TwoFactorStatusResponse(false, false, null, null, 0));
        assertThat(codeOf(() -> twoFactor.disable(id, AccountsTestKit.PASSWORD, code, null)))
                .isEqualTo("TWO_FACTOR_NOT_ENABLED");
        assertThat(kit.mailTo(user.user().email())).extracting(OutboundEmail::template, OutboundEmail::textBody)
                .as("a security notice for each change, none for the refused attempts")
                .map(tuple -> tuple.toList().get(0) + ": " + tuple.toList().get(1))
                .hasSize(2)
                .allMatch(notice -> notice.startsWith(AccountEmails.TWO_FACTOR_CHANGED))
                .satisfies(notices -> {
                    assertThat(notices.get(0)).contains("turned on");
                    assertThat(notices.get(1)).contains("turned off");
                });
    }

    @Test
    void aBackupCodeAlsoDisables() {
        TwoFactorUser user = kit.studentWithTwoFactor();

        twoFactor.disable(user.user().id(), AccountsTestKit.PASSWORD, null, user.backupCodes().get(9));

        assertThat(kit.reload(user.user()).totpEnabled()).isFalse();
    }

    @Test
    void disablingRejectsTheCodeUsedForTheSetup() {
        TwoFactorUser user = kit.studentWithTwoFactor();

        assertThat(codeOf(() -> twoFactor.disable(user.user().id(), AccountsTestKit.PASSWORD,
                kit.currentCode(user.secret()), null))).isEqualTo("INVALID_TWO_FACTOR_CODE");
    }

    @Test
    void regeneratingReplacesEveryBackupCode() {
        TwoFactorUser user = kit.studentWithTwoFactor();
        String id = user.user().id();
        kit.clock.advance(Duration.ofSeconds(30));
        String code = kit.currentCode(user.secret());

        List<String> fresh = twoFactor.regenerateBackupCodes(id, code);

        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(user.backupCodes());
        assertThat(kit.backupCodeRows.unused(id)).hasSize(10);
        User reloaded = kit.reload(user.user());
        assertThat(kit.secondFactor.check(reloaded, null, user.backupCodes().get(0), kit.clock.instant())).isEmpty();
        assertThat(kit.secondFactor.check(reloaded, null, fresh.get(0), kit.clock.instant())).isPresent();
        assertThat(codeOf(() -> twoFactor.regenerateBackupCodes(id, code))).as("replay")
                .isEqualTo("INVALID_TWO_FACTOR_CODE");
    }

    @Test
    void wrongReauthenticationCountsTowardTheLockout() {
        TwoFactorUser user = kit.studentWithTwoFactor();
        String id = user.user().id();
        for (int i = 0; i < 3; i++) {
            codeOf(() -> twoFactor.disable(id, "wrong-password", null, user.backupCodes().get(0)));
        }
        for (int i = 0; i < 2; i++) {
            codeOf(() -> twoFactor.regenerateBackupCodes(id, kit.codeAtOffset(user.secret(), 5)));
        }

        assertThat(codeOf(() -> twoFactor.regenerateBackupCodes(id, kit.codeAtOffset(user.secret(), 1))))
                .isEqualTo("ACCOUNT_LOCKED_TEMPORARILY");
        assertThat(codeOf(() -> kit.logins.login(user.email(), AccountsTestKit.PASSWORD)))
                .isEqualTo("ACCOUNT_LOCKED_TEMPORARILY");
        assertThat(kit.backupCodeRows.unused(id)).as("the backup code was not spent").hasSize(10);
    }

    private static String codeOf(ThrowingCallable call) {
        DomainException failure = catchThrowableOfType(call, DomainException.class);
        assertThat(failure).as("refused").isNotNull();
        return failure.code();
    }
}
