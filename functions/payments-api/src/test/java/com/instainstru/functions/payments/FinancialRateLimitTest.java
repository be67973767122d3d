package com.instainstru.functions.payments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestInstructors;
import com.instainstru.testsupport.db.PostgresTestResource;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeStub;
import com.instainstru.testsupport.stripe.StripeStubTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The onboarding route with rate limits enforced (function tests otherwise only compute them): the financial bucket
 * admits one request and then one every 12 s per user (5 a minute, no burst).
 */
@QuarkusTest
@TestProfile(FinancialRateLimitTest.Enforced.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class FinancialRateLimitTest {

    public static class Enforced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("instainstru.ratelimit.enforced", "true");
        }
    }

    @Inject
    TestInstructors instructors;

    @Test
    void aSecondOnboardingWithinTwelveSecondsIsRateLimitedAndNeverReachesStripe() {
        TestUser instructor = instructors.withProfile();
        StripeStub stripe = StripeStubTestResource.stub();
        stripe.reset();
        String account = "acct_" + instructor.id();
        stripe.answerPost("/v1/accounts", StripeObjects.account(account, false, false, false, List.of()));
        stripe.answerPost("/v1/account_links", StripeObjects.accountLink(ConnectResourceTest.LINK, 1_795_856_712L));

        given().header("Authorization", instructor.bearer()).post("/api/v1/payments/connect/onboard")
                .then().statusCode(200).header("X-RateLimit-Remaining", "0");
        String retryAfter = given().header("Authorization", instructor.bearer())
                .post("/api/v1/payments/connect/onboard")
                .then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED")).extract().header("Retry-After");

        // 12 s after the first request, less the time the first one took
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 12);

        assertThat(stripe.posts("/v1/account_links")).hasSize(1);
    }
}
