package com.instainstru.functions.payments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.instainstru.platform.security.Permission;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import com.instainstru.testsupport.db.PostgresTestResource;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeStub;
import com.instainstru.testsupport.stripe.StripeStubTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The instructor money routes through the HTTP API (the Lambda path): earnings from our tables, payouts and the
 * Express dashboard link from the Stripe stub, always on the caller's own account.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class EarningsResourceTest {

    private static final String EARNINGS = "/api/v1/payments/earnings";
    private static final String PAYOUTS = "/api/v1/payments/payouts";
    private static final String DASHBOARD = "/api/v1/payments/connect/dashboard-link";
    private static final String LOGIN_URL = "https://connect.stripe.com/express/Ln7FYnP9uDTq";
    private static final String CARD = "pm_1QJ9Aq2eZvKYlo2CKWcVbU7K";

    @Inject
    TestAccounts accounts;

    @Inject
    TestPayments payments;

    private StripeStub stripe;
    private TestInstructor instructor;
    private String account;

    @BeforeEach
    void anOnboardedInstructor() {
        stripe = StripeStubTestResource.stub();
        stripe.reset();
        instructor = payments.instructor();
        account = "acct_" + instructor.id().substring(12);
        payments.connectAccount(instructor.id(), account);
    }

    @Test
    void earningsShowTheCallersOwnLessonsWithTotalsInCents() {
        String student = accounts.student().id();
        String paid = payments.bookingPaidWith(student, instructor, Duration.ofDays(2), CARD, "scheduled");
        payments.captured(paid);
        String authorized = payments.bookingPaidWith(student, instructor, Duration.ofDays(3), CARD, "scheduled");
        payments.authorized(authorized);
        TestInstructor other = payments.instructor();
        payments.captured(payments.bookingPaidWith(accounts.student().id(), other, Duration.ofDays(2), CARD,
                "scheduled"));

        as(instructor.user()).get(EARNINGS).then().statusCode(200)
                .body("totals.paidOutCents", equalTo(10_560), "totals.pendingCaptureCents", equalTo(10_560),
                        "totals.paidLessonCount", equalTo(1), "totals.pendingCaptureLessonCount", equalTo(1),
                        "page", equalTo(1), "limit", equalTo(20), "total", equalTo(2), "hasMore", equalTo(false),
                        "lessons.bookingId", contains(authorized, paid),
                        "lessons.status", contains("pending_capture", "paid"),
                        "lessons[1].lessonPriceCents", equalTo(12_000), "lessons[1].commissionPct", equalTo(12.0f),
                        "lessons[1].commissionCents", equalTo(1_440), "lessons[1].payoutCents", equalTo(10_560),
                        "lessons[0].paidAt", nullValue());
        as(instructor.user()).queryParam("limit", "1").queryParam("page", "2").get(EARNINGS).then().statusCode(200)
                .body("lessons.bookingId", contains(paid), "hasMore", equalTo(false));
    }

    @Test
    void badPagingIsA400NamingTheField() {
        as(instructor.user()).queryParam("page", "0").get(EARNINGS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        as(instructor.user()).queryParam("limit", "51").get(EARNINGS).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(instructor.user()).queryParam("limit", "101").get(PAYOUTS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        as(instructor.user()).queryParam("startingAfter", account).get(PAYOUTS).then().statusCode(400)
                .body("errors[0].field", equalTo("startingAfter"));
        assertThat(stripe.gets("/v1/payouts")).isEmpty();
    }

    @Test
    void payoutsAreReadFromTheCallersOwnConnectedAccount() {
        stripe.answerGet("/v1/payouts", StripeObjects.payoutList(true,
                StripeObjects.payout("po_1OaFDbEcg9tTZuTgNYmX0PKB", 21_120, 1_764_806_400L, "in_transit")));

        as(instructor.user()).queryParam("limit", "1").get(PAYOUTS).then().statusCode(200)
                .body("payouts[0].id", equalTo("po_1OaFDbEcg9tTZuTgNYmX0PKB"),
                        "payouts[0].amountCents", equalTo(21_120), "payouts[0].currency", equalTo("usd"),
                        "payouts[0].arrivalDate", equalTo("2025-12-04T00:00:00Z"),
                        "payouts[0].status", equalTo("in_transit"), "hasMore", equalTo(true),
                        "nextCursor", equalTo("po_1OaFDbEcg9tTZuTgNYmX0PKB"));

        LoggedRequest request = stripe.gets("/v1/payouts").get(0);
        assertThat(request.getHeader("Stripe-Account")).isEqualTo(account);
        assertThat(request.queryParameter("limit").firstValue()).isEqualTo("1");
    }

    @Test
    void anotherInstructorWithoutAnAccountGets404AndNeverTheFirstOnesAccount() {
        TestInstructor other = payments.instructor();

        as(other.user()).get(PAYOUTS).then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("CONNECT_ACCOUNT_NOT_FOUND"));
        as(other.user()).post(DASHBOARD).then().statusCode(404).body("code", equalTo("CONNECT_ACCOUNT_NOT_FOUND"));
        as(other.user()).get(EARNINGS).then().statusCode(200).body("total", equalTo(0));
        assertThat(stripe.gets("/v1/payouts")).isEmpty();
        assertThat(stripe.posts("/v1/accounts/" + account + "/login_links")).isEmpty();
    }

    @Test
    void theDashboardLinkIsForTheCallersOnboardedAccountOnly() {
        stripe.answerPost("/v1/accounts/" + account + "/login_links", StripeObjects.loginLink(LOGIN_URL));

        as(instructor.user()).post(DASHBOARD).then().statusCode(200)
                .body("url", equalTo(LOGIN_URL), "createdAt", equalTo("2025-12-01T12:00:00Z"));

        assertThat(stripe.onlyPost("/v1/accounts/" + account + "/login_links").getHeader("Idempotency-Key"))
                .startsWith("instructor:" + instructor.id() + ":login-link-");
    }

    @Test
    void anUnfinishedOnboardingIs422() {
        TestInstructor live = payments.instructor();
        String pending = "acct_" + live.id().substring(12);
        payments.connectAccount(live.id(), pending);
        payments.notOnboarded(live.id());
        stripe.answerGet("/v1/accounts/" + pending, StripeObjects.account(pending, false, false, false,
                List.of("external_account")));

        as(live.user()).post(DASHBOARD).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("CONNECT_ONBOARDING_INCOMPLETE"));
        assertThat(stripe.posts("/v1/accounts/" + pending + "/login_links")).isEmpty();
    }

    @Test
    void somebodyWithoutAnInstructorProfileHasNoEarningsAndAStudentIsForbidden() {
        TestUser student = accounts.student();
        String token = "Bearer " + accounts.tokenWith(student.id(),
                List.of(Permission.VIEW_OWN_INSTRUCTOR_ANALYTICS));

        given().header("Authorization", token).get(EARNINGS).then().statusCode(404)
                .body("code", equalTo("INSTRUCTOR_PROFILE_NOT_FOUND"));
        given().header("Authorization", token).get(PAYOUTS).then().statusCode(404);
        as(student).get(EARNINGS).then().statusCode(403).body("code", equalTo("PERMISSION_DENIED"));
    }

    private static RequestSpecification as(TestUser user) {
        return given().header("Authorization", user.bearer());
    }
}
