package com.instainstru.functions.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestMailbox;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RegistrationResourceTest {

    @Inject
    TestMailbox mailbox;

    @Inject
    UserRepository users;

    @Inject
    PermissionRepository permissions;

    @Inject
    AccountCreationService creation;

    @Inject
    PasswordHasher hasher;

    private final String email = "new-" + UUID.randomUUID() + "@example.test";

    @Test
    void aVerifiedAddressRegistersAVerifiedStudentAndGetsAWelcome() {
        register(body(email, verifiedToken(email))).then().statusCode(202)
                .header("X-RateLimit-Policy", "auth_login")
                .body("message", equalTo(RegistrationResource.REGISTERED));

        User user = users.findByEmail(email).orElseThrow();
        assertThat(user.emailVerified()).isTrue();
        assertThat(user.firstName()).isEqualTo("Jane");
        assertThat(user.phone()).isEqualTo("+12125551234");
        assertThat(user.timeZone()).isEqualTo("America/New_York");
        assertThat(permissions.roles(user.id())).containsExactly(Role.STUDENT);
        assertThat(mailbox.latest(email).orElseThrow().template()).isEqualTo(AccountEmails.WELCOME);
    }

    @Test
    void anInstructorChoosesTheRoleAndTimeZone() {
        Map<String, Object> body = body(email, verifiedToken(email));
        body.put("role", "instructor");
        body.put("timeZone", "America/Los_Angeles");

        register(body).then().statusCode(202);

        User user = users.findByEmail(email).orElseThrow();
        assertThat(permissions.roles(user.id())).containsExactly(Role.INSTRUCTOR);
        assertThat(user.timeZone()).isEqualTo("America/Los_Angeles");
    }

    @Test
    void anExistingAddressGetsTheSameAnswerAndNothingChanges() {
        // An address with an account never receives a code: the account appeared after the verification.
        String token = verifiedToken(email);
        User existing = creation.create(new NewUser(email, "Old", "Owner", null, "America/Chicago",
                hasher.hash("another-long-passphrase-1"), true), Role.INSTRUCTOR);

        register(body(email.toUpperCase(), token)).then().statusCode(202)
                .body("message", equalTo(RegistrationResource.REGISTERED));

        User after = users.findByEmail(email).orElseThrow();
        assertThat(after.id()).isEqualTo(existing.id());
        assertThat(after.firstName()).isEqualTo("Old");
        assertThat(after.passwordHash()).isEqualTo(existing.passwordHash());
        assertThat(permissions.roles(existing.id())).containsExactly(Role.INSTRUCTOR);
        assertThat(mailbox.to(email)).extracting(TestMailbox.Mail::template).doesNotContain(AccountEmails.WELCOME);
    }

    @Test
    void aTokenIsSpentOnce() {
        String token = verifiedToken(email);
        register(body(email, token)).then().statusCode(202);

        String other = "other-" + UUID.randomUUID() + "@example.test";
        register(body(other, token)).then().statusCode(400)
                .body("errors[0].field", equalTo("emailVerificationToken"), "errors[0].rule", equalTo("invalid"));
        assertThat(users.findByEmail(other)).isEmpty();
    }

    @Test
    void aTokenForAnotherAddressCreatesNothing() {
        String other = "other-" + UUID.randomUUID() + "@example.test";
        String othersToken = verifiedToken(other);

        register(body(email, othersToken)).then().statusCode(400)
                .body("errors[0].field", equalTo("emailVerificationToken"));
        register(body(email, "made-up-token")).then().statusCode(400)
                .body("errors[0].field", equalTo("emailVerificationToken"));

        assertThat(users.findByEmail(email)).isEmpty();
        assertThat(users.findByEmail(other)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "email|not-an-email|email",
        "email|NULL|required",
        "password|short|min_length",
        "password|password123|common_password",
        "password|NULL|required",
        "firstName|NULL|required",
        "firstName|'   '|required",
        "lastName|XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX|max_length",
        "phone|212-555-1234|e164",
        "timeZone|Mars/Olympus_Mons|time_zone",
        "timeZone|+02:00|time_zone",
        "role|admin|one_of",
        "emailVerificationToken|NULL|required"})
    void aBadFieldIs400NamingItAndNothingIsWrittenOrSpent(String field, String value, String rule) {
        String token = verifiedToken(email);
        Map<String, Object> body = body(email, token);
        body.put(field, value);

        register(body).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field), "errors[0].rule", equalTo(rule));

        assertThat(users.findByEmail(email)).isEmpty();
        register(body(email, token)).then().statusCode(202); // the token was not spent
        assertThat(users.findByEmail(email)).isPresent();
    }

    @Test
    void aMissingOrMalformedBodyIs400() {
        given().contentType("application/json").post("/api/v1/auth/register")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().contentType("application/json").body("[1, 2]").post("/api/v1/auth/register")
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> body = body(email, "token");
        body.put("isAdmin", true);
        register(body).then().statusCode(400).body("errors[0].field", equalTo("isAdmin"));
        assertThat(users.findByEmail(email)).isEmpty();
    }

    private String verifiedToken(String address) {
        EmailVerificationResourceTest.send(address).then().statusCode(202);
        return EmailVerificationResourceTest.verify(address, mailbox.latestCode(address)).then().statusCode(200)
                .extract().path("emailVerificationToken");
    }

    private static Map<String, Object> body(String email, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("password", TestAccounts.PASSWORD);
        body.put("firstName", "Jane");
        body.put("lastName", "Doe");
        body.put("phone", "+12125551234");
        body.put("emailVerificationToken", token);
        return body;
    }

    private static Response register(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/api/v1/auth/register");
    }
}
