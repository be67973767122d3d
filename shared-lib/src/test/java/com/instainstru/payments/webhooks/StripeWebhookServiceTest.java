package com.instainstru.payments.webhooks;

import static com.instainstru.payments.webhooks.StripeSignatureVerifierTest.CONNECT_SECRET;
import static com.instainstru.payments.webhooks.StripeSignatureVerifierTest.PLATFORM_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.payments.connect.AccountUpdatedHandler;
import com.instainstru.payments.connect.ConnectAccountRepository;
import com.instainstru.payments.connect.ConnectAccountService;
import com.instainstru.payments.connect.ConnectReadiness;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.webhooks.schema.WebhookReceipt;
import com.instainstru.platform.errors.DependencyUnavailableException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeStub;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook deliveries end to end over the real database, with Stripe's API on a stub for the re-fetches. */
class StripeWebhookServiceTest {

    private static StripeStub stripe;

    private final PaymentsTestKit kit = new PaymentsTestKit();
    private final StripeWebhookEventRepository events = new StripeWebhookEventRepository(kit.platform.jdbc);
    private final ConnectAccountRepository accounts = new ConnectAccountRepository(kit.platform.jdbc);
    private ConnectAccountService connect;
    private StripeWebhookService webhooks;
    private String instructor;
    private String account;

    @BeforeAll
    static void start() {
        stripe = StripeStub.start();
    }

    @AfterAll
    static void stop() {
        stripe.close();
    }

    @BeforeEach
    void wire() {
        stripe.reset();
        StripeGateway gateway = new StripeGateway(Optional.of("sk_test_stub"), Optional.of(stripe.baseUrl()),
                Duration.ofSeconds(2), Duration.ofSeconds(2));
        connect = new ConnectAccountService(gateway, accounts, kit.platform.tx, kit.clock);
        webhooks = new StripeWebhookService(
                new StripeSignatureVerifier(Optional.of(PLATFORM_SECRET), Optional.of(CONNECT_SECRET), kit.clock),
                events, List.of(new AccountUpdatedHandler(connect)), kit.platform.tx, kit.platform.json, kit.clock);
        instructor = kit.instructor().id();
        account = "acct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        accounts.insert(instructor, account, PaymentsTestKit.NOW);
    }

    @Test
    void aSignedEventWithoutAHandlerIsRecordedAndAcknowledged() {
        String event = event(newEventId(), "payment_intent.succeeded", null,
                StripeObjects.paymentIntent("pi_3MtwBwLkdIwHu7ix28a3tqPa", "succeeded", 13_440, 2_880, account, null));

        WebhookReceipt receipt = deliver(event, PLATFORM_SECRET);

        assertThat(receipt).isEqualTo(new WebhookReceipt(true, false));
        String id = idOf(event);
        assertThat(kit.count("""
                SELECT count(*) AS n FROM stripe_webhook_events
                WHERE event_id = ? AND event_type = 'payment_intent.succeeded' AND endpoint = 'platform'
                  AND account IS NULL AND object_id = 'pi_3MtwBwLkdIwHu7ix28a3tqPa' AND livemode = false
                  AND processed_at = ? AND payload ->> 'id' = ?
                """, id, PaymentsTestKit.NOW, id)).isEqualTo(1);
        assertThat(events.disposition(id)).contains("recorded");
    }

    @Test
    void accountUpdatedRefreshesReadinessFromStripeNotFromThePayload() {
        stripe.answerGet("/v1/accounts/" + account, StripeObjects.account(account, true, true, true, List.of()));
        // the payload claims nothing is enabled: only Stripe's answer to the re-fetch counts
        String event = event(newEventId(), "account.updated", account,
                StripeObjects.account(account, false, false, false, List.of("external_account")));

        WebhookReceipt receipt = deliver(event, CONNECT_SECRET);

        assertThat(receipt.duplicate()).isFalse();
        ConnectReadiness readiness = connect.readiness(instructor).orElseThrow();
        assertThat(readiness.chargesEnabled()).isTrue();
        assertThat(readiness.payoutsEnabled()).isTrue();
        assertThat(readiness.detailsSubmitted()).isTrue();
        assertThat(readiness.requirementsDue()).isEmpty();
        assertThat(readiness.onboardingCompletedAt()).isEqualTo(PaymentsTestKit.NOW);
        assertThat(readiness.stripeConnectReady()).isTrue();
        assertThat(events.disposition(idOf(event))).contains("handled");
        assertThat(kit.count("SELECT count(*) AS n FROM stripe_webhook_events WHERE event_id = ? AND endpoint = 'connect'"
                + " AND account = ?", idOf(event), account)).isEqualTo(1);
    }

    @Test
    void aReplayedEventIsANoOp() {
        stripe.answerGet("/v1/accounts/" + account, StripeObjects.account(account, true, true, true, List.of()));
        String event = event(newEventId(), "account.updated", account, StripeObjects.account(account, true, true,
                true, List.of()));

        WebhookReceipt first = deliver(event, CONNECT_SECRET);
        WebhookReceipt second = deliver(event, CONNECT_SECRET);

        assertThat(first).isEqualTo(new WebhookReceipt(true, false));
        assertThat(second).isEqualTo(new WebhookReceipt(true, true));
        assertThat(stripe.gets("/v1/accounts/" + account)).hasSize(1);
        assertThat(kit.count("SELECT count(*) AS n FROM stripe_webhook_events WHERE event_id = ?", idOf(event)))
                .isEqualTo(1);
    }

