package com.instainstru.accounts.emails;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.accounts.users.AccountStatus;
import com.instainstru.accounts.users.User;
import com.instainstru.notifications.email.OutgoingEmail;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountEmailsTest {

    private final AccountEmails emails = new AccountEmails("https://app.example.test/");

    @Test
    void namesFromUsersAreEscapedInTheHtmlBodyOnly() {
        OutgoingEmail welcome = emails.welcome(user("<b>Jane</b> & \"Co\""));

        assertThat(welcome.body().html()).contains("Hi &lt;b&gt;Jane&lt;/b&gt; &amp; &quot;Co&quot;,")
                .doesNotContain("<b>Jane</b>");
        assertThat(welcome.body().text()).contains("Hi <b>Jane</b> & \"Co\",");
    }

    @Test
    void theResetLinkPointsAtTheFrontendWithTheTokenAndSaysHowLongItWorks() {
        OutgoingEmail reset = emails.passwordReset(user("Jane"), "abc_DEF-123", Duration.ofHours(1));

        assertThat(reset.to()).isEqualTo("jane@example.test");
        assertThat(reset.body().text()).contains("https://app.example.test/reset-password?token=abc_DEF-123")
                .contains("60 minutes");
        assertThat(reset.body().html())
                .contains("<a href=\"https://app.example.test/reset-password?token=abc_DEF-123\">");
    }

    @Test
    void theCodeStandsOnItsOwnLineAndNeverInTheSubject() {
        OutgoingEmail code = emails.verificationCode("new@example.test", "042137", Duration.ofMinutes(5));

        assertThat(code.body().text()).containsPattern("(?m)^042137$").contains("5 minutes");
        assertThat(code.subject()).doesNotContain("042137");
        assertThat(code.toString()).doesNotContain("042137");
        assertThat(code.template()).isEqualTo(AccountEmails.VERIFICATION_CODE);
    }

    private static User user(String firstName) {
        Instant now = Instant.parse("2026-11-28T09:00:00Z");
        return new User("01KDVDNA0097QGSXV0PVAVN864", "jane@example.test", firstName, "Doe", null, false, true,
                "$argon2id$...", "America/New_York", AccountStatus.ACTIVE, false, false, false, now, null, false, null,
                null, null, now, now);
    }
}
