package com.instainstru.functions.auth;

import static com.instainstru.functions.auth.Api.anonymous;
import static com.instainstru.functions.auth.Api.as;
import static com.instainstru.functions.auth.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.users.Role;
import com.instainstru.platform.audit.AuditEntry;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.security.Permission;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AdminAccessResourceTest {

    private static final String UNKNOWN_ID = "01KDVDNA00ZZZZZZZZZZZZZZZZ";

    @Inject
    TestAccounts accounts;

    @Inject
    PermissionRepository permissions;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Test
    void listsEveryPermissionWithItsGroupAndGrantingRoles() {
        TestUser admin = accounts.admin();

        as(admin.bearer()).get("/api/v1/admin/permissions").then().statusCode(200)
                .body("permissions", hasSize(36),
                        "permissions[0].group", equalTo("shared"),
                        "permissions.find { it.name == 'manage_own_profile' }.grantedByRoles",
                        contains("admin", "instructor", "student"),
                        "permissions.find { it.name == 'send_messages' }.grantedByRoles",
                        contains("admin", "instructor", "student"),
                        "permissions.find { it.name == 'create_bookings' }.grantedByRoles", contains("admin", "student"),
                        "permissions.find { it.name == 'admin:read' }.group", equalTo("admin"),
                        "permissions.find { it.name == 'admin:read' }.grantedByRoles", contains("admin"));
    }

    @Test
    void showsAUsersRolesOverridesAndEffectivePermissions() {
        TestUser student = accounts.student();
        TestUser admin = accounts.admin();

        as(admin.bearer()).get("/api/v1/admin/users/" + student.id() + "/access").then().statusCode(200)
                .body("userId", equalTo(student.id()), "roles", contains("student"), "overrides", empty(),
                        "effectivePermissions", hasSize(12), "effectivePermissions", hasItem("create_bookings"));
    }

    @Test
    void replacingARoleThatTakesPermissionsAwayEndsTheUsersSessions() {
        TestUser student = accounts.student();
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("roles", List.of("instructor"))).put(rolesOf(student)).then().statusCode(200)
                .body("access.roles", contains("instructor"), "access.effectivePermissions", hasSize(15),
                        "sessionsEnded", equalTo(true), "takesEffect", equalTo("immediately"));

        assertThat(permissions.roles(student.id())).containsExactly(Role.INSTRUCTOR);
        as(student.bearer()).get("/api/v1/users/me").then().statusCode(401).body("code", equalTo("TOKEN_REVOKED"));
        List<AuditEntry> entries = audit.entriesAbout(AuditedEntity.user(student.id()));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("access.roles_replaced");
            assertThat(entry.actorId()).isEqualTo(admin.id());
            assertThat(entry.before().toString()).isEqualTo("{\"roles\":[\"student\"]}");
            assertThat(entry.after().toString()).isEqualTo("{\"roles\":[\"instructor\"]}");
        });
    }

    @Test
    void addingARoleReachesTheUserAtTheNextRefresh() {
        TestUser instructor = accounts.instructor();
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("roles", List.of("instructor", "admin"))).put(rolesOf(instructor))
                .then().statusCode(200)
                .body("access.roles", contains("admin", "instructor"), "access.effectivePermissions", hasSize(36),
                        "sessionsEnded", equalTo(false), "takesEffect", equalTo("next_sign_in_or_refresh"));

        as(instructor.bearer()).get("/api/v1/admin/permissions").then().statusCode(403);
        String refreshed = anonymous().body(Map.of("refreshToken", instructor.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(200).extract().path("accessToken");
        withToken(refreshed).get("/api/v1/admin/permissions").then().statusCode(200);
    }

    @Test
    void unchangedRolesAreNotAudited() {
        TestUser student = accounts.student();
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("roles", List.of("student", "student"))).put(rolesOf(student))
                .then().statusCode(200).body("sessionsEnded", equalTo(false), "access.roles", contains("student"));

        assertThat(audit.entriesAbout(AuditedEntity.user(student.id()))).isEmpty();
        as(student.bearer()).get("/api/v1/users/me").then().statusCode(200);
    }

    @Test
    void studentAndInstructorTogetherIs422AndChangesNothing() {
        TestUser student = accounts.student();
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("roles", List.of("student", "instructor"))).put(rolesOf(student))
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("ROLES_MUTUALLY_EXCLUSIVE"));

        assertUnchanged(student);
    }

    @Test
    void anAdminCannotRemoveTheirOwnAdminRole() {
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("roles", List.of("student"))).put(rolesOf(admin)).then().statusCode(422)
                .body("code", equalTo("CANNOT_REMOVE_OWN_ADMIN_ROLE"));

        assertThat(permissions.roles(admin.id())).containsExactly(Role.ADMIN);
        as(admin.bearer()).get("/api/v1/admin/permissions").then().statusCode(200);
        assertThat(audit.entriesAbout(AuditedEntity.user(admin.id()))).isEmpty();
    }

    @Test
    void anotherAdminMayRemoveTheAdminRole() {
        TestUser first = accounts.admin();
        TestUser second = accounts.admin();

        as(first.bearer()).body(Map.of("roles", List.of("student"))).put(rolesOf(second)).then().statusCode(200)
                .body("access.roles", contains("student"), "sessionsEnded", equalTo(true));

        as(second.bearer()).get("/api/v1/admin/permissions").then().statusCode(401);
    }

    @Test
    void invalidRoleListsName400AndChangeNothing() {
        TestUser student = accounts.student();
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("roles", List.of())).put(rolesOf(student)).then().statusCode(400)
                .body("errors[0].field", equalTo("roles"), "errors[0].rule", equalTo("min_items"));
        as(admin.bearer()).body(Map.of("roles", List.of("student", "teacher"))).put(rolesOf(student))
                .then().statusCode(400).body("errors[0].field", equalTo("roles[1]"),
                        "errors[0].rule", equalTo("known_role"));
        as(admin.bearer()).body("{}").put(rolesOf(student)).then().statusCode(400)
                .body("errors[0].field", equalTo("roles"), "errors[0].rule", equalTo("required"));
        as(admin.bearer()).body("{\"roles\":\"admin\"}").put(rolesOf(student)).then().statusCode(400)
                .body("errors[0].field", equalTo("roles"));
        as(admin.bearer()).put(rolesOf(student)).then().statusCode(400).body("errors[0].field", equalTo("body"));

        assertUnchanged(student);
    }

    @Test
    void revokingAPermissionEndsTheUsersSessionsAtOnce() {
        TestUser student = accounts.student();
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("granted", false)).put(permissionOf(student, "create_bookings"))
                .then().statusCode(200)
                .body("access.overrides[0].permission", equalTo("create_bookings"),
                        "access.overrides[0].granted", equalTo(false),
                        "access.effectivePermissions", not(hasItem("create_bookings")),
                        "sessionsEnded", equalTo(true), "takesEffect", equalTo("immediately"));

        as(student.bearer()).get("/api/v1/users/me").then().statusCode(401);
        assertThat(audit.entriesAbout(AuditedEntity.user(student.id()))).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("access.permission_override_set");
            assertThat(entry.before().path("permission").asText()).isEqualTo("create_bookings");
            assertThat(entry.before().get("granted").isNull()).as("no override before").isTrue();
            assertThat(entry.after().path("permission").asText()).isEqualTo("create_bookings");
            assertThat(entry.after().get("granted").asBoolean(true)).isFalse();
        });
    }

    @Test
    void grantingAPermissionReachesTheUserAtTheNextRefresh() {
        TestUser student = accounts.student();
        TestUser other = accounts.student();
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("granted", true)).put(permissionOf(student, "view_all_users"))
                .then().statusCode(200)
                .body("access.effectivePermissions", hasItem("view_all_users"), "sessionsEnded", equalTo(false),
                        "takesEffect", equalTo("next_sign_in_or_refresh"));

        as(student.bearer()).get("/api/v1/admin/users/" + other.id() + "/access").then().statusCode(403);
        String refreshed = anonymous().body(Map.of("refreshToken", student.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(200).extract().path("accessToken");
        withToken(refreshed).get("/api/v1/admin/users/" + other.id() + "/access").then().statusCode(200)
                .body("userId", equalTo(other.id()));
    }

    @Test
    void removingAGrantEndsSessionsAndRemovingARevocationDoesNot() {
        TestUser student = accounts.student();
        TestUser admin = accounts.admin();
        as(admin.bearer()).body(Map.of("granted", true)).put(permissionOf(student, "view_all_users")).then().statusCode(200);

        as(admin.bearer()).delete(permissionOf(student, "view_all_users")).then().statusCode(200)
                .body("access.overrides", empty(), "sessionsEnded", equalTo(true));
        as(student.bearer()).get("/api/v1/users/me").then().statusCode(401);

        TestUser instructor = accounts.instructor();
        as(admin.bearer()).body(Map.of("granted", false)).put(permissionOf(instructor, "manage_services"))
                .then().statusCode(200).body("sessionsEnded", equalTo(true));
        // A token from a sign-in after that revocation.
        String token = accounts.tokenWith(instructor.id(), List.of(Permission.MANAGE_OWN_PROFILE),
                clock.instant().plusSeconds(2));
        as(admin.bearer()).delete(permissionOf(instructor, "manage_services")).then().statusCode(200)
                .body("access.effectivePermissions", hasItem("manage_services"), "sessionsEnded", equalTo(false),
                        "takesEffect", equalTo("next_sign_in_or_refresh"));
        withToken(token).get("/api/v1/users/me").then().statusCode(200);
    }

    @Test
    void unknownPermissionsAre404NamingThem() {
        TestUser student = accounts.student();
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("granted", true)).put(permissionOf(student, "fly_planes"))
                .then().statusCode(404).body("code", equalTo("UNKNOWN_PERMISSION"),
                        "detail", containsString("fly_planes"));
        as(admin.bearer()).delete(permissionOf(student, "fly_planes")).then().statusCode(404)
                .body("code", equalTo("UNKNOWN_PERMISSION"));
        as(admin.bearer()).delete(permissionOf(student, "create_bookings")).then().statusCode(404)
                .body("code", equalTo("OVERRIDE_NOT_FOUND"));
        as(admin.bearer()).body("{}").put(permissionOf(student, "create_bookings")).then().statusCode(400)
                .body("errors[0].field", equalTo("granted"));
        as(admin.bearer()).body("{\"granted\":\"maybe\"}").put(permissionOf(student, "create_bookings"))
                .then().statusCode(400).body("errors[0].field", equalTo("granted"));

        assertUnchanged(student);
    }

    @Test
    void permissionNamesWithAColonWork() {
        TestUser student = accounts.student();
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("granted", true)).put(permissionOf(student, "admin:read"))
                .then().statusCode(200).body("access.overrides[0].permission", equalTo("admin:read"));
    }

    @Test
    void unknownUsersAre404() {
        TestUser admin = accounts.admin();

        for (String id : new String[] {UNKNOWN_ID, "not-an-id"}) {
            as(admin.bearer()).get("/api/v1/admin/users/" + id + "/access").then().statusCode(404)
                    .body("code", equalTo("USER_NOT_FOUND"));
            as(admin.bearer()).body(Map.of("roles", List.of("student"))).put("/api/v1/admin/users/" + id + "/roles")
                    .then().statusCode(404);
            as(admin.bearer()).body(Map.of("granted", true))
                    .put("/api/v1/admin/users/" + id + "/permissions/create_bookings").then().statusCode(404)
                    .body("code", equalTo("USER_NOT_FOUND"));
            as(admin.bearer()).delete("/api/v1/admin/users/" + id + "/permissions/create_bookings")
                    .then().statusCode(404).body("code", equalTo("USER_NOT_FOUND"));
        }
    }

    @Test
    void anonymousCallersAre401AndCallersWithoutThePermission403() {
        TestUser admin = accounts.admin();
        TestUser student = accounts.student();
        String path = "/api/v1/admin/users/" + student.id();

        anonymous().get("/api/v1/admin/permissions").then().statusCode(401);
        anonymous().get(path + "/access").then().statusCode(401);
        anonymous().body(Map.of("roles", List.of("instructor"))).put(path + "/roles").then().statusCode(401);
        anonymous().body(Map.of("granted", false)).put(path + "/permissions/create_bookings").then().statusCode(401);
        anonymous().delete(path + "/permissions/create_bookings").then().statusCode(401);

        withToken(without(admin, Permission.ADMIN_READ)).get("/api/v1/admin/permissions").then().statusCode(403);
        withToken(without(admin, Permission.VIEW_ALL_USERS)).get(path + "/access").then().statusCode(403);
        withToken(without(admin, Permission.MANAGE_ROLES)).body(Map.of("roles", List.of("instructor")))
                .put(path + "/roles").then().statusCode(403);
        withToken(without(admin, Permission.MANAGE_PERMISSIONS)).body(Map.of("granted", false))
                .put(path + "/permissions/create_bookings").then().statusCode(403);
        withToken(without(admin, Permission.MANAGE_PERMISSIONS)).delete(path + "/permissions/create_bookings")
                .then().statusCode(403);
        as(student.bearer()).get(path + "/access").then().statusCode(403);

        assertUnchanged(student);
    }

    private String without(TestUser user, Permission permission) {
        return accounts.tokenWith(user.id(), TestAccounts.allExcept(permission));
    }

    private void assertUnchanged(TestUser student) {
        assertThat(permissions.roles(student.id())).containsExactly(Role.STUDENT);
        assertThat(permissions.overrides(student.id())).isEmpty();
        assertThat(audit.entriesAbout(AuditedEntity.user(student.id()))).isEmpty();
        as(student.bearer()).get("/api/v1/users/me").then().statusCode(200);
    }

    private static String rolesOf(TestUser user) {
        return "/api/v1/admin/users/" + user.id() + "/roles";
    }

    private static String permissionOf(TestUser user, String permission) {
        return "/api/v1/admin/users/" + user.id() + "/permissions/" + permission;
    }
}
