package com.instainstru.functions.auth;

import static com.instainstru.functions.auth.Api.anonymous;
import static com.instainstru.functions.auth.Api.as;
import static com.instainstru.functions.auth.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.accounts.users.AccountStatus;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.platform.audit.AuditEntry;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.security.Permission;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AccountStatusResourceTest {

    @Inject
    TestAccounts accounts;

    @Inject
    UserRepository users;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Test
    void anActiveInstructorMaySuspendOrDeactivate() {
        TestUser instructor = accounts.instructor();

        as(instructor.bearer()).get("/api/v1/account/status").then().statusCode(200)
                .body("userId", equalTo(instructor.id()), "accountStatus", equalTo("active"),
                        "allowedTransitions", contains("suspend", "deactivate"));
    }

    @Test
    void aStudentSeesTheirStatusButMayNotChangeIt() {
        TestUser student = accounts.student();

        as(student.bearer()).get("/api/v1/account/status").then().statusCode(200)
                .body("accountStatus", equalTo("active"), "allowedTransitions", empty());
        for (String change : List.of("suspend", "deactivate", "reactivate")) {
            as(student.bearer()).post("/api/v1/account/" + change).then().statusCode(403)
                    .body("code", equalTo("PERMISSION_DENIED"));
        }
        assertThat(status(student)).isEqualTo(AccountStatus.ACTIVE);
        assertThat(audit.entriesAbout(AuditedEntity.user(student.id()))).isEmpty();
    }

    @Test
    void suspendThenReactivateAndEachChangeIsAudited() {
        TestUser instructor = accounts.instructor();

        String requestId = change(instructor, "suspend").then().statusCode(200)
                .body("accountStatus", equalTo("suspended"), "allowedTransitions", contains("reactivate", "deactivate"))
                .extract().header("X-Request-Id");
        assertThat(status(instructor)).isEqualTo(AccountStatus.SUSPENDED);
        change(instructor, "reactivate").then().statusCode(200).body("accountStatus", equalTo("active"));
        assertThat(status(instructor)).isEqualTo(AccountStatus.ACTIVE);

        List<AuditEntry> entries = audit.entriesAbout(AuditedEntity.user(instructor.id()));
        assertThat(entries).extracting(AuditEntry::action).containsExactly("account.suspend", "account.reactivate");
        assertThat(entries.get(0).actorId()).isEqualTo(instructor.id());
        assertThat(entries.get(0).before().path("accountStatus").asText()).isEqualTo("active");
        assertThat(entries.get(0).after().path("accountStatus").asText()).isEqualTo("suspended");
        assertThat(entries.get(0).requestId()).as("the request it happened in").isEqualTo(requestId).isNotBlank();
    }

    @Test
    void aSuspendedInstructorKeepsTheirSessions() {
        TestUser instructor = accounts.instructor();

        change(instructor, "suspend").then().statusCode(200);

        as(instructor.bearer()).get("/api/v1/account/status").then().statusCode(200)
                .body("accountStatus", equalTo("suspended"));
    }

    @Test
    void illegalTransitionsAre409AndChangeNothing() {
        TestUser instructor = accounts.instructor();

        change(instructor, "reactivate").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("INVALID_STATUS_TRANSITION"), "accountStatus", equalTo("active"),
                        "allowedTransitions", contains("suspend", "deactivate"));
        change(instructor, "suspend").then().statusCode(200);
        change(instructor, "suspend").then().statusCode(409).body("code", equalTo("INVALID_STATUS_TRANSITION"));

        assertThat(status(instructor)).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(audit.entriesAbout(AuditedEntity.user(instructor.id()))).hasSize(1);
    }

    @Test
    void deactivationIsPermanentAndEndsEverySession() {
        TestUser instructor = accounts.instructor();

        change(instructor, "deactivate").then().statusCode(200)
                .body("accountStatus", equalTo("deactivated"), "allowedTransitions", empty());

        assertThat(status(instructor)).isEqualTo(AccountStatus.DEACTIVATED);
        as(instructor.bearer()).get("/api/v1/account/status").then().statusCode(401)
                .body("code", equalTo("TOKEN_REVOKED"));
        anonymous().body(Map.of("refreshToken", instructor.refreshToken())).post("/api/v1/auth/refresh")
                .then().statusCode(401);
        // A token issued after the cutoff, as a new sign-in would get if one were possible.
        String freshToken = accounts.tokenWith(instructor.id(), TestAccounts.allExcept(),
                clock.instant().plusSeconds(2));
        for (String change : List.of("reactivate", "suspend", "deactivate")) {
            withToken(freshToken).post("/api/v1/account/" + change).then().statusCode(409)
                    .body("code", equalTo("INVALID_STATUS_TRANSITION"), "accountStatus", equalTo("deactivated"));
        }
        assertThat(audit.entriesAbout(AuditedEntity.user(instructor.id()))).extracting(AuditEntry::action)
                .containsExactly("account.deactivate");
    }

    @Test
    void aSuspendedInstructorMayDeactivate() {
        TestUser instructor = accounts.instructor();
        change(instructor, "suspend").then().statusCode(200);

        change(instructor, "deactivate").then().statusCode(200).body("accountStatus", equalTo("deactivated"));
    }

    @Test
    void anonymousCallersAre401AndCallersWithoutThePermission403() {
        TestUser instructor = accounts.instructor();
        String noStatusChange = accounts.tokenWith(instructor.id(),
                TestAccounts.allExcept(Permission.SUSPEND_OWN_INSTRUCTOR_ACCOUNT));
        String noProfile = accounts.tokenWith(instructor.id(), TestAccounts.allExcept(Permission.MANAGE_OWN_PROFILE));

        anonymous().get("/api/v1/account/status").then().statusCode(401);
        withToken(noProfile).get("/api/v1/account/status").then().statusCode(403);
        for (String change : List.of("suspend", "deactivate", "reactivate")) {
            anonymous().post("/api/v1/account/" + change).then().statusCode(401);
            withToken(noStatusChange).post("/api/v1/account/" + change).then().statusCode(403);
        }
        assertThat(status(instructor)).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void aChangeOnlyEverAffectsTheCaller() {
        TestUser first = accounts.instructor();
        TestUser second = accounts.instructor();

        change(first, "suspend").then().statusCode(200).body("userId", equalTo(first.id()));

        assertThat(status(second)).isEqualTo(AccountStatus.ACTIVE);
        as(second.bearer()).get("/api/v1/account/status").then().body("userId", equalTo(second.id()),
                "accountStatus", equalTo("active"));
    }

    private static Response change(TestUser user, String change) {
        return as(user.bearer()).post("/api/v1/account/" + change);
    }

    private AccountStatus status(TestUser user) {
        return users.findById(user.id()).orElseThrow().status();
    }
}
