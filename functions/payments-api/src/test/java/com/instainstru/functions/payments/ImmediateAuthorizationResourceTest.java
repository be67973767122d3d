package com.instainstru.functions.payments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

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

/**
 * A lesson less than 24 h ahead through the HTTP API (reference §9 payment-setup flow): its booking is PENDING,
 * checkout authorizes the card in the request, and {@code PATCH /payments/bookings/{id}/payment-method} swaps the
 * card (retrying a failed authorization at once). PostgreSQL, Redis and the Stripe stub.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class ImmediateAuthorizationResourceTest {

    private static final Card VISA = new Card("pm_1QJ9Aq2eZvKYlo2CKWcVbU7K", "visa", "4242", 12, 2030);
    private static final Card MASTERCARD = new Card("pm_1QJ9Cr2eZvKYlo2CMastercd", "mastercard", "4444", 8, 2031);
    private static final String INTENTS = "/v1/payment_intents";

    @Inject
    TestAccounts accounts;

    @Inject
    TestPayments payments;

    private StripeStub stripe;
    private TestUser student;
    private TestInstructor instructor;
    private String account;
    private String booking;

    @BeforeEach
    void aStudentWithTwoCardsAndAPendingLessonThreeHoursAhead() {
        stripe = StripeStubTestResource.stub();
        stripe.reset();
        student = accounts.student();
        String customer = "cus_" + student.id();
        payments.customer(student.id(), customer);
        stripe.answerGet("/v1/customers/" + customer + "/payment_methods",
                StripeObjects.paymentMethodList(customer, List.of(VISA, MASTERCARD)));
        instructor = payments.instructor();
        account = "acct_" + instructor.id().substring(14);
        payments.connectAccount(instructor.id(), account);
        booking = payments.pendingBooking(student.id(), instructor, Duration.ofHours(3));
    }

    private static RequestSpecification as(TestUser user) {
        return given().header("Authorization", user.bearer()).contentType("application/json");
    }

    private String intent() {
        return "pi_" + booking.substring(6);
    }

    /** Stripe authorizes the PaymentIntent of requests naming {@code fragment} (a card). */
    private void stripeAuthorizes(String fragment) {
        stripe.answerPostWhenBodyContains(INTENTS, fragment, StripeObjects.paymentIntent(intent(), "requires_capture",
                13_440, 2_880, account, StripeObjects.charge("ch_" + booking.substring(6), intent(), 13_440, false,
                        null, account, 1_900_000_000L)));
    }

    private io.restassured.response.ValidatableResponse checkout(Card card) {
        return as(student).body(Map.of("bookingId", booking, "paymentMethodId", card.id()))
                .post("/api/v1/payments/checkout").then();
    }

    private String bookingStatus() {
        return payments.column("SELECT status AS v FROM bookings WHERE id = ?", booking);
    }

    private String paymentColumn(String expression) {
        return payments.column("SELECT (" + expression + ")::text AS v FROM booking_payments WHERE booking_id = ?",
                booking);
    }

    @Test
    void checkoutAuthorizesTheCardAtOnceAndConfirmsTheBooking() {
        stripeAuthorizes(VISA.id());

        checkout(VISA).statusCode(200)
                .body("bookingStatus", equalTo("CONFIRMED"), "paymentStatus", equalTo("authorized"),
                        "cardChargeCents", equalTo(13_440), "authorizationErrorCode", nullValue(),
                        "requiresAction", equalTo(false));

        assertThat(bookingStatus()).isEqualTo("CONFIRMED");
        assertThat(stripe.idempotencyKeys(INTENTS)).containsExactly("booking:" + booking + ":authorize:1");
        assertThat(StripeStub.form(stripe.onlyPost(INTENTS))).containsEntry("payment_method", VISA.id())
                .containsEntry("capture_method", "manual").containsEntry("off_session", "true");
        assertThat(paymentColumn("status || ' ' || payment_intent_id")).isEqualTo("authorized " + intent());
    }

    @Test
    void aDeclinedCardLeavesTheBookingPendingAndSaysWhy() {
        stripe.declineCard(INTENTS, "insufficient_funds", intent());

        checkout(VISA).statusCode(200)
                .body("bookingStatus", equalTo("PENDING"), "paymentStatus", equalTo("payment_method_required"),
                        "authorizationErrorCode", equalTo("insufficient_funds"), "requiresAction", equalTo(false));

        assertThat(bookingStatus()).isEqualTo("PENDING");
        assertThat(paymentColumn("status || ' ' || (next_auth_attempt_at IS NULL)"))
                .isEqualTo("payment_method_required true");
    }

    @Test
    void aCardThatNeedsAuthenticationAnswersThePaymentIntentsClientSecret() {
        stripe.requireAuthentication(INTENTS, intent());

        checkout(VISA).statusCode(200)
                .body("bookingStatus", equalTo("PENDING"), "paymentStatus", equalTo("payment_method_required"),
                        "authorizationErrorCode", equalTo("authentication_required"),
                        "requiresAction", equalTo(true), "paymentIntentId", equalTo(intent()),
                        "clientSecret", equalTo(intent() + "_secret_YrKJUKribcBjcG8HVhfZluoGH"));
    }

    @Test
    void afterADeclineTheStudentSwapsTheCardAndTheRetryWithTheNextKeyConfirmsTheBookingOnce() {
        stripe.declineCard(INTENTS, "generic_decline", intent());
        checkout(VISA).statusCode(200).body("paymentStatus", equalTo("payment_method_required"));
        stripeAuthorizes(MASTERCARD.id());
        Map<String, String> body = Map.of("paymentMethodId", MASTERCARD.id());
        String path = "/api/v1/payments/bookings/" + booking + "/payment-method";

        String first = as(student).header("Idempotency-Key", "swap-" + booking).body(body).patch(path).then()
                .statusCode(200).header("X-RateLimit-Policy", "financial")
                .body("bookingId", equalTo(booking), "bookingStatus", equalTo("CONFIRMED"),
                        "paymentStatus", equalTo("authorized"), "paymentMethodId", equalTo(MASTERCARD.id()),
                        "cardLast4", equalTo("4444"))
                .extract().asString();
        String replay = as(student).header("Idempotency-Key", "swap-" + booking).body(body).patch(path).then()
                .statusCode(200).extract().asString();

        assertThat(replay).isEqualTo(first);
        assertThat(stripe.idempotencyKeys(INTENTS)).containsExactly("booking:" + booking + ":authorize:1",
                "booking:" + booking + ":authorize:2");
        assertThat(StripeStub.form(stripe.posts(INTENTS).get(1))).containsEntry("payment_method", MASTERCARD.id());
        assertThat(bookingStatus()).isEqualTo("CONFIRMED");
        // authorized now: another swap is refused
        as(student).body(body).patch(path).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("PAYMENT_METHOD_NOT_CHANGEABLE"));
    }

    @Test
    void aScheduledPaymentOnlyTakesTheNewCard() {
        String later = payments.bookingPaidWith(student.id(), instructor, Duration.ofDays(3), VISA.id(), "scheduled");

        as(student).body(Map.of("paymentMethodId", MASTERCARD.id()))
                .patch("/api/v1/payments/bookings/" + later + "/payment-method").then().statusCode(200)
                .body("bookingStatus", equalTo("CONFIRMED"), "paymentStatus", equalTo("scheduled"),
                        "cardBrand", equalTo("mastercard"));

        assertThat(payments.column("SELECT status || ' ' || payment_method_id AS v FROM booking_payments"
                + " WHERE booking_id = ?", later)).isEqualTo("scheduled " + MASTERCARD.id());
        assertThat(stripe.posts(INTENTS)).isEmpty();
    }

    @Test
    void aSettledPaymentOrABookingNotCheckedOutCannotChangeCard() {
        String settled = payments.bookingPaidWith(student.id(), instructor, Duration.ofDays(3), VISA.id(), "settled");

        as(student).body(Map.of("paymentMethodId", MASTERCARD.id()))
                .patch("/api/v1/payments/bookings/" + settled + "/payment-method").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("PAYMENT_METHOD_NOT_CHANGEABLE"), "paymentStatus", equalTo("settled"));
        as(student).body(Map.of("paymentMethodId", MASTERCARD.id()))
                .patch("/api/v1/payments/bookings/" + booking + "/payment-method").then().statusCode(422)
                .body("code", equalTo("PAYMENT_METHOD_NOT_CHANGEABLE"), "paymentStatus", equalTo("none"));
    }

    @Test
    void anotherStudentsBookingOrCardIsNotFoundAndMalformedInputIsNamed() {
        String path = "/api/v1/payments/bookings/" + booking + "/payment-method";
        as(accounts.student()).body(Map.of("paymentMethodId", VISA.id())).patch(path).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("BOOKING_NOT_FOUND"));
        as(student).body(Map.of("paymentMethodId", "pm_1NotTheStudentsCard000")).patch(path).then()
                .statusCode(404).body("code", equalTo("PAYMENT_METHOD_NOT_FOUND"));
        as(student).body(Map.of()).patch(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("paymentMethodId"));
        as(student).body(Map.of("paymentMethodId", VISA.id())).patch("/api/v1/payments/bookings/nope/payment-method")
                .then().statusCode(400).body("errors.field", hasItem("bookingId"));
        as(student).patch(path).then().statusCode(400).body("errors.field", hasItem("body"));
    }
}
