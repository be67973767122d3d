package com.instainstru.functions.auth;

import static com.instainstru.functions.auth.Api.anonymous;
import static com.instainstru.functions.auth.Api.as;
import static com.instainstru.functions.auth.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tests share one database and one configuration: each test changes its own bucket or route and puts it
 * back. Rate limits are computed but not enforced in function tests, so retuning a bucket blocks nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RateLimitAdminResourceTest {

    private static final String BUCKETS = "/api/v1/admin/rate-limits/buckets/";
    private static final String ROUTES = "/api/v1/admin/rate-limits/routes";

    @Inject
    TestAccounts accounts;

    @Inject
    AuditService audit;

    @Test
    void listsEveryBucketInForceAndTheRouteOverrides() {
        TestUser admin = accounts.admin();

        as(admin.bearer()).get("/api/v1/admin/rate-limits").then().statusCode(200)
                .body("buckets.find { it.name == 'read' }.ratePerMinute", equalTo(120),
                        "buckets.find { it.name == 'read' }.burst", equalTo(20),
                        "buckets.find { it.name == 'read' }.shadow", equalTo(false),
                        "buckets.find { it.name == 'read' }.source", equalTo("default"),
                        "buckets.find { it.name == 'financial' }.ratePerMinute", equalTo(5),
                        "buckets.find { it.name == 'financial' }.alwaysEnforced", equalTo(true),
                        "buckets.find { it.name == 'write' }.alwaysEnforced", equalTo(false),
                        "buckets.name", hasItem("admin"));
    }

    @Test
    void retunesABucketAndResetsItToItsDefaults() {
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("ratePerMinute", 12, "burst", 3, "shadow", true)).put(BUCKETS + "video")
                .then().statusCode(200).body("name", equalTo("video"), "ratePerMinute", equalTo(12),
                        "burst", equalTo(3), "shadow", equalTo(true), "source", equalTo("override"));
        as(admin.bearer()).get("/api/v1/admin/rate-limits").then()
                .body("buckets.find { it.name == 'video' }.ratePerMinute", equalTo(12));

        as(admin.bearer()).delete(BUCKETS + "video").then().statusCode(200)
                .body("ratePerMinute", equalTo(30), "burst", equalTo(5), "shadow", equalTo(false),
                        "source", equalTo("default"));
        as(admin.bearer()).delete(BUCKETS + "video").then().statusCode(404)
                .body("code", equalTo("BUCKET_NOT_OVERRIDDEN"));

        assertThat(audit.entriesAbout(new AuditedEntity(AuditedEntity.RATE_LIMIT_BUCKET, "video")))
                .extracting(AuditEntry::action, AuditEntry::actorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ratelimit.bucket_updated", admin.id()),
                        org.assertj.core.groups.Tuple.tuple("ratelimit.bucket_reset", admin.id()));
    }

    @Test
    void aChangedBucketAppliesToTheNextRequestOfThisInstance() {
        TestUser admin = accounts.admin();
        try {
            as(admin.bearer()).body(Map.of("ratePerMinute", 60, "burst", 4, "shadow", false)).put(BUCKETS + "admin")
                    .then().statusCode(200).header("X-RateLimit-Limit", "11");

            as(admin.bearer()).get("/api/v1/admin/rate-limits").then().statusCode(200)
                    .header("X-RateLimit-Policy", "admin").header("X-RateLimit-Limit", "5");
        } finally {
            as(admin.bearer()).delete(BUCKETS + "admin").then().statusCode(200);
        }
    }

    @Test
    void theFinancialBucketCanBeRetunedButNeverShadowed() {
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("ratePerMinute", 5, "burst", 0, "shadow", true)).put(BUCKETS + "financial")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("FINANCIAL_NEVER_SHADOWED"));
        as(admin.bearer()).get("/api/v1/admin/rate-limits").then()
                .body("buckets.find { it.name == 'financial' }.source", equalTo("default"));
        assertThat(audit.entriesAbout(new AuditedEntity(AuditedEntity.RATE_LIMIT_BUCKET, "financial"))).isEmpty();

        try {
            as(admin.bearer()).body(Map.of("ratePerMinute", 3, "burst", 0, "shadow", false))
                    .put(BUCKETS + "financial").then().statusCode(200).body("ratePerMinute", equalTo(3));
        } finally {
            as(admin.bearer()).delete(BUCKETS + "financial").then().statusCode(200);
        }
    }

    @Test
    void invalidBucketChangesName400Or404AndWriteNothing() {
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("ratePerMinute", 0, "burst", -1)).put(BUCKETS + "bio_generate")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("ratePerMinute", "burst", "shadow"),
                        "errors.rule", org.hamcrest.Matchers.containsInAnyOrder("range", "range", "required"));
        as(admin.bearer()).body(Map.of("ratePerMinute", 2_000_000, "burst", 0, "shadow", false))
                .put(BUCKETS + "bio_generate").then().statusCode(400).body("errors[0].field", equalTo("ratePerMinute"));
        as(admin.bearer()).body("{\"ratePerMinute\":\"fast\",\"burst\":0,\"shadow\":false}")
                .put(BUCKETS + "bio_generate").then().statusCode(400).body("errors[0].field", equalTo("ratePerMinute"));
        as(admin.bearer()).put(BUCKETS + "bio_generate").then().statusCode(400).body("errors[0].field", equalTo("body"));
        as(admin.bearer()).body(Map.of("ratePerMinute", 10, "burst", 1, "shadow", false)).put(BUCKETS + "search")
                .then().statusCode(404).body("code", equalTo("UNKNOWN_BUCKET"), "detail", containsString("search"));
        as(admin.bearer()).delete(BUCKETS + "Nope!").then().statusCode(404).body("code", equalTo("UNKNOWN_BUCKET"));

        as(admin.bearer()).get("/api/v1/admin/rate-limits").then()
                .body("buckets.find { it.name == 'bio_generate' }.source", equalTo("default"),
                        "buckets.name", not(hasItem("search")));
        assertThat(audit.entriesAbout(new AuditedEntity(AuditedEntity.RATE_LIMIT_BUCKET, "bio_generate"))).isEmpty();
    }

    @Test
    void routeOverridesAreSetListedAndRemoved() {
        TestUser admin = accounts.admin();
        String route = "POST /api/v1/bookings/{id}/cancel";

        as(admin.bearer()).body(Map.of("route", route, "bucket", "financial")).put(ROUTES).then().statusCode(200)
                .body("route", equalTo(route), "bucket", equalTo("financial"));
        as(admin.bearer()).get("/api/v1/admin/rate-limits").then()
                .body("routes.find { it.route == '" + route + "' }.bucket", equalTo("financial"));

        as(admin.bearer()).body(Map.of("route", route)).delete(ROUTES).then().statusCode(204);
        as(admin.bearer()).body(Map.of("route", route)).delete(ROUTES).then().statusCode(404)
                .body("code", equalTo("ROUTE_OVERRIDE_NOT_FOUND"));
        as(admin.bearer()).get("/api/v1/admin/rate-limits").then().body("routes.route", not(hasItem(route)));

        assertThat(audit.entriesAbout(new AuditedEntity(AuditedEntity.RATE_LIMIT_ROUTE, route)))
                .extracting(AuditEntry::action)
                .containsExactly("ratelimit.route_override_set", "ratelimit.route_override_removed");
    }

    @Test
    void invalidRouteOverridesName400AndWriteNothing() {
        TestUser admin = accounts.admin();

        as(admin.bearer()).body(Map.of("route", "cancel bookings", "bucket", "turbo")).put(ROUTES)
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("route", "bucket"),
                        "errors.rule", org.hamcrest.Matchers.containsInAnyOrder("route_key", "known_bucket"));
        as(admin.bearer()).body(Map.of("bucket", "write")).put(ROUTES).then().statusCode(400)
                .body("errors[0].field", equalTo("route"), "errors[0].rule", equalTo("required"));
        as(admin.bearer()).body(Map.of("route", "GET /api/v1/" + "x".repeat(200), "bucket", "write")).put(ROUTES)
                .then().statusCode(400).body("errors[0].field", equalTo("route"));
        as(admin.bearer()).body(Map.of("route", "GET /api/v1/x", "bucket", "write")).delete(ROUTES)
                .then().statusCode(400).body("errors[0].rule", equalTo("unknown_field"));
        as(admin.bearer()).body(Map.of()).delete(ROUTES).then().statusCode(400)
                .body("errors[0].field", equalTo("route"));

        as(admin.bearer()).get("/api/v1/admin/rate-limits").then()
                .body("routes.route", not(hasItem("cancel bookings")));
    }

    @Test
    void anonymousCallersAre401AndCallersWithoutThePermission403() {
        TestUser admin = accounts.admin();
        TestUser student = accounts.student();
        String noRead = accounts.tokenWith(admin.id(), TestAccounts.allExcept(Permission.ADMIN_READ));
        String noManage = accounts.tokenWith(admin.id(), TestAccounts.allExcept(Permission.ADMIN_MANAGE));
        Map<String, Object> bucket = Map.of("ratePerMinute", 1, "burst", 0, "shadow", false);
        Map<String, String> route = Map.of("route", "GET /api/v1/users/me", "bucket", "financial");

        anonymous().get("/api/v1/admin/rate-limits").then().statusCode(401);
        anonymous().body(bucket).put(BUCKETS + "write").then().statusCode(401);
        anonymous().delete(BUCKETS + "write").then().statusCode(401);
        anonymous().body(route).put(ROUTES).then().statusCode(401);
        anonymous().body(Map.of("route", "GET /api/v1/users/me")).delete(ROUTES).then().statusCode(401);
        withToken(noRead).get("/api/v1/admin/rate-limits").then().statusCode(403);
        withToken(noManage).body(bucket).put(BUCKETS + "write").then().statusCode(403);
        withToken(noManage).delete(BUCKETS + "write").then().statusCode(403);
        withToken(noManage).body(route).put(ROUTES).then().statusCode(403);
        withToken(noManage).body(Map.of("route", "GET /api/v1/users/me")).delete(ROUTES).then().statusCode(403);
        as(student.bearer()).body(bucket).put(BUCKETS + "write").then().statusCode(403);

        as(admin.bearer()).get("/api/v1/admin/rate-limits").then()
                .body("buckets.find { it.name == 'write' }.source", equalTo("default"),
                        "routes.route", not(hasItem("GET /api/v1/users/me")));
    }
}
