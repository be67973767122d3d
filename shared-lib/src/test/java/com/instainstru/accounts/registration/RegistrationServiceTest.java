package com.instainstru.accounts.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.SignUpTestKit;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.registration.schema.RegisterRequest;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.User;
import com.instainstru.platform.errors.ValidationException;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RegistrationServiceTest {

    private static final SignUpTestKit kit = new SignUpTestKit();
    private final String email = SignUpTestKit.uniqueEmail();

    @Test
    void createsAVerifiedStudentWithTheDefaultTimeZoneAndQueuesAWelcome() {
        kit.registration.register(request(email, verifiedToken(email), null, null));

        User user = kit.users.findByEmail(email).orElseThrow();
        assertThat(user.emailVerified()).isTrue();
        assertThat(user.timeZone()).isEqualTo("America/New_York");
        assertThat(user.firstName()).isEqualTo("Jane");
        assertThat(kit.hasher.verify(SignUpTestKit.PASSWORD, user.passwordHash())).isTrue();
        assertThat(kit.permissions.roles(user.id())).containsExactly(Role.STUDENT);
        assertThat(kit.latestMailTo(email).template()).isEqualTo(AccountEmails.WELCOME);
        assertThat(kit.latestMailTo(email).subject()).contains("Jane");
    }

    @Test
    void anInstructorChoosesTheirRoleAndTimeZone() {
        kit.registration.register(request(email, verifiedToken(email), "instructor", "Europe/Berlin"));

        User user = kit.users.findByEmail(email).orElseThrow();
        assertThat(kit.permissions.roles(user.id())).containsExactly(Role.INSTRUCTOR);
        assertThat(user.timeZone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void theTokenIsSingleUse() {
        String token = verifiedToken(email);
        kit.registration.register(request(email, token, null, null));

        String other = SignUpTestKit.uniqueEmail();
        assertRejected(() -> kit.registration.register(request(other, token, null, null)), "emailVerificationToken",
                "invalid");
        assertThat(kit.users.findByEmail(other)).isEmpty();
    }

    @Test
    void anExpiredTokenCreatesNothing() {
        String token = verifiedToken(email);
        kit.clock.advance(Duration.ofMinutes(15));

        assertRejected(() -> kit.registration.register(request(email, token, null, null)), "emailVerificationToken",
                "invalid");
        assertThat(kit.users.findByEmail(email)).isEmpty();
        assertThat(kit.mailTo(email)).extracting(m -> m.template()).containsExactly(AccountEmails.VERIFICATION_CODE);
    }

    @Test
    void aTokenForAnotherAddressCreatesNothing() {
        String token = verifiedToken(SignUpTestKit.uniqueEmail());

        assertRejected(() -> kit.registration.register(request(email, token, null, null)), "emailVerificationToken",
                "invalid");
        assertThat(kit.users.findByEmail(email)).isEmpty();
    }

    @Test
    void anAddressThatAlreadyHasAnAccountIsAnsweredTheSameAndNothingChanges() {
        String token = verifiedToken(email);
        // The account appears between the verification and the registration.
        User existing = kit.accounts.create(new NewUser(email, "Old", "Owner", null,
                "America/Chicago", kit.hasher.hash("another-long-passphrase"), true), Role.INSTRUCTOR);

        kit.registration.register(request(email, token, null, null));

        User after = kit.users.findByEmail(email).orElseThrow();
        assertThat(after.id()).isEqualTo(existing.id());
        assertThat(after.firstName()).isEqualTo("Old");
        assertThat(kit.permissions.roles(after.id())).containsExactly(Role.INSTRUCTOR);
        assertThat(kit.mailTo(email)).extracting(m -> m.template()).doesNotContain(AccountEmails.WELCOME);
    }

    @Test
    void adminCannotBeChosenAndNothingIsWritten() {
        String token = verifiedToken(email);

        assertRejected(() -> kit.registration.register(request(email, token, "admin", null)), "role", "one_of");
        // The token was not spent: a corrected request still works.
        kit.registration.register(request(email, token, "student", null));
        assertThat(kit.users.findByEmail(email)).isPresent();
    }

    @Test
    void everyFieldIsChecked() {
        RegisterRequest bad = new RegisterRequest("nope", "x", "", "L".repeat(51), "555-1234", "Mars/Olympus",
                "teacher", null);

        assertThatThrownBy(() -> kit.registration.register(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule())
                        .containsExactlyInAnyOrder("email:email", "firstName:required", "lastName:max_length",
                                "phone:e164", "timeZone:time_zone", "role:one_of", "emailVerificationToken:required"));
    }

    @Test
    void thePasswordPolicyApplies() {
        String token = verifiedToken(email);

        assertRejected(() -> kit.registration.register(new RegisterRequest(email, "pass", "Jane", "Doe", null,
                null, null, token)), "password", "min_length");
        assertRejected(() -> kit.registration.register(new RegisterRequest(email, "password123", "Jane", "Doe", null,
                null, null, token)), "password", "common_password");
        assertThat(kit.users.findByEmail(email)).isEmpty();
    }

    private String verifiedToken(String address) {
        kit.verification.sendCode(address, SignUpTestKit.uniqueAddress());
        String token = kit.verification.verifyCode(address, kit.latestCode(address)).emailVerificationToken();
        kit.clock.advance(Duration.ofSeconds(1));
        return token;
    }

    private static RegisterRequest request(String email, String token, String role, String timeZone) {
        return new RegisterRequest(email, SignUpTestKit.PASSWORD, "Jane", "Doe", "+12125551234", timeZone, role,
                token);
    }

    private static void assertRejected(ThrowingCallable call, String field,
            String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(v -> v.field() + ":" + v.rule()).containsExactly(field + ":" + rule));
    }
}
