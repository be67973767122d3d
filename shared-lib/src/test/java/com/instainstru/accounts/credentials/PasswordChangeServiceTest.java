package com.instainstru.accounts.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.SignUpTestKit;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.sessions.TokenPair;
import com.instainstru.accounts.users.User;
import com.instainstru.platform.errors.RateLimitedException;
import com.instainstru.platform.errors.UnauthorizedException;
import com.instainstru.platform.errors.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordChangeServiceTest {

    private static final String NEW_PASSWORD = "copper-lantern-meadow-77";

    private static final SignUpTestKit kit = new SignUpTestKit();

    @Test
    void changesThePasswordEndsOldSessionsAndStartsAFreshOne() {
        User user = kit.student();
        TokenPair old = kit.sessions.start(user);
        kit.clock.advance(Duration.ofSeconds(5));

        TokenPair fresh = kit.passwordChange.change(user.id(), SignUpTestKit.PASSWORD, NEW_PASSWORD);

        User after = kit.users.findById(user.id()).orElseThrow();
        assertThat(kit.hasher.verify(NEW_PASSWORD, after.passwordHash())).isTrue();
        assertThatThrownBy(() -> kit.sessions.refresh(old.refreshToken())).isInstanceOf(UnauthorizedException.class);
        assertThat(kit.sessions.refresh(fresh.refreshToken()).accessToken()).isNotBlank();
        assertThat(kit.latestMailTo(user.email()).template()).isEqualTo(AccountEmails.PASSWORD_CHANGED);
    }

    @Test
    void aWrongCurrentPasswordNamesTheFieldAndChangesNothing() {
        User user = kit.student();
        TokenPair session = kit.sessions.start(user);

        assertThatThrownBy(() -> kit.passwordChange.change(user.id(), "not-my-password", NEW_PASSWORD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("currentPassword:incorrect"));

        assertThat(kit.hasher.verify(SignUpTestKit.PASSWORD,
                kit.users.findById(user.id()).orElseThrow().passwordHash())).isTrue();
        assertThat(kit.sessions.refresh(session.refreshToken()).accessToken()).isNotBlank();
        assertThat(kit.mailTo(user.email())).isEmpty();
    }

    @Test
    void wrongCurrentPasswordsCountTowardTheSignInLockout() {
        User user = kit.student();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> kit.passwordChange.change(user.id(), "not-my-password", NEW_PASSWORD))
                    .isInstanceOf(ValidationException.class);
        }

        assertThatThrownBy(() -> kit.passwordChange.change(user.id(), SignUpTestKit.PASSWORD, NEW_PASSWORD))
                .as("locked: even the right password is not looked at")
                .isInstanceOf(RateLimitedException.class);
        kit.clock.advance(Duration.ofSeconds(30));
        assertThat(kit.passwordChange.change(user.id(), SignUpTestKit.PASSWORD, NEW_PASSWORD).accessToken())
                .isNotBlank();
    }

    @Test
    void theNewPasswordMustPassThePolicy() {
        User user = kit.student();

        assertThatThrownBy(() -> kit.passwordChange.change(user.id(), SignUpTestKit.PASSWORD,
                user.email().toUpperCase() + "!"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("newPassword:contains_email"));
    }

    @Test
    void anUnknownUserIsUnauthorized() {
        assertThatThrownBy(() -> kit.passwordChange.change("01KDVDNA0097QGSXV0PVAVN864", SignUpTestKit.PASSWORD,
                NEW_PASSWORD)).isInstanceOf(UnauthorizedException.class);
    }
}
