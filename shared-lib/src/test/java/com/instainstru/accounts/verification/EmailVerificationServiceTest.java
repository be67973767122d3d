package com.instainstru.accounts.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.SignUpTestKit;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.verification.schema.EmailVerificationTokenResponse;
import com.instainstru.platform.errors.RateLimitedException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.security.OpaqueTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class EmailVerificationServiceTest {

    private static final SignUpTestKit kit = new SignUpTestKit();
    private final EmailVerificationService verification = kit.verification;
    private final String email = SignUpTestKit.uniqueEmail();
    private final String address = SignUpTestKit.uniqueAddress();

    @Test
    void sendsASixDigitCodeStoredOnlyAsAHashThatExpiresAfterFiveMinutes() {
        verification.sendCode(email, address);

        String code = kit.latestCode(email);
        assertThat(code).matches("[0-9]{6}");
        assertThat(kit.latestMailTo(email).template()).isEqualTo(AccountEmails.VERIFICATION_CODE);
        assertThat(kit.count("SELECT count(*) AS n FROM email_verification_codes WHERE email = ? AND code_hash = ?",
                email, OpaqueTokens.sha256(code))).isEqualTo(1);
        assertThat(kit.count("SELECT count(*) AS n FROM email_verification_codes WHERE code_hash = ?", code)).isZero();
        assertThat(kit.count("""
                SELECT count(*) AS n FROM email_verification_codes
                 WHERE email = ? AND expires_at - sent_at = interval '5 minutes'
                """, email)).isEqualTo(1);
    }

    @Test
    void aCorrectCodeYieldsATokenValidFifteenMinutesAndIsConsumed() {
        verification.sendCode(email, address);
        String code = kit.latestCode(email);

        EmailVerificationTokenResponse token = verification.verifyCode(email.toUpperCase(), code);

        assertThat(token.emailVerificationToken()).hasSize(43);
        assertThat(token.expiresAt()).isEqualTo(kit.clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(kit.count("SELECT count(*) AS n FROM email_verification_codes WHERE token_hash = ?",
                OpaqueTokens.sha256(token.emailVerificationToken()))).isEqualTo(1);
        assertWrongCode(() -> verification.verifyCode(email, code));
    }

    @Test
    void aCodeOlderThanFiveMinutesIsRejected() {
        verification.sendCode(email, address);
        String code = kit.latestCode(email);

        kit.clock.advance(Duration.ofMinutes(5));

        assertWrongCode(() -> verification.verifyCode(email, code));
    }

    @Test
    void onlyTheLatestCodeCounts() {
        verification.sendCode(email, address);
        String first = kit.latestCode(email);
        kit.clock.advance(Duration.ofSeconds(30));
        verification.sendCode(email, address);
        String second = kit.latestCode(email);

        if (!first.equals(second)) {
            assertWrongCode(() -> verification.verifyCode(email, first));
        }
        assertThat(verification.verifyCode(email, second).emailVerificationToken()).isNotBlank();
    }

    @Test
    void threeSendsPerAddressPerTenMinutesThen429UntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            verification.sendCode(email, SignUpTestKit.uniqueAddress());
            kit.clock.advance(Duration.ofMinutes(1));
        }

        assertThatThrownBy(() -> verification.sendCode(email, address))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(7)));
        assertThat(kit.mailTo(email)).hasSize(3);

        kit.clock.advance(Duration.ofMinutes(7));
        verification.sendCode(email, address);
        assertThat(kit.mailTo(email)).hasSize(4);
    }

    @Test
    void twentySendsPerSourceAddressPerHour() {
        for (int i = 0; i < 20; i++) {
            verification.sendCode(SignUpTestKit.uniqueEmail(), address);
        }
        String twentyFirst = SignUpTestKit.uniqueEmail();

        assertThatThrownBy(() -> verification.sendCode(twentyFirst, address))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
        assertThat(kit.mailTo(twentyFirst)).isEmpty();

        kit.clock.advance(Duration.ofHours(1));
        verification.sendCode(twentyFirst, address);
        assertThat(kit.mailTo(twentyFirst)).hasSize(1);
    }

    @Test
    void anAddressWithAnAccountGetsANoticeInsteadOfACodeAndTheLimitsStillCount() {
        User existing = kit.student();

        verification.sendCode(existing.email().toUpperCase(), address);

        assertThat(kit.latestMailTo(existing.email()).template()).isEqualTo(AccountEmails.ACCOUNT_EXISTS);
        assertThat(kit.latestMailTo(existing.email()).textBody()).doesNotContainPattern("(?m)^[0-9]{6}$")
                .contains(SignUpTestKit.FRONTEND + "/forgot-password");
        assertThat(kit.count("""
                SELECT count(*) AS n FROM email_verification_codes WHERE lower(email) = lower(?) AND code_hash IS NULL
                """, existing.email())).isEqualTo(1);
        assertWrongCode(() -> verification.verifyCode(existing.email(), "000000"));
    }

    @Test
    void fiveWrongCodesInTenMinutesLockTheAddressForTenMinutesEvenForTheRightCode() {
        verification.sendCode(email, address);
        String code = kit.latestCode(email);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertWrongCode(() -> verification.verifyCode(email, wrong));
            kit.clock.advance(Duration.ofSeconds(10));
        }
        Instant fifthFailure = kit.clock.instant().minusSeconds(10);

        assertThatThrownBy(() -> verification.verifyCode(email, code))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter())
                        .contains(Duration.between(kit.clock.instant(), fifthFailure.plus(Duration.ofMinutes(10)))));

        kit.clock.advance(Duration.ofMinutes(10));
        verification.sendCode(email, address);
        assertThat(verification.verifyCode(email, kit.latestCode(email)).emailVerificationToken()).isNotBlank();
    }

    @Test
    void fiveWrongCodesSpreadOverMoreThanTenMinutesDoNotLock() {
        verification.sendCode(email, address);
        String wrong = "999999".equals(kit.latestCode(email)) ? "888888" : "999999";
        for (int i = 0; i < 5; i++) {
            assertWrongCode(() -> verification.verifyCode(email, wrong));
            kit.clock.advance(Duration.ofMinutes(3));
        }
        verification.sendCode(email, address);

        assertThat(verification.verifyCode(email, kit.latestCode(email)).emailVerificationToken()).isNotBlank();
    }

    @Test
    void theLockStartsAtTheFifthFailureInsideAnyTenMinuteWindow() {
        Instant t0 = Instant.parse("2026-11-28T09:00:00Z");
        List<Instant> failures = List.of(t0, t0.plusSeconds(60), t0.plusSeconds(120), t0.plusSeconds(180),
                t0.plusSeconds(240));

        assertThat(EmailVerificationService.lockedUntil(failures, t0.plusSeconds(241)))
                .contains(t0.plusSeconds(240).plus(Duration.ofMinutes(10)));
        assertThat(EmailVerificationService.lockedUntil(failures, t0.plusSeconds(240).plus(Duration.ofMinutes(10))))
                .isEmpty();
        assertThat(EmailVerificationService.lockedUntil(failures.subList(0, 4), t0.plusSeconds(241))).isEmpty();
        List<Instant> spread = List.of(t0, t0.plusSeconds(200), t0.plusSeconds(400), t0.plusSeconds(500),
                t0.plusSeconds(600));
        assertThat(EmailVerificationService.lockedUntil(spread, t0.plusSeconds(601))).isEmpty();
    }

    @Test
    void aTokenIsSpentOnceAndOnlyForItsOwnAddress() {
        String token = verifiedToken(email);

        assertInvalidToken(() -> kit.platform.tx.run(() -> verification.spendToken(token, "someone@example.test")));
        kit.platform.tx.run(() -> verification.spendToken(token, email.toUpperCase()));
        assertInvalidToken(() -> kit.platform.tx.run(() -> verification.spendToken(token, email)));
        assertInvalidToken(() -> kit.platform.tx.run(() -> verification.spendToken(null, email)));
    }

    @Test
    void aTokenExpiresAfterFifteenMinutes() {
        String token = verifiedToken(email);

        kit.clock.advance(Duration.ofMinutes(15));

        assertInvalidToken(() -> kit.platform.tx.run(() -> verification.spendToken(token, email)));
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        assertThatThrownBy(() -> verification.sendCode("not-an-email", address))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("email:email"));
        assertThatThrownBy(() -> verification.verifyCode(email, "12345"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("code:format"));
        assertThat(kit.count("SELECT count(*) AS n FROM email_verification_codes WHERE source_ip = ?", address))
                .isZero();
        assertThat(kit.count("SELECT count(*) AS n FROM email_verification_failures WHERE email = ?", email)).isZero();
    }

    private String verifiedToken(String address) {
        verification.sendCode(address, SignUpTestKit.uniqueAddress());
        return verification.verifyCode(address, kit.latestCode(address)).emailVerificationToken();
    }

    private static void assertWrongCode(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(v -> v.field() + ":" + v.rule()).containsExactly("code:invalid"));
    }

    private static void assertInvalidToken(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(v -> v.field() + ":" + v.rule()).containsExactly("emailVerificationToken:invalid"));
    }
}
