package com.instainstru.functions.payments;

import static com.instainstru.testsupport.stripe.StripeStub.form;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testsupport.db.PostgresTestResource;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeObjects.Card;
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

/** Saved cards through the HTTP API (the Lambda path), against the Stripe stub. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class PaymentMethodResourceTest {

    private static final Card VISA = new Card("pm_1QJ9Aq2eZvKYlo2CKWcVbU7K", "visa", "4242", 12, 2030);
    private static final Card AMEX = new Card("pm_1QJ9Br2eZvKYlo2CmXe1AmEx", "amex", "0005", 3, 2029);

    @Inject
    TestAccounts accounts;

    @Inject
    TestPayments payments;

    private StripeStub stripe;
    private TestUser student;
    private String customer;

    @BeforeEach
    void aStudentWhoseCustomerHasTwoCards() {
        stripe = StripeStubTestResource.stub();
        stripe.reset();
        student = accounts.student();
        customer = "cus_" + student.id();
        stripe.answerPost("/v1/customers", StripeObjects.customer(customer, student.email(), student.id()));
        stripe.answerPost("/v1/setup_intents", StripeObjects.setupIntent("seti_1Mm8s8LkdIwHu7ix0OXBfTRG", customer));
        stripe.answerGet("/v1/customers/" + customer + "/payment_methods",
                StripeObjects.paymentMethodList(customer, List.of(AMEX, VISA)));
    }

    @Test
    void aStudentSavesACardThroughASetupIntentAndListsIt() {
        as(student).get("/api/v1/payments/methods").then().statusCode(200).body("items.size()", equalTo(0));
        assertThat(stripe.posts("/v1/customers")).isEmpty();

        as(student).post("/api/v1/payments/setup-intent").then().statusCode(200)
                .body("setupIntentId", equalTo("seti_1Mm8s8LkdIwHu7ix0OXBfTRG"),
                        "clientSecret", startsWith("seti_1Mm8s8LkdIwHu7ix0OXBfTRG_secret_"),
                        "status", equalTo("requires_payment_method"));
        as(student).post("/api/v1/payments/setup-intent").then().statusCode(200);

        assertThat(stripe.onlyPost("/v1/customers").getHeader("Idempotency-Key"))
                .isEqualTo("user:" + student.id() + ":customer");
        assertThat(form(stripe.posts("/v1/setup_intents").get(0))).contains(entry("customer", customer),
                entry("usage", "off_session"));
        assertThat(payments.count("SELECT count(*) AS n FROM stripe_customers WHERE user_id = ? AND"
                + " stripe_customer_id = ?", student.id(), customer)).isOne();
        as(student).get("/api/v1/payments/methods").then().statusCode(200)
                .body("items.id", equalTo(List.of(AMEX.id(), VISA.id())),
                        "items[1].brand", equalTo("visa"), "items[1].last4", equalTo("4242"),
                        "items[1].expMonth", equalTo(12), "items[1].expYear", equalTo(2030),
                        "items[1].isDefault", equalTo(false));
    }

    @Test
    void theDefaultCardIsMarkedAndSomebodyElsesCardIsNotFound() {
        as(student).post("/api/v1/payments/setup-intent").then().statusCode(200);

        as(student).post("/api/v1/payments/methods/" + VISA.id() + "/default").then().statusCode(200)
                .body("id", equalTo(VISA.id()), "isDefault", equalTo(true));
        as(student).get("/api/v1/payments/methods").then().statusCode(200)
                .body("items.isDefault", equalTo(List.of(false, true)));

        as(student).post("/api/v1/payments/methods/pm_NotOnThisCustomer/default").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("PAYMENT_METHOD_NOT_FOUND"));
        // another student (no customer of their own) cannot touch this student's card
        TestUser other = accounts.student();
        as(other).post("/api/v1/payments/methods/" + VISA.id() + "/default").then().statusCode(404);
        as(other).delete("/api/v1/payments/methods/" + VISA.id()).then().statusCode(404);
        assertThat(stripe.posts("/v1/payment_methods/" + VISA.id() + "/detach")).isEmpty();
    }

    @Test
    void removingACardDetachesItUnlessAnUnsettledBookingPaysWithIt() {
        as(student).post("/api/v1/payments/setup-intent").then().statusCode(200);
        var instructor = payments.instructor();
        payments.bookingPaidWith(student.id(), instructor, Duration.ofDays(3), VISA.id(), "scheduled");
        payments.bookingPaidWith(student.id(), instructor, Duration.ofDays(4), AMEX.id(), "settled");
        stripe.answerPost("/v1/payment_methods/" + AMEX.id() + "/detach", StripeObjects.paymentMethod(AMEX, null));

        as(student).delete("/api/v1/payments/methods/" + VISA.id()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("PAYMENT_METHOD_IN_USE"), "bookingPayments", equalTo(1));
        assertThat(stripe.posts("/v1/payment_methods/" + VISA.id() + "/detach")).isEmpty();

        as(student).delete("/api/v1/payments/methods/" + AMEX.id()).then().statusCode(204);
        assertThat(stripe.onlyPost("/v1/payment_methods/" + AMEX.id() + "/detach").getHeader("Idempotency-Key"))
                .isEqualTo("payment-method:" + AMEX.id() + ":detach");
    }

    @Test
    void stripeFailingIsA503ProblemNeverA500() {
        stripe.serverError("/v1/customers");

        as(student).post("/api/v1/payments/setup-intent").then().statusCode(503)
                .contentType("application/problem+json").body("code", equalTo("DEPENDENCY_UNAVAILABLE"));
    }

    private static RequestSpecification as(TestUser user) {
        return given().header("Authorization", user.bearer());
    }
}
