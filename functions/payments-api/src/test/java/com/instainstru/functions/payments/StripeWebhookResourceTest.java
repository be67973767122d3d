package com.instainstru.functions.payments;

import static com.instainstru.functions.payments.Webhooks.CONNECT_SECRET;
import static com.instainstru.functions.payments.Webhooks.PLATFORM_SECRET;
import static com.instainstru.functions.payments.Webhooks.deliver;
import static com.instainstru.functions.payments.Webhooks.event;
import static com.instainstru.functions.payments.Webhooks.newEventId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.instainstru.payments.connect.ConnectAccountRepository;
import com.instainstru.payments.connect.ConnectAccountService;
import com.instainstru.payments.connect.ConnectReadiness;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestInstructors;
import com.instainstru.testsupport.db.PostgresTestResource;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeStub;
import com.instainstru.testsupport.stripe.StripeStubTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/v1/webhooks/stripe through the Lambda handler, with Stripe's API on a stub for re-fetches. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class StripeWebhookResourceTest {

    @Inject
    Clock clock;

    @Inject
    TestInstructors instructors;

    @Inject
    ConnectAccountRepository accounts;

    @Inject
    ConnectAccountService connect;

    @Inject
    TestAccounts users;

    @Inject
    TestPayments payments;

    @Inject
    Jdbc jdbc;

    private StripeStub stripe;
    private long now;

    @BeforeEach
    void reset() {
        stripe = StripeStubTestResource.stub();
        stripe.reset();
        now = clock.instant().getEpochSecond();
    }

    @Test
    void aValidlySignedDeliveryIsReceived() {
        String body = paymentIntentEvent(newEventId());

        deliver(body, PLATFORM_SECRET, now).statusCode(200).contentType(startsWith("application/json"))
                .body("received", equalTo(true), "duplicate", equalTo(false));
    }

    @Test
    void aDeliverySignedWithAnotherSecretIsABadRequest() {
        deliver(paymentIntentEvent(newEventId()), "whsec_not_ours_at_all", now).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("WEBHOOK_SIGNATURE_INVALID"), "status", equalTo(400));
    }

    @Test
    void aDeliveryWithoutASignatureIsABadRequest() {
        given().contentType("application/json").body(paymentIntentEvent(newEventId())).post(Webhooks.PATH).then()
                .statusCode(400).body("code", equalTo("WEBHOOK_SIGNATURE_INVALID"));
    }

    @Test
    void aSignature300SecondsOldIsAcceptedAnd301IsStale() {
        deliver(paymentIntentEvent(newEventId()), PLATFORM_SECRET, now - 300).statusCode(200);
        deliver(paymentIntentEvent(newEventId()), PLATFORM_SECRET, now - 301).statusCode(400)
                .body("code", equalTo("WEBHOOK_SIGNATURE_INVALID"));
    }

    @Test
    void aReplayedEventIsAcknowledgedAsADuplicateWithoutEffect() {
        String body = paymentIntentEvent(newEventId());

        deliver(body, PLATFORM_SECRET, now).statusCode(200).body("duplicate", equalTo(false));
        deliver(body, PLATFORM_SECRET, now).statusCode(200).body("received", equalTo(true), "duplicate", equalTo(true));
    }

    @Test
    void outOfOrderAccountUpdatesEndInTheStateStripeReportsOnReFetch() {
        String instructor = instructors.withProfile().id();
        String account = "acct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        accounts.insert(instructor, account, clock.instant());
        stripe.answerGetInSequence("/v1/accounts/" + account,
                StripeObjects.account(account, true, false, true, List.of("external_account")),
                StripeObjects.account(account, true, true, true, List.of()));
        String newer = event(newEventId(), "account.updated", account,
                StripeObjects.account(account, true, true, true, List.of()));
        String older = event(newEventId(), "account.updated", account,
                StripeObjects.account(account, false, false, false, List.of("external_account")));

        deliver(newer, CONNECT_SECRET, now).statusCode(200);
        ConnectReadiness afterNewer = connect.readiness(instructor).orElseThrow();
        deliver(older, CONNECT_SECRET, now).statusCode(200);
        ConnectReadiness afterOlder = connect.readiness(instructor).orElseThrow();

        assertThat(afterNewer.stripeConnectReady()).isFalse();
        assertThat(afterNewer.requirementsDue()).containsExactly("external_account");
        assertThat(afterOlder.stripeConnectReady()).isTrue();
        assertThat(afterOlder.payoutsEnabled()).isTrue();
        assertThat(stripe.gets("/v1/accounts/" + account)).hasSize(2)
                .allSatisfy(request -> assertThat(request.getHeader("Authorization")).startsWith("Bearer sk_test_"));
    }

    @Test
    void whenStripeIsDownTheDeliveryIsRefusedWith503SoStripeRetries() {
        String instructor = instructors.withProfile().id();
        String account = "acct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        accounts.insert(instructor, account, clock.instant());
        stripe.serverErrorOnGet("/v1/accounts/" + account);
        String body = event(newEventId(), "account.updated", account,
                StripeObjects.account(account, true, true, true, List.of()));

        deliver(body, CONNECT_SECRET, now).statusCode(503).body("code", equalTo("DEPENDENCY_UNAVAILABLE"));

        stripe.reset();
        stripe.answerGet("/v1/accounts/" + account, StripeObjects.account(account, true, true, true, List.of()));
        deliver(body, CONNECT_SECRET, now).statusCode(200).body("duplicate", equalTo(false));
        assertThat(connect.readiness(instructor).orElseThrow().stripeConnectReady()).isTrue();
    }

    @Test
    void aChargebackOnASettledLessonHandsItToOperationsFreezesItsCreditsAndBlocksTheStudentOnce() {
        String student = users.student().id();
        String booking = payments.bookingPaidWith(student, payments.instructor(), Duration.ofDays(3),
                "pm_1QJ9Aq2eZvKYlo2CKWcVbU7K", "settled");
        String intent = "pi_" + booking;
        jdbc.update("UPDATE booking_payments SET payment_intent_id = ? WHERE booking_id = ?", intent, booking);
        payments.credit(student, 1_000, booking);
        // the credit was spent on another lesson before the chargeback: the balance goes negative
        jdbc.update("""
                UPDATE platform_credits SET status = 'applied', reserved_for_booking_id = ?, reserved_at = ?,
                       applied_at = ? WHERE source_booking_id = ?
                """, payments.confirmedBooking(student, payments.instructor(), Duration.ofDays(5)), clock.instant(),
                clock.instant(), booking);
        payments.credit(student, 1_500, booking);
        String dispute = StripeObjects.dispute("du_" + booking, "ch_" + booking, intent, 13_440, "needs_response");
        stripe.answerGet("/v1/disputes/du_" + booking, dispute);
        String body = event(newEventId(), "charge.dispute.created", null, dispute);

        deliver(body, PLATFORM_SECRET, now).statusCode(200).body("duplicate", equalTo(false));
        deliver(body, PLATFORM_SECRET, now).statusCode(200).body("duplicate", equalTo(true));

        assertThat(payments.count("""
                SELECT count(*) AS n FROM booking_payments
                 WHERE booking_id = ? AND status = 'manual_review' AND manual_review_reason = 'dispute_opened'
                """, booking)).isEqualTo(1);
        assertThat(payments.count("""
                SELECT coalesce(sum(amount_cents), 0)::int AS n FROM platform_credits
                 WHERE source_booking_id = ? AND status = 'frozen'
                """, booking)).isEqualTo(1_500);
        assertThat(payments.count("SELECT count(*) AS n FROM users WHERE id = ? AND credit_balance_frozen", student))
                .isEqualTo(1);
        assertThat(payments.count("SELECT count(*) AS n FROM payment_events WHERE booking_id = ?"
                + " AND event_type = 'dispute_opened' AND stripe_object_id = ?", booking, "du_" + booking))
                .isEqualTo(1);
        assertThat(stripe.gets("/v1/disputes/du_" + booking)).hasSize(1);
    }

    @Test
    void aSignedBodyThatIsNotJsonIsABadRequest() {
        deliver("{not json", PLATFORM_SECRET, now).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void aBodyThatIsNotJsonByContentTypeIsUnsupported() {
        given().contentType("text/plain").header("Stripe-Signature", "t=1,v1=00").body("hello").post(Webhooks.PATH)
                .then().statusCode(415);
    }

    private static String paymentIntentEvent(String id) {
        return event(id, "payment_intent.amount_capturable_updated", null, StripeObjects.paymentIntent(
                "pi_3QJ9Aq2eZvKYlo2C0r8dTnKm", "requires_capture", 13_440, 2_880, "acct_1Nv0FGQ9RKHgCVdK", null));
    }
}
