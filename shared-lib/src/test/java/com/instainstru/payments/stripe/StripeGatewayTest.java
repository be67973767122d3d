package com.instainstru.payments.stripe;

import static com.instainstru.testsupport.stripe.StripeStub.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeStub;
import com.stripe.param.PaymentIntentCancelParams;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our Stripe gateway through stripe-java against a stub answering with Stripe's documented objects and errors. */
class StripeGatewayTest {

    private static final String KEY = "sk_test_51NffrFeUfNV2HibLocalStubOnly";
    private static final String BOOKING = "01KDVDNA0097QGSXV0PVAVN864";
    private static final String CUSTOMER = "cus_NffrFeUfNV2Hib";
    private static final String CARD = "pm_1QJ9Aq2eZvKYlo2CKWcVbU7K";
    private static final String ACCOUNT = "acct_1Nv0FGQ9RKHgCVdK";
    private static final String INTENT = "pi_3MtwBwLkdIwHu7ix28a3tqPa";
    private static final long CAPTURE_BEFORE = 1_765_195_200L;
    private static final IdempotencyKey AUTHORIZE_1 = IdempotencyKey.of("booking", BOOKING, "authorize", 1);

    private static StripeStub stripe;
    private StripeGateway gateway;

    @BeforeAll
    static void start() {
        stripe = StripeStub.start();
    }

    @AfterAll
    static void stop() {
        stripe.close();
    }

    @BeforeEach
    void reset() {
        stripe.reset();
        gateway = gateway(Duration.ofSeconds(5));
    }

    private static StripeGateway gateway(Duration readTimeout) {
        return new StripeGateway(Optional.of(KEY), Optional.of(stripe.baseUrl() + "/"), Duration.ofSeconds(2),
                readTimeout);
    }

    // ---- re-fetches for webhooks -------------------------------------------------------------------------------

    @Test
    void aDisputeIsReadWithItsChargeAndPaymentIntent() {
        stripe.answerGet("/v1/disputes/du_1MtJUT2eZvKYlo2CNaw2HvEv", StripeObjects.dispute(
                "du_1MtJUT2eZvKYlo2CNaw2HvEv", "ch_1MtJUT2eZvKYlo2C", INTENT, 13_440, "lost"));

        DisputeResult dispute = gateway.retrieveDispute("du_1MtJUT2eZvKYlo2CNaw2HvEv");

        assertThat(dispute).isEqualTo(new DisputeResult("du_1MtJUT2eZvKYlo2CNaw2HvEv", "ch_1MtJUT2eZvKYlo2C", INTENT,
                13_440, "lost", "fraudulent"));
        assertThat(dispute.closed()).isTrue();
        assertThat(dispute.lost()).isTrue();
    }

    @Test
    void aChargeIsReadWithItsRefundsExpandedAndListedWhenThereAreMore() {
        String first = StripeObjects.refund("re_1First", INTENT, 4_000, "succeeded");
        String second = StripeObjects.refund("re_2Second", INTENT, 9_440, "pending");
        stripe.answerGet("/v1/charges/ch_1Refunded", StripeObjects.chargeWithRefunds("ch_1Refunded", INTENT, 13_440,
                first).replace("\"has_more\": false, \"total_count\": 1", "\"has_more\": true, \"total_count\": 2"));
        stripe.answerGet("/v1/refunds", """
                {"object": "list", "url": "/v1/refunds", "has_more": false, "data": [%s, %s]}
                """.formatted(second, first));

        ChargeResult charge = gateway.retrieveCharge("ch_1Refunded");

        assertThat(charge.paymentIntentId()).isEqualTo(INTENT);
        assertThat(charge.refunds()).extracting(RefundResult::id).containsExactly("re_2Second", "re_1First");
        assertThat(stripe.gets("/v1/charges/ch_1Refunded").get(0).queryParameter("expand[0]").firstValue())
                .isEqualTo("refunds");
        assertThat(stripe.gets("/v1/refunds").get(0).queryParameter("charge").firstValue()).isEqualTo("ch_1Refunded");
    }

    @Test
    void aSetupIntentIsReadWithItsCustomerAndCard() {
        stripe.answerGet("/v1/setup_intents/seti_1Mm8s8LkdIwHu7ix0OXBfTRG",
                StripeObjects.succeededSetupIntent("seti_1Mm8s8LkdIwHu7ix0OXBfTRG", CUSTOMER, CARD));

        assertThat(gateway.retrieveSetupIntent("seti_1Mm8s8LkdIwHu7ix0OXBfTRG")).isEqualTo(
                new SetupIntentState("seti_1Mm8s8LkdIwHu7ix0OXBfTRG", "succeeded", CUSTOMER, CARD));
    }

