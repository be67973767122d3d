package com.instainstru.functions.payments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.instainstru.payments.protection.OperationLock;
import com.instainstru.platform.security.Permission;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestInstructors;
import com.instainstru.testsupport.db.PostgresTestResource;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeStub;
import com.instainstru.testsupport.stripe.StripeStubTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connect onboarding and status through the HTTP API (the Lambda path), against the Stripe stub. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class ConnectResourceTest {

    static final String LINK = "https://connect.stripe.com/setup/e/acct_1Nv0FGQ9RKHgCVdK/Zc6Xo0GgkkHW";
    private static final String ONBOARD = "/api/v1/payments/connect/onboard";
    private static final String STATUS = "/api/v1/payments/connect/status";

    @Inject
    TestAccounts accounts;

    @Inject
    TestInstructors instructors;

    @Inject
    TestPayments payments;

    @Inject
    OperationLock operationLock;

    private StripeStub stripe;
    private TestUser instructor;
    private String account;

    @BeforeEach
    void anInstructorWithoutAnAccount() {
        stripe = StripeStubTestResource.stub();
        stripe.reset();
        instructor = instructors.withProfile();
        account = "acct_" + instructor.id();
        stripe.answerPost("/v1/accounts", StripeObjects.account(account, false, false, false, List.of("external_account")));
        stripe.answerPost("/v1/account_links", StripeObjects.accountLink(LINK, 1_795_856_712L));
    }

    @Test
    void onboardingCreatesTheAccountOnceAndAnswersALinkInTheFinancialBucket() {
        as(instructor).post(ONBOARD).then().statusCode(200)
                .header("X-RateLimit-Policy", "financial").header("X-RateLimit-Limit", "1")
                .body("onboardingUrl", equalTo(LINK), "expiresAt", equalTo("2026-11-28T09:05:12Z"),
                        "alreadyOnboarded", equalTo(false));
        as(instructor).post(ONBOARD).then().statusCode(200).body("onboardingUrl", equalTo(LINK));

        assertThat(stripe.onlyPost("/v1/accounts").getHeader("Idempotency-Key"))
                .isEqualTo("instructor:" + instructor.id() + ":connect-account");
        assertThat(stripe.posts("/v1/account_links")).hasSize(2);
        assertThat(payments.count("SELECT count(*) AS n FROM instructor_stripe_accounts WHERE instructor_id = ?"
                + " AND stripe_account_id = ?", instructor.id(), account)).isOne();
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswerAndANewKeyActsAgain() {
        String key = UUID.randomUUID().toString();

        String first = as(instructor).header("Idempotency-Key", key).post(ONBOARD).then().statusCode(200)
                .extract().asString();
        String replay = as(instructor).header("Idempotency-Key", key).post(ONBOARD).then().statusCode(200)
                .extract().asString();

        assertThat(replay).isEqualTo(first);
        assertThat(stripe.posts("/v1/account_links")).hasSize(1);
        as(instructor).header("Idempotency-Key", UUID.randomUUID().toString()).post(ONBOARD).then().statusCode(200);
        assertThat(stripe.posts("/v1/account_links")).hasSize(2);
        assertThat(payments.count("SELECT count(*) AS n FROM payment_request_idempotency WHERE user_id = ?",
                instructor.id())).isEqualTo(2);
    }

    @Test
    void aMalformedIdempotencyKeyIsA400Problem() {
        as(instructor).header("Idempotency-Key", "k".repeat(256)).post(ONBOARD).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(stripe.posts("/v1/accounts")).isEmpty();
    }

    @Test
    void aSecondOnboardingWhileOneRunsIsOperationInProgress() {
        try (var lease = operationLock.acquire("payments:lock:connect-onboarding:" + instructor.id())) {
            as(instructor).post(ONBOARD).then().statusCode(429).contentType("application/problem+json")
                    .header("Retry-After", "30")
                    .body("code", equalTo("OPERATION_IN_PROGRESS"), "detail", equalTo("Operation in progress"));
        }
        as(instructor).post(ONBOARD).then().statusCode(200);
    }

    @Test
    void theStatusIsRefreshedFromStripe() {
        as(instructor).get(STATUS).then().statusCode(200)
                .body("hasAccount", equalTo(false), "ready", equalTo(false), "onboardingCompletedAt", nullValue());
        as(instructor).post(ONBOARD).then().statusCode(200);
        stripe.answerGet("/v1/accounts/" + account, StripeObjects.account(account, true, true, true, List.of()));

        as(instructor).get(STATUS).then().statusCode(200)
                .body("hasAccount", equalTo(true), "chargesEnabled", equalTo(true), "payoutsEnabled", equalTo(true),
                        "detailsSubmitted", equalTo(true), "requirementsDue.size()", equalTo(0),
                        "ready", equalTo(true));
        assertThat(stripe.gets("/v1/accounts/" + account)).hasSize(1);
    }

    @Test
    void somebodyWithoutAnInstructorProfileHasNoConnectAccount() {
        TestUser student = accounts.student();
        String token = "Bearer " + accounts.tokenWith(student.id(), List.of(Permission.MANAGE_INSTRUCTOR_PROFILE));

        given().header("Authorization", token).post(ONBOARD).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("INSTRUCTOR_PROFILE_NOT_FOUND"));
        given().header("Authorization", token).get(STATUS).then().statusCode(404);
        as(student).post(ONBOARD).then().statusCode(403).body("code", equalTo("PERMISSION_DENIED"));
        assertThat(stripe.posts("/v1/accounts")).isEmpty();
    }

    private static RequestSpecification as(TestUser user) {
        return given().header("Authorization", user.bearer());
    }
}
