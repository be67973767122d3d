package com.instainstru.functions.payments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checkout through the HTTP API (the Lambda path), against PostgreSQL, Redis and the Stripe stub. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class CheckoutResourceTest {

    private static final Card VISA = new Card("pm_1QJ9Aq2eZvKYlo2CKWcVbU7K", "visa", "4242", 12, 2030);

    @Inject
    TestAccounts accounts;

    @Inject
    TestPayments payments;

    private TestUser student;
    private String booking;

    @BeforeEach
    void aStudentWithACardAndAConfirmedLessonThreeDaysAhead() {
        StripeStub stripe = StripeStubTestResource.stub();
        stripe.reset();
        student = accounts.student();
        String customer = "cus_" + student.id();
        stripe.answerPost("/v1/customers", StripeObjects.customer(customer, student.email(), student.id()));
        stripe.answerPost("/v1/setup_intents", StripeObjects.setupIntent("seti_1Mm8s8LkdIwHu7ix0OXBfTRG", customer));
        stripe.answerGet("/v1/customers/" + customer + "/payment_methods",
                StripeObjects.paymentMethodList(customer, List.of(VISA)));
        as(student).post("/api/v1/payments/setup-intent").then().statusCode(200);
        TestInstructor instructor = payments.instructor();
        payments.connectAccount(instructor.id(), "acct_" + instructor.id().substring(14));
        booking = payments.confirmedBooking(student.id(), instructor, Duration.ofDays(3));
    }

    private static RequestSpecification as(TestUser user) {
        return given().header("Authorization", user.bearer()).contentType("application/json");
    }

    @Test
    void theStudentPaysTheirBookingAndARetryWithTheSameKeyGetsTheSameAnswer() {
        Map<String, Object> body = Map.of("bookingId", booking, "paymentMethodId", VISA.id());

        String first = as(student).header("Idempotency-Key", "checkout-" + booking).body(body)
                .post("/api/v1/payments/checkout").then().statusCode(200)
                .header("X-RateLimit-Policy", "financial")
                .body("bookingId", equalTo(booking), "paymentStatus", equalTo("scheduled"),
                        "cardLast4", equalTo("4242"), "lessonPriceCents", equalTo(12_000),
                        "studentFeeCents", equalTo(1_440), "creditAppliedCents", equalTo(0),
                        "cardChargeCents", equalTo(13_440))
                .extract().asString();
        String replay = as(student).header("Idempotency-Key", "checkout-" + booking).body(body)
                .post("/api/v1/payments/checkout").then().statusCode(200).extract().asString();

        assertThat(replay).isEqualTo(first);
        assertThat(payments.count("SELECT count(*) AS n FROM booking_payments WHERE booking_id = ?", booking))
                .isOne();
        as(student).body(body).post("/api/v1/payments/checkout").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("PAYMENT_ALREADY_SCHEDULED"));
    }

    @Test
    void creditsSpentAtCheckoutShowAsReservedInTheBalance() {
        payments.credit(student.id(), 2_500, booking);
        as(student).get("/api/v1/payments/credits").then().statusCode(200)
                .body("availableCents", equalTo(2_500), "reservedCents", equalTo(0), "frozenCents", equalTo(0));

        as(student).body(Map.of("bookingId", booking, "paymentMethodId", VISA.id(), "requestedCreditCents", 1_000))
                .post("/api/v1/payments/checkout").then().statusCode(200)
                .body("creditAppliedCents", equalTo(1_000), "cardChargeCents", equalTo(12_000 - 1_000 + 1_440));

        as(student).get("/api/v1/payments/credits").then().statusCode(200)
                .body("availableCents", equalTo(1_500), "reservedCents", equalTo(1_000));
        as(accounts.student()).get("/api/v1/payments/credits").then().statusCode(200)
                .body("availableCents", equalTo(0), "reservedCents", equalTo(0));
    }

    @Test
    void anotherStudentsBookingIsNotFoundAndMalformedFieldsAreNamed() {
        as(accounts.student()).body(Map.of("bookingId", booking, "paymentMethodId", VISA.id()))
                .post("/api/v1/payments/checkout").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("BOOKING_NOT_FOUND"));
        as(student).body(Map.of("bookingId", "nope", "requestedCreditCents", -5))
                .post("/api/v1/payments/checkout").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("bookingId", "paymentMethodId", "requestedCreditCents"));
        assertThat(payments.count("SELECT count(*) AS n FROM booking_payments WHERE booking_id = ?", booking))
                .isZero();
    }
}
