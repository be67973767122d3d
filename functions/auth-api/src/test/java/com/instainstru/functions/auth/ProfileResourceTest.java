package com.instainstru.functions.auth;

import static com.instainstru.functions.auth.Api.anonymous;
import static com.instainstru.functions.auth.Api.as;
import static com.instainstru.functions.auth.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.security.Permission;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ProfileResourceTest {

    @Inject
    TestAccounts accounts;

    @Inject
    UserRepository users;

    @Inject
    Jdbc jdbc;

    @Test
    void returnsTheCallersFullProfileWithRolesAndEffectivePermissions() {
        TestUser student = accounts.student();

        as(student.bearer()).get("/api/v1/users/me").then().statusCode(200)
                .body("id", equalTo(student.id()), "email", equalTo(student.email()),
                        "firstName", equalTo("Test"), "lastName", equalTo("Studentson"),
                        "phone", nullValue(), "phoneVerified", equalTo(false), "emailVerified", equalTo(true),
                        "timeZone", equalTo("America/New_York"), "roles", containsInAnyOrder("student"),
                        "permissions", hasSize(12), "permissions", hasItem("manage_own_profile"),
                        "accountStatus", equalTo("active"), "twoFactorEnabled", equalTo(false),
                        "createdAt", notNullValue());
    }

    @Test
    void changesOnlyTheFieldsPresent() {
        TestUser student = accounts.student();

        as(student.bearer()).body(Map.of("firstName", "  Sarah ", "timeZone", "Europe/Berlin"))
                .patch("/api/v1/users/me").then().statusCode(200)
                .body("firstName", equalTo("Sarah"), "lastName", equalTo("Studentson"),
                        "timeZone", equalTo("Europe/Berlin"), "email", equalTo(student.email()));

        User stored = users.findById(student.id()).orElseThrow();
        assertThat(stored.firstName()).isEqualTo("Sarah");
        assertThat(stored.lastName()).isEqualTo("Studentson");
        assertThat(stored.timeZone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void aNewPhoneNumberIsNormalizedAndUnverified() {
        TestUser student = accounts.student();
        jdbc.update("UPDATE users SET phone = '+12125550100', phone_verified = true WHERE id = ?", student.id());

        as(student.bearer()).body(Map.of("phone", "+12125550100")).patch("/api/v1/users/me")
                .then().statusCode(200).body("phone", equalTo("+12125550100"), "phoneVerified", equalTo(true));
        as(student.bearer()).body(Map.of("phone", "(718) 555-0199")).patch("/api/v1/users/me")
                .then().statusCode(200).body("phone", equalTo("+17185550199"), "phoneVerified", equalTo(false));

        assertThat(users.findById(student.id()).orElseThrow().phoneVerified()).isFalse();
    }

    @Test
    void anEmptyPhoneRemovesTheNumber() {
        TestUser student = accounts.student();
        as(student.bearer()).body(Map.of("phone", "+442079460958")).patch("/api/v1/users/me").then().statusCode(200);

        as(student.bearer()).body(Map.of("phone", "")).patch("/api/v1/users/me")
                .then().statusCode(200).body("phone", nullValue(), "phoneVerified", equalTo(false));
    }

    @Test
    void namesEveryInvalidFieldAndWritesNothing() {
        TestUser student = accounts.student();
        User before = users.findById(student.id()).orElseThrow();

        as(student.bearer())
                .body(Map.of("firstName", " ", "lastName", "x".repeat(51), "phone", "call me", "timeZone", "Mars/Olympus"))
                .patch("/api/v1/users/me").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"), "errors", hasSize(4),
                        "errors.field", containsInAnyOrder("firstName", "lastName", "phone", "timeZone"),
                        "errors.rule", containsInAnyOrder("required", "max_length", "phone_number", "time_zone"));
        as(student.bearer()).body(Map.of("firstName", "Sa\u0000rah")).patch("/api/v1/users/me")
                .then().statusCode(400).body("errors[0].field", equalTo("firstName"),
                        "errors[0].rule", equalTo("characters"));
        as(student.bearer()).body(Map.of("timeZone", "+05:00")).patch("/api/v1/users/me")
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));

        assertThat(users.findById(student.id()).orElseThrow()).isEqualTo(before);
    }

    @Test
    void malformedBodiesAre400() {
        TestUser student = accounts.student();

        as(student.bearer()).patch("/api/v1/users/me").then().statusCode(400).body("errors[0].field", equalTo("body"));
        as(student.bearer()).body("{\"email\":\"new@example.test\"}").patch("/api/v1/users/me")
                .then().statusCode(400).body("errors[0].field", equalTo("email"),
                        "errors[0].rule", equalTo("unknown_field"));
        as(student.bearer()).body("{\"firstName\":{\"a\":1}}").patch("/api/v1/users/me")
                .then().statusCode(400).body("errors[0].field", equalTo("firstName"));
        as(student.bearer()).body("{\"firstName\":").patch("/api/v1/users/me")
                .then().statusCode(400).body("errors[0].rule", equalTo("json_syntax"));
    }

    @Test
    void anonymousCallersAre401AndCallersWithoutThePermission403() {
        TestUser student = accounts.student();
        String withoutPermission = accounts.tokenWith(student.id(), TestAccounts.allExcept(Permission.MANAGE_OWN_PROFILE));

        anonymous().get("/api/v1/users/me").then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED"));
        anonymous().body(Map.of("firstName", "Eve")).patch("/api/v1/users/me").then().statusCode(401);
        withToken(withoutPermission).get("/api/v1/users/me").then().statusCode(403)
                .body("code", equalTo("PERMISSION_DENIED"));
        withToken(withoutPermission).body(Map.of("firstName", "Eve")).patch("/api/v1/users/me").then().statusCode(403);

        assertThat(users.findById(student.id()).orElseThrow().firstName()).isEqualTo("Test");
    }

    @Test
    void eachCallerOnlyEverSeesAndChangesThemselves() {
        TestUser alice = accounts.student();
        TestUser bob = accounts.instructor();

        as(alice.bearer()).body(Map.of("firstName", "Alice")).patch("/api/v1/users/me").then().statusCode(200);

        as(bob.bearer()).get("/api/v1/users/me").then().statusCode(200)
                .body("id", equalTo(bob.id()), "email", equalTo(bob.email()), "firstName", equalTo("Test"));
        as(bob.bearer()).get("/api/v1/users/" + alice.id()).then().statusCode(404);
        as(bob.bearer()).body(Map.of("firstName", "Mallory")).patch("/api/v1/users/" + alice.id())
                .then().statusCode(404);
        assertThat(users.findById(alice.id()).orElseThrow().firstName()).isEqualTo("Alice");
    }
}
