package com.instainstru.functions.payments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestInstructors;
import com.instainstru.testsupport.db.PostgresTestResource;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeObjects.Card;
import com.instainstru.testsupport.stripe.StripeStub;
import com.instainstru.testsupport.stripe.StripeStubTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The card, Connect and earnings samples under events/payments-api/ reach their routes as Lambda hands them over:
 * with the placeholder token (401), and with a real caller's token (the answer each route gives that caller; an
 * instructor without a Connect account has no payouts or dashboard: 404).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class PaymentsSampleEventsTest {

    private static final String PLACEHOLDER_TOKEN = "replace-with-an-access-token";
    private static final Card VISA = new Card("pm_1QJ9Aq2eZvKYlo2CKWcVbU7K", "visa", "4242", 12, 2030);

    @Inject
    TestAccounts accounts;

    @Inject
    TestInstructors instructors;

    @ParameterizedTest
    @CsvSource({
        "post-payments-setup-intent.json, student, 200",
        "get-payment-methods.json, student, 200",
        "post-payment-method-default.json, student, 200",
        "delete-payment-method.json, student, 204",
        "post-connect-onboard.json, instructor, 200",
        "get-connect-status.json, instructor, 200",
        "post-payments-checkout.json, student, 404",
        "patch-payments-booking-payment-method.json, student, 404",
        "get-payments-credits.json, student, 200",
        "get-payments-earnings.json, instructor, 200",
        "get-payments-payouts.json, instructor, 404",
        "post-connect-dashboard-link.json, instructor, 404"})
    void theSampleEventReachesItsRoute(String sample, String role, int status) throws Exception {
        String event = Files.readString(Path.of("../../events/payments-api").resolve(sample));
        TestUser caller = role.equals("student") ? accounts.student() : instructors.withProfile();
        stub(caller);
        if (role.equals("student")) {
            // the customer exists before the card routes are called
            given().header("Authorization", caller.bearer()).post("/api/v1/payments/setup-intent")
                    .then().statusCode(200);
        }

        given().contentType("application/json").body(event).post("/_lambda_")
                .then().statusCode(200).body("statusCode", equalTo(401));
        given().contentType("application/json").body(event.replace(PLACEHOLDER_TOKEN, caller.accessToken()))
                .post("/_lambda_").then().statusCode(200).body("statusCode", equalTo(status));
    }

    private static void stub(TestUser caller) {
        StripeStub stripe = StripeStubTestResource.stub();
        stripe.reset();
        String customer = "cus_" + caller.id();
        stripe.answerPost("/v1/customers", StripeObjects.customer(customer, caller.email(), caller.id()));
        stripe.answerPost("/v1/setup_intents", StripeObjects.setupIntent("seti_1Mm8s8LkdIwHu7ix0OXBfTRG", customer));
        stripe.answerGet("/v1/customers/" + customer + "/payment_methods",
                StripeObjects.paymentMethodList(customer, List.of(VISA)));
        stripe.answerPost("/v1/payment_methods/" + VISA.id() + "/detach", StripeObjects.paymentMethod(VISA, null));
        String account = "acct_" + caller.id();
        stripe.answerPost("/v1/accounts", StripeObjects.account(account, false, false, false, List.of()));
        stripe.answerPost("/v1/account_links", StripeObjects.accountLink(ConnectResourceTest.LINK, 1_795_856_712L));
        stripe.answerGet("/v1/accounts/" + account, StripeObjects.account(account, true, true, true, List.of()));
    }
}
