package com.instainstru.accounts.passwordreset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.SignUpTestKit;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.lockout.LoginLockoutService;
import com.instainstru.accounts.passwordreset.schema.PasswordResetTokenStatus;
import com.instainstru.accounts.sessions.TokenPair;
import com.instainstru.accounts.users.User;
import com.instainstru.platform.errors.RateLimitedException;
import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.security.OpaqueTokens;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PasswordResetServiceTest {

    private static final String NEW_PASSWORD = "copper-lantern-meadow-77";

    private static final SignUpTestKit kit = new SignUpTestKit();
    private final PasswordResetService resets = kit.passwordReset;
    private final String address = SignUpTestKit.uniqueAddress();

    @Test
    void emailsASingleUseLinkValidOneHourStoredOnlyAsAHash() {
        User user = kit.student();

        resets.request(user.email().toUpperCase(), address);

        String token = kit.latestResetToken(user.email());
        assertThat(kit.latestMailTo(user.email()).template()).isEqualTo(AccountEmails.PASSWORD_RESET);
        assertThat(kit.latestMailTo(user.email()).textBody())
                .contains(SignUpTestKit.FRONTEND + "/reset-password?token=" + token);
        assertThat(kit.count("""
                SELECT count(*) AS n FROM password_reset_tokens
                 WHERE user_id = ? AND token_hash = ? AND expires_at - created_at = interval '1 hour'
                """, user.id(), OpaqueTokens.sha256(token))).isEqualTo(1);
        assertThat(resets.verify(token)).isEqualTo(new PasswordResetTokenStatus(true,
                user.email().charAt(0) + "***@example.test"));

        kit.clock.advance(Duration.ofHours(1));
        assertThat(resets.verify(token)).isEqualTo(PasswordResetTokenStatus.invalid());
        assertInvalidToken(() -> resets.confirm(token, NEW_PASSWORD));
    }

    @Test
    void anUnknownAddressIsAnsweredTheSameWithoutAnEmailButCounts() {
        String unknown = SignUpTestKit.uniqueEmail();

        resets.request(unknown, address);

        assertThat(kit.mailTo(unknown)).isEmpty();
        assertThat(kit.count("SELECT count(*) AS n FROM password_reset_requests WHERE email = ?", unknown))
                .isEqualTo(1);
    }

    @Test
    void confirmingSetsThePasswordSpendsEveryTokenEndsEverySessionAndSendsANotice() {
        User user = kit.student();
        TokenPair session = kit.sessions.start(user);
        resets.request(user.email(), address);
        String older = kit.latestResetToken(user.email());
        kit.clock.advance(Duration.ofMinutes(1));
        resets.request(user.email(), address);
        String latest = kit.latestResetToken(user.email());
        kit.clock.advance(Duration.ofMinutes(1));

        resets.confirm(latest, NEW_PASSWORD);

        User after = kit.users.findById(user.id()).orElseThrow();
        assertThat(kit.hasher.verify(NEW_PASSWORD, after.passwordHash())).isTrue();
        assertThat(kit.hasher.verify(SignUpTestKit.PASSWORD, after.passwordHash())).isFalse();
        assertThat(after.tokensValidAfter()).isAfter(session.accessTokenExpiresAt().minus(Duration.ofMinutes(15)));
        assertThatThrownBy(() -> kit.sessions.refresh(session.refreshToken())).isInstanceOf(UnauthorizedException.class);
        assertThat(kit.latestMailTo(user.email()).template()).isEqualTo(AccountEmails.PASSWORD_CHANGED);
        assertInvalidToken(() -> resets.confirm(latest, "another-long-passphrase-9"));
        assertInvalidToken(() -> resets.confirm(older, "another-long-passphrase-9"));
        assertThat(resets.verify(older).valid()).isFalse();
    }

    @Test
    void aCompletedResetEndsTheLoginLockoutOfTheAddress() {
        User user = kit.student();
        String key = LoginLockoutService.keyOf(user.email());
        for (int i = 0; i < 5; i++) {
            kit.lockout.recordFailure(key);
        }
        assertThatThrownBy(() -> kit.lockout.requireUnlocked(key)).isInstanceOf(RateLimitedException.class);
        resets.request(user.email(), address);

        resets.confirm(kit.latestResetToken(user.email()), NEW_PASSWORD);

        assertThatCode(() -> kit.lockout.requireUnlocked(key)).doesNotThrowAnyException();
    }

    @Test
    void theNewPasswordMustPassThePolicyAndNothingChangesOtherwise() {
        User user = kit.student();
        resets.request(user.email(), address);
        String token = kit.latestResetToken(user.email());

        assertThatThrownBy(() -> resets.confirm(token, "short"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("newPassword:min_length"));

        assertThat(kit.hasher.verify(SignUpTestKit.PASSWORD,
                kit.users.findById(user.id()).orElseThrow().passwordHash())).isTrue();
        assertThat(resets.verify(token).valid()).isTrue();
    }

    @Test
    void threeRequestsPerAddressPerHour() {
        User user = kit.student();
        for (int i = 0; i < 3; i++) {
            resets.request(user.email(), SignUpTestKit.uniqueAddress());
            kit.clock.advance(Duration.ofMinutes(10));
        }

        assertThatThrownBy(() -> resets.request(user.email(), address))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(30)));
        assertThat(kit.mailTo(user.email())).hasSize(3);

        kit.clock.advance(Duration.ofMinutes(30));
        resets.request(user.email(), address);
        assertThat(kit.mailTo(user.email())).hasSize(4);
    }

    @Test
    void threeRequestsPerSourceAddressPerHourWhateverTheEmail() {
        for (int i = 0; i < 3; i++) {
            resets.request(SignUpTestKit.uniqueEmail(), address);
        }
        User user = kit.student();

        assertThatThrownBy(() -> resets.request(user.email(), address))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
        assertThat(kit.mailTo(user.email())).isEmpty();
    }

    @Test
    void garbageTokensAreSimplyInvalid() {
        assertThat(resets.verify("not-a-token")).isEqualTo(PasswordResetTokenStatus.invalid());
        assertThat(resets.verify("x".repeat(5000))).isEqualTo(PasswordResetTokenStatus.invalid());
        assertInvalidToken(() -> resets.confirm("not-a-token", NEW_PASSWORD));
        assertThatThrownBy(() -> resets.confirm(null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule())
                        .containsExactly("token:required", "newPassword:required"));
        assertThatThrownBy(() -> resets.request("nobody", address)).isInstanceOf(ValidationException.class);
        assertThat(kit.count("SELECT count(*) AS n FROM password_reset_requests WHERE source_ip = ?", address))
                .isZero();
    }

    @Test
    void masksTheLocalPart() {
        assertThat(PasswordResetService.mask("jane.doe@example.com")).isEqualTo("j***@example.com");
        assertThat(PasswordResetService.mask("@example.com")).isEqualTo("***");
    }

    private static void assertInvalidToken(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(v -> v.field() + ":" + v.rule()).containsExactly("token:invalid"));
    }
}