    @Test
    void outOfOrderAccountEventsEndInTheStateStripeReportsLast() {
        // Stripe's account: incomplete when first asked, complete when asked again
        stripe.answerGetInSequence("/v1/accounts/" + account,
                StripeObjects.account(account, true, false, true, List.of("external_account")),
                StripeObjects.account(account, true, true, true, List.of()));
        String newer = event(newEventId(), "account.updated", account,
                StripeObjects.account(account, true, true, true, List.of()));
        String older = event(newEventId(), "account.updated", account,
                StripeObjects.account(account, false, false, false, List.of("external_account")));

        deliver(newer, CONNECT_SECRET);
        ConnectReadiness afterNewer = connect.readiness(instructor).orElseThrow();
        kit.clock.advance(Duration.ofMinutes(1));
        deliver(older, CONNECT_SECRET);
        ConnectReadiness afterOlder = connect.readiness(instructor).orElseThrow();

        assertThat(afterNewer.payoutsEnabled()).isFalse();
        assertThat(afterNewer.requirementsDue()).containsExactly("external_account");
        assertThat(afterNewer.stripeConnectReady()).isFalse();
        assertThat(afterOlder.payoutsEnabled()).isTrue();
        assertThat(afterOlder.requirementsDue()).isEmpty();
        assertThat(afterOlder.stripeConnectReady()).isTrue();
        assertThat(afterOlder.onboardingCompletedAt()).isEqualTo(PaymentsTestKit.NOW.plus(Duration.ofMinutes(1)));
    }

    @Test
    void whenStripeCannotBeAskedTheDeliveryFailsAndItsRedeliveryIsHandled() {
        stripe.serverErrorOnGet("/v1/accounts/" + account);
        String event = event(newEventId(), "account.updated", account,
                StripeObjects.account(account, true, true, true, List.of()));

        assertThatThrownBy(() -> deliver(event, CONNECT_SECRET)).isInstanceOf(DependencyUnavailableException.class);
        assertThat(kit.count("SELECT count(*) AS n FROM stripe_webhook_events WHERE event_id = ? AND processed_at IS NULL",
                idOf(event))).isEqualTo(1);
        assertThat(connect.readiness(instructor).orElseThrow().stripeConnectReady()).isFalse();

        stripe.reset();
        stripe.answerGet("/v1/accounts/" + account, StripeObjects.account(account, true, true, true, List.of()));
        WebhookReceipt redelivery = deliver(event, CONNECT_SECRET);

        assertThat(redelivery).isEqualTo(new WebhookReceipt(true, false));
        assertThat(connect.readiness(instructor).orElseThrow().stripeConnectReady()).isTrue();
        assertThat(events.disposition(idOf(event))).contains("handled");
    }

    @Test
    void anAccountThatIsNotOursIsHandledWithoutEffect() {
        stripe.answerGet("/v1/accounts/acct_1NotOurs00000000",
                StripeObjects.account("acct_1NotOurs00000000", true, true, true, List.of()));
        String event = event(newEventId(), "account.updated", "acct_1NotOurs00000000",
                StripeObjects.account("acct_1NotOurs00000000", true, true, true, List.of()));

        assertThat(deliver(event, CONNECT_SECRET).duplicate()).isFalse();
        assertThat(connect.readiness(instructor).orElseThrow().stripeConnectReady()).isFalse();
    }

    @Test
    void aBadSignatureRecordsNothing() {
        String event = event(newEventId(), "payment_intent.succeeded", null, "{\"id\": \"pi_1\"}");

        assertThatThrownBy(() -> deliver(event, "whsec_wrong")).isInstanceOf(WebhookSignatureException.class);
        assertThat(kit.count("SELECT count(*) AS n FROM stripe_webhook_events WHERE event_id = ?", idOf(event)))
                .isZero();
    }

    @Test
    void aSignedBodyThatIsNotAStripeEventIsABadRequest() {
        assertThatThrownBy(() -> deliver("not json", PLATFORM_SECRET)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> deliver("{\"id\": \"cus_1\", \"object\": \"customer\"}", PLATFORM_SECRET))
                .isInstanceOf(ValidationException.class);
    }

    private WebhookReceipt deliver(String body, String secret) {
        return webhooks.receive(body,
                StripeSignatureVerifier.sign(secret, kit.clock.instant().getEpochSecond(), body));
    }

    private static String newEventId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private static String idOf(String event) {
        return event.substring(event.indexOf("evt_"), event.indexOf('"', event.indexOf("evt_")));
    }

    /** A Stripe event envelope as delivered (API version pinned by stripe-java). */
    static String event(String id, String type, String account, String object) {
        return """
                {"id": "%s", "object": "event", "api_version": "%s", "created": 1764590400,
                 %s"data": {"object": %s, "previous_attributes": {}}, "livemode": false, "pending_webhooks": 1,
                 "request": {"id": null, "idempotency_key": null}, "type": "%s"}
                """.formatted(id, StripeGateway.API_VERSION,
                account == null ? "" : "\"account\": \"" + account + "\", ", object.strip(), type);
    }
}