    // ---- successes: what Stripe receives -----------------------------------------------------------------------

    @Test
    void createsACustomerWithTheKeyTheApiVersionAndTheIdempotencyKey() {
        stripe.answerPost("/v1/customers", StripeObjects.customer(CUSTOMER, "sam@example.test", "01KDVDNA00USERID0000000000"));

        StripeCustomer customer = gateway.createCustomer("01KDVDNA00USERID0000000000", "sam@example.test",
                "Sam Student", IdempotencyKey.of("user", "01KDVDNA00USERID0000000000", "create-customer"));

        assertThat(customer.id()).isEqualTo(CUSTOMER);
        LoggedRequest request = stripe.onlyPost("/v1/customers");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getHeader("Stripe-Version")).isEqualTo(StripeGateway.API_VERSION);
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("user:01KDVDNA00USERID0000000000:create-customer");
        assertThat(form(request)).containsOnly(entry("email", "sam@example.test"), entry("name", "Sam Student"),
                entry("metadata[user_id]", "01KDVDNA00USERID0000000000"));
    }

    @Test
    void aSetupIntentSavesTheCardForOffSessionUse() {
        stripe.answerPost("/v1/setup_intents", StripeObjects.setupIntent("seti_1Mm8s8LkdIwHu7ix0OXBfTRG", CUSTOMER));

        SetupIntentResult intent = gateway.createSetupIntent(CUSTOMER,
                IdempotencyKey.of("user", "01KDVDNA00USERID0000000000", "setup-intent", 1));

        assertThat(intent).isEqualTo(new SetupIntentResult("seti_1Mm8s8LkdIwHu7ix0OXBfTRG",
                "seti_1Mm8s8LkdIwHu7ix0OXBfTRG_secret_OUQUfyqR5Bzk8rrL2XvWdcvYqbn5CXP", "requires_payment_method"));
        LoggedRequest request = stripe.onlyPost("/v1/setup_intents");
        assertThat(form(request)).containsOnly(entry("customer", CUSTOMER), entry("usage", "off_session"),
                entry("payment_method_types[0]", "card"));
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("user:01KDVDNA00USERID0000000000:setup-intent:1");
    }

    @Test
    void listsTheCustomersCardsWithoutTheirNumbers() {
        stripe.answerGet("/v1/customers/" + CUSTOMER + "/payment_methods", StripeObjects.paymentMethodList(CUSTOMER,
                List.of(new StripeObjects.Card(CARD, "visa", "4242", 12, 2030),
                        new StripeObjects.Card("pm_1QJ9BE2eZvKYlo2CyBn7vdpa", "mastercard", "4444", 3, 2028))));

        List<CardPaymentMethod> cards = gateway.listCards(CUSTOMER);

        assertThat(cards).containsExactly(new CardPaymentMethod(CARD, "visa", "4242", 12, 2030),
                new CardPaymentMethod("pm_1QJ9BE2eZvKYlo2CyBn7vdpa", "mastercard", "4444", 3, 2028));
        LoggedRequest request = stripe.gets("/v1/customers/" + CUSTOMER + "/payment_methods").get(0);
        assertThat(request.queryParameter("type").firstValue()).isEqualTo("card");
        assertThat(request.queryParameter("limit").firstValue()).isEqualTo("100");
    }

    @Test
    void detachesACard() {
        stripe.answerPost("/v1/payment_methods/" + CARD + "/detach",
                StripeObjects.paymentMethod(new StripeObjects.Card(CARD, "visa", "4242", 12, 2030), null));

        gateway.detachPaymentMethod(CARD, IdempotencyKey.of("payment-method", CARD, "detach"));

        assertThat(stripe.onlyPost("/v1/payment_methods/" + CARD + "/detach").getHeader("Idempotency-Key"))
                .isEqualTo("payment-method:" + CARD + ":detach");
    }

    @Test
    void authorizesAManualCaptureDestinationChargeOffSession() {
        stripe.answerPost("/v1/payment_intents", StripeObjects.paymentIntent(INTENT, "requires_capture", 13_440, 2_880,
                ACCOUNT, StripeObjects.charge("ch_3MtwBwLkdIwHu7ix2Fy1w5Zz", INTENT, 13_440, false, null, ACCOUNT,
                        CAPTURE_BEFORE)));

        PaymentIntentResult result = gateway.authorizeOffSession(
                new OffSessionAuthorization(BOOKING, CUSTOMER, CARD, ACCOUNT, 13_440, 2_880), AUTHORIZE_1);

        assertThat(result).isEqualTo(new PaymentIntentResult(INTENT, "requires_capture", 13_440, 13_440, 0,
                "ch_3MtwBwLkdIwHu7ix2Fy1w5Zz", null, Instant.ofEpochSecond(CAPTURE_BEFORE)));
        assertThat(result.authorized()).isTrue();
        LoggedRequest request = stripe.onlyPost("/v1/payment_intents");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("booking:" + BOOKING + ":authorize:1");
        assertThat(form(request)).containsOnly(
                entry("amount", "13440"), entry("currency", "usd"), entry("customer", CUSTOMER),
                entry("payment_method", CARD), entry("payment_method_types[0]", "card"),
                entry("capture_method", "manual"), entry("confirm", "true"), entry("off_session", "true"),
                entry("application_fee_amount", "2880"), entry("transfer_data[destination]", ACCOUNT),
                entry("transfer_group", "booking:" + BOOKING), entry("metadata[booking_id]", BOOKING),
                entry("expand[0]", "latest_charge"));
    }

    @Test
    void capturesTheAuthorizationAndReportsTheDestinationTransfer() {
        stripe.answerPost("/v1/payment_intents/" + INTENT + "/capture", StripeObjects.paymentIntent(INTENT, "succeeded",
                13_440, 2_880, ACCOUNT, StripeObjects.charge("ch_3MtwBwLkdIwHu7ix2Fy1w5Zz", INTENT, 13_440, true,
                        "tr_1MiN3gLkdIwHu7ixNCZvFdgA", ACCOUNT, null)));

        PaymentIntentResult result = gateway.capture(INTENT, null,
                IdempotencyKey.of("booking", BOOKING, "capture", 1));

        assertThat(result.status()).isEqualTo("succeeded");
        assertThat(result.amountReceivedCents()).isEqualTo(13_440);
        assertThat(result.amountCapturableCents()).isZero();
        assertThat(result.transferId()).isEqualTo("tr_1MiN3gLkdIwHu7ixNCZvFdgA");
        LoggedRequest request = stripe.onlyPost("/v1/payment_intents/" + INTENT + "/capture");
        assertThat(form(request)).containsOnly(entry("expand[0]", "latest_charge"));
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("booking:" + BOOKING + ":capture:1");
    }

    @Test
    void aPartialCaptureNamesTheAmount() {
        stripe.answerPost("/v1/payment_intents/" + INTENT + "/capture", StripeObjects.paymentIntent(INTENT, "succeeded",
                13_440, 2_880, ACCOUNT, "\"ch_3MtwBwLkdIwHu7ix2Fy1w5Zz\""));

        PaymentIntentResult result = gateway.capture(INTENT, 6_720, IdempotencyKey.of("booking", BOOKING, "capture", 2));

        assertThat(result.latestChargeId()).isEqualTo("ch_3MtwBwLkdIwHu7ix2Fy1w5Zz");
        assertThat(result.captureBefore()).isNull();
        assertThat(form(stripe.onlyPost("/v1/payment_intents/" + INTENT + "/capture")))
                .containsEntry("amount_to_capture", "6720");
    }

    @Test
    void cancelsAnAuthorization() {
        stripe.answerPost("/v1/payment_intents/" + INTENT + "/cancel",
                StripeObjects.paymentIntent(INTENT, "canceled", 13_440, 2_880, ACCOUNT, null));

        PaymentIntentResult result = gateway.cancel(INTENT,
                PaymentIntentCancelParams.CancellationReason.REQUESTED_BY_CUSTOMER,
                IdempotencyKey.of("booking", BOOKING, "release"));

        assertThat(result.status()).isEqualTo("canceled");
        assertThat(form(stripe.onlyPost("/v1/payment_intents/" + INTENT + "/cancel")))
                .containsOnly(entry("cancellation_reason", "requested_by_customer"));
    }

    @Test
    void aFullRefundReversesTheTransferAndRefundsTheApplicationFee() {
        stripe.answerPost("/v1/refunds", StripeObjects.refund("re_3MtwBwLkdIwHu7ix0X2cT7qR", INTENT, 13_440, "succeeded"));

        RefundResult refund = gateway.refund(INTENT, null, true, true,
                IdempotencyKey.of("booking", BOOKING, "refund-instructor-cancel"));

        assertThat(refund).isEqualTo(new RefundResult("re_3MtwBwLkdIwHu7ix0X2cT7qR", INTENT, 13_440, "succeeded"));
        LoggedRequest request = stripe.onlyPost("/v1/refunds");
        assertThat(form(request)).containsOnly(entry("payment_intent", INTENT), entry("reverse_transfer", "true"),
                entry("refund_application_fee", "true"));
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("booking:" + BOOKING + ":refund-instructor-cancel");
    }

    @Test
    void aPartialRefundNamesTheAmount() {
        stripe.answerPost("/v1/refunds", StripeObjects.refund("re_3MtwBwLkdIwHu7ix0X2cT7qS", INTENT, 1_000, "pending"));

        RefundResult refund = gateway.refund(INTENT, 1_000, false, false,
                IdempotencyKey.of("booking", BOOKING, "partial-refund", 1));

        assertThat(refund.status()).isEqualTo("pending");
        assertThat(form(stripe.onlyPost("/v1/refunds"))).containsOnly(entry("payment_intent", INTENT),
                entry("amount", "1000"), entry("reverse_transfer", "false"), entry("refund_application_fee", "false"));
    }

    @Test
    void reversesPartOfATransfer() {
        stripe.answerPost("/v1/transfers/tr_1MiN3gLkdIwHu7ixNCZvFdgA/reversals",
                StripeObjects.transferReversal("trr_1Mio8fLkdIwHu7ixSuxb1tV1", "tr_1MiN3gLkdIwHu7ixNCZvFdgA", 10_560));

        TransferReversalResult reversal = gateway.reverseTransfer("tr_1MiN3gLkdIwHu7ixNCZvFdgA", 10_560,
                IdempotencyKey.of("booking", BOOKING, "reverse-transfer"));

        assertThat(reversal).isEqualTo(
                new TransferReversalResult("trr_1Mio8fLkdIwHu7ixSuxb1tV1", "tr_1MiN3gLkdIwHu7ixNCZvFdgA", 10_560));
        assertThat(form(stripe.onlyPost("/v1/transfers/tr_1MiN3gLkdIwHu7ixNCZvFdgA/reversals")))
                .containsOnly(entry("amount", "10560"));
    }

    @Test
    void paysAnInstructorFromThePlatformBalance() {
        stripe.answerPost("/v1/transfers",
                StripeObjects.transfer("tr_1MiN3gLkdIwHu7ixNCZvFdgB", 5_280, ACCOUNT, "booking:" + BOOKING));

        TransferResult transfer = gateway.createTransfer(ACCOUNT, 5_280, BOOKING,
                IdempotencyKey.of("booking", BOOKING, "split-payout"));

        assertThat(transfer).isEqualTo(new TransferResult("tr_1MiN3gLkdIwHu7ixNCZvFdgB", 5_280, ACCOUNT));
        assertThat(form(stripe.onlyPost("/v1/transfers"))).containsOnly(entry("amount", "5280"),
                entry("currency", "usd"), entry("destination", ACCOUNT), entry("transfer_group", "booking:" + BOOKING),
                entry("metadata[booking_id]", BOOKING));
    }

    @Test
    void createsAnExpressAccountAndItsOnboardingLink() {
        stripe.answerPost("/v1/accounts", StripeObjects.account(ACCOUNT, false, false, false,
                List.of("external_account", "individual.dob.day")));
        stripe.answerPost("/v1/account_links",
                StripeObjects.accountLink("https://connect.stripe.com/setup/e/acct_1Nv0FGQ9RKHgCVdK/Lx6NQlY9", 1_764_590_700L));

        ConnectAccount account = gateway.createExpressAccount("01KDVDNA00INSTRUCTOR0000000", "ivy@example.test",
                IdempotencyKey.of("instructor", "01KDVDNA00INSTRUCTOR0000000", "create-account"));
        AccountLinkResult link = gateway.createOnboardingLink(ACCOUNT, "https://instainstru.com/connect/refresh",
                "https://instainstru.com/connect/return", IdempotencyKey.of("account", ACCOUNT, "link", 1));

        assertThat(account).isEqualTo(new ConnectAccount(ACCOUNT, false, false, false,
                List.of("external_account", "individual.dob.day")));
        assertThat(account.ready()).isFalse();
        assertThat(form(stripe.onlyPost("/v1/accounts"))).containsOnly(entry("type", "express"),
                entry("country", "US"), entry("email", "ivy@example.test"),
                entry("capabilities[card_payments][requested]", "true"),
                entry("capabilities[transfers][requested]", "true"),
                entry("metadata[instructor_id]", "01KDVDNA00INSTRUCTOR0000000"));
        assertThat(link).isEqualTo(new AccountLinkResult(
                "https://connect.stripe.com/setup/e/acct_1Nv0FGQ9RKHgCVdK/Lx6NQlY9", Instant.ofEpochSecond(1_764_590_700L)));
        assertThat(form(stripe.onlyPost("/v1/account_links"))).containsOnly(entry("account", ACCOUNT),
                entry("refresh_url", "https://instainstru.com/connect/refresh"),
                entry("return_url", "https://instainstru.com/connect/return"), entry("type", "account_onboarding"));
    }

    @Test
    void anAccountIsReadyOnlyWithChargesPayoutsDetailsAndNothingDue() {
        stripe.answerGet("/v1/accounts/" + ACCOUNT, StripeObjects.account(ACCOUNT, true, true, true, List.of()));

        ConnectAccount account = gateway.retrieveAccount(ACCOUNT);

        assertThat(account.ready()).isTrue();
        assertThat(new ConnectAccount(ACCOUNT, true, false, true, List.of()).ready()).isFalse();
        assertThat(new ConnectAccount(ACCOUNT, true, true, true, List.of("external_account")).ready()).isFalse();
    }

    // ---- failures ----------------------------------------------------------------------------------------------

    @Test
    void aDeclinedCardIsFinalForThisKeyAndNamesTheIssuersReason() {
        stripe.declineCard("/v1/payment_intents", "insufficient_funds", INTENT);

        assertThatThrownBy(this::authorize).isInstanceOfSatisfying(CardDeclined.class, declined -> {
            assertThat(declined.code()).isEqualTo("card_declined");
            assertThat(declined.declineCode()).isEqualTo("insufficient_funds");
            assertThat(declined.paymentIntentId()).isEqualTo(INTENT);
            assertThat(declined.retryWithSameKey()).isFalse();
            assertThat(declined.requestId()).isEqualTo("req_xUPhkLF0GS6Hqk");
        });
    }

    @Test
    void anOffSessionChargeNeedingAuthenticationAsksForTheStudent() {
        stripe.requireAuthentication("/v1/payment_intents", INTENT);

        assertThatThrownBy(this::authorize).isInstanceOfSatisfying(AuthenticationRequired.class, required -> {
            assertThat(required.paymentIntentId()).isEqualTo(INTENT);
            assertThat(required.retryWithSameKey()).isFalse();
        });
    }

    @Test
    void aPaymentIntentLeftInRequiresActionAsksForTheStudentToo() {
        stripe.answerPost("/v1/payment_intents",
                StripeObjects.paymentIntent(INTENT, "requires_action", 13_440, 2_880, ACCOUNT, null));

        assertThatThrownBy(this::authorize).isInstanceOfSatisfying(AuthenticationRequired.class,
                required -> assertThat(required.paymentIntentId()).isEqualTo(INTENT));
    }

    @Test
    void aRateLimitIsRetriedWithTheSameKeyByUsNotByTheSdk() {
        stripe.rateLimit("/v1/payment_intents");

        assertThatThrownBy(this::authorize).isInstanceOfSatisfying(StripeRateLimited.class,
                limited -> assertThat(limited.retryWithSameKey()).isTrue());
        assertThat(stripe.posts("/v1/payment_intents")).hasSize(1);
    }

    @Test
    void aStripeServerErrorIsRetriedByUsNotByTheSdkAndNotWithTheSameKeyStripeMayHaveStoredIt() {
        stripe.serverError("/v1/payment_intents");

        assertThatThrownBy(this::authorize).isInstanceOfSatisfying(StripeServerError.class, error -> {
            assertThat(error.status()).isEqualTo(500);
            assertThat(error.mayBeStoredUnderKey()).isTrue();
            assertThat(error.retryWithSameKey()).isFalse();
        });
        assertThat(stripe.posts("/v1/payment_intents")).hasSize(1);
    }

    @Test
    void aConcurrentRequestWithTheSameKeyIsRetriedLater() {
        stripe.rejectRequest("/v1/payment_intents", 409, "idempotency_key_in_use", null,
                "There is currently another in-progress request using this Idempotent Key.");

        assertThatThrownBy(this::authorize).isInstanceOfSatisfying(StripeServerError.class, error -> {
            assertThat(error.status()).isEqualTo(409);
            assertThat(error.mayBeStoredUnderKey()).isFalse();
            assertThat(error.retryWithSameKey()).isTrue();
        });
    }

    @Test
    void anInvalidRequestIsOurBugAndNotRetried() {
        stripe.rejectRequest("/v1/payment_intents", 400, "resource_missing", "payment_method",
                "No such PaymentMethod: 'pm_unknown'");

        assertThatThrownBy(this::authorize).isInstanceOfSatisfying(StripeRequestInvalid.class, invalid -> {
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.type()).isEqualTo("invalid_request_error");
            assertThat(invalid.code()).isEqualTo("resource_missing");
            assertThat(invalid.param()).isEqualTo("payment_method");
            assertThat(invalid.retryWithSameKey()).isFalse();
        });
    }

    @Test
    void aKeyReusedWithOtherParametersIsOurBug() {
        stripe.idempotencyMismatch("/v1/payment_intents");

        assertThatThrownBy(this::authorize).isInstanceOfSatisfying(StripeRequestInvalid.class,
                invalid -> assertThat(invalid.type()).isEqualTo("idempotency_error"));
    }

    @Test
    void aTimeoutIsAnUnknownOutcomeAndTheRetryCarriesTheSameKey() {
        StripeGateway impatient = gateway(Duration.ofMillis(300));
        String authorized = StripeObjects.paymentIntent(INTENT, "requires_capture", 13_440, 2_880, ACCOUNT, null);
        stripe.answerPostAfter("/v1/payment_intents", authorized, Duration.ofMillis(1_500));

        assertThatThrownBy(() -> impatient.authorizeOffSession(
                new OffSessionAuthorization(BOOKING, CUSTOMER, CARD, ACCOUNT, 13_440, 2_880), AUTHORIZE_1))
                .isInstanceOfSatisfying(StripeOutcomeUnknown.class, unknown -> {
                    assertThat(unknown.retryWithSameKey()).isTrue();
                    assertThat(unknown.requestId()).isNull();
                });

        stripe.answerPost("/v1/payment_intents", authorized);
        assertThat(impatient.authorizeOffSession(
                new OffSessionAuthorization(BOOKING, CUSTOMER, CARD, ACCOUNT, 13_440, 2_880), AUTHORIZE_1).authorized())
                .isTrue();
        assertThat(stripe.posts("/v1/payment_intents")).extracting(request -> request.getHeader("Idempotency-Key"))
                .containsExactly("booking:" + BOOKING + ":authorize:1", "booking:" + BOOKING + ":authorize:1");
    }

    @Test
    void aDroppedConnectionIsAnUnknownOutcome() {
        stripe.dropConnection("/v1/payment_intents/" + INTENT + "/capture");

        assertThatThrownBy(() -> gateway.capture(INTENT, null, IdempotencyKey.of("booking", BOOKING, "capture", 1)))
                .isInstanceOf(StripeOutcomeUnknown.class);
    }

    @Test
    void withoutAnApiKeyNothingIsSent() {
        StripeGateway unconfigured = new StripeGateway(Optional.of(""), Optional.of(stripe.baseUrl()),
                Duration.ofSeconds(2), Duration.ofSeconds(2));

        assertThatThrownBy(() -> unconfigured.retrieveAccount(ACCOUNT))
                .isInstanceOfSatisfying(StripeRequestInvalid.class, invalid -> {
                    assertThat(invalid.status()).isZero();
                    assertThat(invalid.getMessage()).contains("instainstru.stripe.api-key");
                });
        assertThat(stripe.gets("/v1/accounts/" + ACCOUNT)).isEmpty();
    }

    private PaymentIntentResult authorize() {
        return gateway.authorizeOffSession(new OffSessionAuthorization(BOOKING, CUSTOMER, CARD, ACCOUNT, 13_440, 2_880),
                AUTHORIZE_1);
    }
}
