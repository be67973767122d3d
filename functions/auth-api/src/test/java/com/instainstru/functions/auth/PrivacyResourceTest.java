package com.instainstru.functions.auth;

import static com.instainstru.functions.auth.Api.anonymous;
import static com.instainstru.functions.auth.Api.as;
import static com.instainstru.functions.auth.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.users.AccountStatus;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.platform.audit.AuditEntry;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.security.Permission;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestInstructors;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PrivacyResourceTest {

    private static final String UNKNOWN_ID = "01KDVDNA00ZZZZZZZZZZZZZZZZ";

    @Inject
    TestAccounts accounts;

    @Inject
    UserRepository users;

    @Inject
    PermissionRepository permissions;

    @Inject
    AuditService audit;

    @Inject
    PasswordHasher hasher;

    @Inject
    IdGenerator ids;

    @Inject
    Jdbc jdbc;

    @Inject
    Clock clock;

    @Inject
    TestInstructors instructors;

    @Test
    void exportsTheCallersAccountDataWithoutSecrets() {
        TestUser student = accounts.student();
        withTwoFactorAndBackupCodes(student);
        TestUser admin = accounts.admin();
        as(admin.bearer()).body(Map.of("granted", false))
                .put("/api/v1/admin/users/" + student.id() + "/permissions/send_messages").then().statusCode(200);
        String bearer = "Bearer " + accounts.tokenWith(student.id(), TestAccounts.allExcept(),
                clock.instant().plusSeconds(2));

        String body = as(bearer).get("/api/v1/privacy/export/me").then().statusCode(200)
                .body("exportedAt", notNullValue(),
                        "profile.id", equalTo(student.id()), "profile.email", equalTo(student.email()),
                        "profile.firstName", equalTo("Test"), "profile.lastName", equalTo("Studentson"),
                        "profile.accountStatus", equalTo("active"),
                        "roles.role", contains("student"), "roles[0].grantedAt", notNullValue(),
                        "permissionOverrides", hasSize(1),
                        "permissionOverrides[0].permission", equalTo("send_messages"),
                        "permissionOverrides[0].granted", equalTo(false),
                        "sessions", hasSize(1), "sessions[0].issuedAt", notNullValue(),
                        "sessions[0].revokedAt", notNullValue(),
                        "twoFactor.enabled", equalTo(true), "twoFactor.backupCodesRemaining", equalTo(2),
                        "twoFactor.backupCodesUsed", equalTo(1),
                        "auditEntries.action", contains("access.permission_override_set"),
                        "auditEntries[0].actorId", equalTo(admin.id()),
                        "auditEntries[0].after.granted", equalTo(false))
                .extract().asString();

        User stored = users.findById(student.id()).orElseThrow();
        assertThat(body).doesNotContain(stored.passwordHash(), stored.totpSecret(), "argon2", "tokenHash",
                "token_hash", "codeHash", student.refreshToken());
    }

    @Test
    void anExportOnlyEverHoldsTheCallersOwnData() {
        TestUser alice = accounts.student();
        TestUser bob = accounts.student();

        String body = as(alice.bearer()).get("/api/v1/privacy/export/me").then().statusCode(200)
                .body("profile.id", equalTo(alice.id())).extract().asString();

        assertThat(body).doesNotContain(bob.id(), bob.email());
        as(alice.bearer()).get("/api/v1/privacy/export/user/" + bob.id()).then().statusCode(403);
    }

    @Test
    void deletingOnesOwnAccountAnonymizesItInOneGo() {
        TestUser student = accounts.student();
        withTwoFactorAndBackupCodes(student);
        withEmailTraces(student);
        jdbc.update("UPDATE users SET phone = '+12125550100', phone_verified = true WHERE id = ?", student.id());
        permissions.setOverride(student.id(), "view_all_users", true, clock.instant());

        as(student.bearer()).body(Map.of("password", TestAccounts.PASSWORD)).post("/api/v1/privacy/delete/me")
                .then().statusCode(200)
                .body("userId", equalTo(student.id()), "status", equalTo("anonymized"), "anonymizedAt", notNullValue());

        assertAnonymized(student);
        as(student.bearer()).get("/api/v1/users/me").then().statusCode(401).body("code", equalTo("TOKEN_REVOKED"));
        anonymous().body(Map.of("refreshToken", student.refreshToken())).post("/api/v1/auth/refresh")
                .then().statusCode(401);
        assertThat(audit.entriesAbout(AuditedEntity.user(student.id()))).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("privacy.anonymized");
            assertThat(entry.actorId()).isEqualTo(student.id());
            assertThat(entry.after().toString()).doesNotContain(student.email());
        });
    }

    @Test
    void aWrongPasswordDeletesNothing() {
        TestUser student = accounts.student();
        User before = users.findById(student.id()).orElseThrow();

        as(student.bearer()).body(Map.of("password", "not-my-password")).post("/api/v1/privacy/delete/me")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("REAUTHENTICATION_FAILED"));

        assertThat(users.findById(student.id()).orElseThrow()).isEqualTo(before);
        as(student.bearer()).get("/api/v1/users/me").then().statusCode(200);
        assertThat(audit.entriesAbout(AuditedEntity.user(student.id()))).isEmpty();
    }

    @Test
    void aMissingOrMalformedPasswordIs400() {
        TestUser student = accounts.student();

        as(student.bearer()).body("{}").post("/api/v1/privacy/delete/me").then().statusCode(400)
                .body("errors[0].field", equalTo("password"), "errors[0].rule", equalTo("required"));
        as(student.bearer()).post("/api/v1/privacy/delete/me").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        as(student.bearer()).body(Map.of("password", "x".repeat(1025))).post("/api/v1/privacy/delete/me")
                .then().statusCode(400).body("errors[0].rule", equalTo("max_length"));
        as(student.bearer()).body(Map.of("password", TestAccounts.PASSWORD, "confirm", true))
                .post("/api/v1/privacy/delete/me").then().statusCode(400)
                .body("errors[0].rule", equalTo("unknown_field"));

        assertThat(users.findById(student.id()).orElseThrow().isAnonymized()).isFalse();
    }

    @Test
    void anAdminExportsAnyUserAndTheExportIsAudited() {
        TestUser instructor = accounts.instructor();
        TestUser admin = accounts.admin();

        as(admin.bearer()).get("/api/v1/privacy/export/user/" + instructor.id()).then().statusCode(200)
                .body("profile.id", equalTo(instructor.id()), "profile.email", equalTo(instructor.email()),
                        "roles.role", contains("instructor"));

        assertThat(audit.entriesAbout(AuditedEntity.user(instructor.id()))).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("privacy.exported_by_admin");
            assertThat(entry.actorId()).isEqualTo(admin.id());
        });
    }

    @Test
    void anAdminDeletesAnyUserAndDeletingTwiceChangesNothing() {
        TestUser instructor = accounts.instructor();
        withTwoFactorAndBackupCodes(instructor);
        TestUser admin = accounts.admin();

        String first = as(admin.bearer()).post("/api/v1/privacy/delete/user/" + instructor.id())
                .then().statusCode(200).body("userId", equalTo(instructor.id()), "status", equalTo("anonymized"))
                .extract().path("anonymizedAt");
        assertAnonymized(instructor);
        User afterFirst = users.findById(instructor.id()).orElseThrow();

        as(admin.bearer()).post("/api/v1/privacy/delete/user/" + instructor.id())
                .then().statusCode(200).body("anonymizedAt", equalTo(first));

        assertThat(users.findById(instructor.id()).orElseThrow()).isEqualTo(afterFirst);
        assertThat(audit.entriesAbout(AuditedEntity.user(instructor.id()))).extracting(AuditEntry::action)
                .containsExactly("privacy.anonymized");
        as(admin.bearer()).get("/api/v1/users/me").then().statusCode(200).body("id", equalTo(admin.id()));
    }

    @Test
    void adminRoutesAre404ForUnknownOrMalformedIds() {
        TestUser admin = accounts.admin();

        for (String id : new String[] {UNKNOWN_ID, "not-an-id", UNKNOWN_ID.toLowerCase()}) {
            as(admin.bearer()).get("/api/v1/privacy/export/user/" + id).then().statusCode(404)
                    .body("code", equalTo("USER_NOT_FOUND"));
            as(admin.bearer()).post("/api/v1/privacy/delete/user/" + id).then().statusCode(404)
                    .body("code", equalTo("USER_NOT_FOUND"));
        }
    }

    @Test
    void anonymousCallersAre401AndCallersWithoutThePermission403() {
        TestUser admin = accounts.admin();
        TestUser student = accounts.student();
        String noProfile = accounts.tokenWith(admin.id(), TestAccounts.allExcept(Permission.MANAGE_OWN_PROFILE));
        String noDelete = accounts.tokenWith(admin.id(), TestAccounts.allExcept(Permission.DELETE_OWN_ACCOUNT));
        String noManageUsers = accounts.tokenWith(admin.id(), TestAccounts.allExcept(Permission.MANAGE_USERS));
        Map<String, String> password = Map.of("password", TestAccounts.PASSWORD);

        anonymous().get("/api/v1/privacy/export/me").then().statusCode(401);
        anonymous().body(password).post("/api/v1/privacy/delete/me").then().statusCode(401);
        anonymous().get("/api/v1/privacy/export/user/" + student.id()).then().statusCode(401);
        anonymous().post("/api/v1/privacy/delete/user/" + student.id()).then().statusCode(401);
        withToken(noProfile).get("/api/v1/privacy/export/me").then().statusCode(403);
        withToken(noDelete).body(password).post("/api/v1/privacy/delete/me").then().statusCode(403)
                .body("code", equalTo("PERMISSION_DENIED"));
        withToken(noManageUsers).get("/api/v1/privacy/export/user/" + student.id()).then().statusCode(403);
        withToken(noManageUsers).post("/api/v1/privacy/delete/user/" + student.id()).then().statusCode(403);
        as(student.bearer()).post("/api/v1/privacy/delete/user/" + admin.id()).then().statusCode(403);

        assertThat(users.findById(admin.id()).orElseThrow().isAnonymized()).isFalse();
        assertThat(users.findById(student.id()).orElseThrow().isAnonymized()).isFalse();
    }

    private void withTwoFactorAndBackupCodes(TestUser user) {
        jdbc.update("""
                UPDATE users SET totp_secret = 'encrypted-secret', totp_enabled = true, totp_verified_at = now(),
                                 totp_last_used_step = 1, two_factor_setup_at = now(), two_factor_last_used_at = now()
                 WHERE id = ?""", user.id());
        for (int i = 0; i < 3; i++) {
            jdbc.update("INSERT INTO backup_codes (id, user_id, code_hash, created_at, used_at) VALUES (?, ?, ?, now(), ?)",
                    ids.newId(), user.id(), "$argon2id$backup-" + i, i == 0 ? clock.instant() : null);
        }
    }

    private void withEmailTraces(TestUser user) {
        jdbc.update("INSERT INTO login_failures (email_key, failure_count, last_failure_at) VALUES (lower(?), 2, now())",
                user.email());
        jdbc.update("INSERT INTO password_reset_requests (id, email, source_ip, requested_at) VALUES (?, ?, '203.0.113.9', now())",
                ids.newId(), user.email());
    }

    @Test
    void anInstructorsExportHoldsTheirServicesAndExactPlacesAndDeletionTakesThemOffThePlatform() {
        TestInstructor instructor = instructors.live("piano", TestInstructors.online(7500));
        jdbc.update("""
                INSERT INTO instructor_preferred_places (id, instructor_id, kind, address, location, approx_lat,
                                                         approx_lng, position, created_at)
                VALUES (?, ?, 'teaching_location', '12 Studio Lane', ST_SetSRID(ST_MakePoint(-73.979, 40.672), 4326),
                        40.672300, -73.979200, 1, now())
                """, ids.newId(), instructor.id());
        jdbc.update("""
                INSERT INTO instructor_service_areas (instructor_id, region_id, created_at)
                SELECT ?, id, now() FROM region_boundaries WHERE region_type = 'nyc' AND name = 'Park Slope'
                """, instructor.id());

        as(instructor.bearer()).get("/api/v1/privacy/export/me").then().statusCode(200)
                .body("instructor.live", equalTo(true), "instructor.services[0].service", equalTo("Piano"),
                        "instructor.services[0].hourlyRates", contains("online=7500"),
                        "instructor.serviceAreas", contains("Park Slope"),
                        "instructor.places[0].address", equalTo("12 Studio Lane"),
                        "instructor.places[0].lat", equalTo(40.672f), "instructor.places[0].lng", equalTo(-73.979f));
        as(accounts.student().bearer()).get("/api/v1/privacy/export/me").then().statusCode(200)
                .body("instructor", nullValue());

        as(instructor.bearer()).body(Map.of("password", TestAccounts.PASSWORD)).post("/api/v1/privacy/delete/me")
                .then().statusCode(200);

        assertThat(jdbc.queryOne("""
                SELECT (SELECT count(*) FROM instructor_profiles WHERE user_id = ? AND (is_live OR bio <> ''))
                     + (SELECT count(*) FROM instructor_services WHERE instructor_id = ? AND is_active)
                     + (SELECT count(*) FROM instructor_preferred_places WHERE instructor_id = ?)
                     + (SELECT count(*) FROM instructor_service_areas WHERE instructor_id = ?) AS left_over
                """, row -> row.integer("left_over"), instructor.id(), instructor.id(), instructor.id(),
                instructor.id())).contains(0);
        assertThat(jdbc.queryOne("SELECT count(*) AS kept FROM instructor_services WHERE instructor_id = ?",
                row -> row.integer("kept"), instructor.id())).as("services stay for booking history").contains(1);
    }

    private void assertAnonymized(TestUser user) {
        User stored = users.findById(user.id()).orElseThrow();
        assertThat(stored.email()).isEqualTo("deleted-" + user.id() + "@anonymized.invalid");
        assertThat(stored.firstName()).isEqualTo("Deleted");
        assertThat(stored.lastName()).isEqualTo("User");
        assertThat(stored.phone()).isNull();
        assertThat(stored.phoneVerified()).isFalse();
        assertThat(hasher.verify(TestAccounts.PASSWORD, stored.passwordHash())).isFalse();
        assertThat(stored.passwordHash()).doesNotStartWith("$argon2");
        assertThat(stored.totpSecret()).isNull();
        assertThat(stored.totpEnabled()).isFalse();
        assertThat(stored.status()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(stored.anonymizedAt()).isNotNull();
        assertThat(stored.canSignIn()).isFalse();
        assertThat(permissions.overrides(user.id())).isEmpty();
        assertThat(jdbc.queryOne("SELECT count(*) AS codes FROM backup_codes WHERE user_id = ?",
                row -> row.integer("codes"), user.id())).contains(0);
        assertThat(jdbc.queryOne("""
                SELECT count(*) AS live FROM refresh_tokens WHERE user_id = ? AND revoked_at IS NULL""",
                row -> row.integer("live"), user.id())).contains(0);
        assertThat(jdbc.queryOne("SELECT (SELECT count(*) FROM login_failures WHERE email_key = lower(?))"
                + " + (SELECT count(*) FROM password_reset_requests WHERE lower(email) = lower(?)) AS traces",
                row -> row.integer("traces"), user.email(), user.email())).as("rows keyed by the old email").contains(0);
    }
}
