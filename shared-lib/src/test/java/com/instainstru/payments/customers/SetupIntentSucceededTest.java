package com.instainstru.payments.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.payments.webhooks.StripeWebhookTestKit;
import com.instainstru.testsupport.stripe.StripeObjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** setup_intent.succeeded: the saved card becomes the default only for a student without one. */
class SetupIntentSucceededTest {

    private StripeWebhookTestKit kit;
    private String customer;

    @BeforeEach
    void studentWithACustomer() {
        kit = new StripeWebhookTestKit();
        customer = "cus_" + kit.student;
        kit.customers.insertIfAbsent(kit.student, customer, PaymentsTestKit.NOW);
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void theFirstSavedCardBecomesTheDefaultAndALaterOneDoesNot() {
        stripeHolds("seti_first", "pm_first");
        stripeHolds("seti_second", "pm_second");

        String first = kit.deliverNew("setup_intent.succeeded", StripeObjects.setupIntent("seti_first", customer));
        kit.deliver(first);
        kit.deliverNew("setup_intent.succeeded", StripeObjects.setupIntent("seti_second", customer));

        assertThat(kit.customers.find(kit.student).orElseThrow().defaultPaymentMethodId()).isEqualTo("pm_first");
        assertThat(kit.stripe.gets("/v1/setup_intents/seti_first")).hasSize(1);
    }

    @Test
    void aSetupIntentNotSucceededAtStripeChangesNothing() {
        kit.stripe.answerGet("/v1/setup_intents/seti_pending", StripeObjects.setupIntent("seti_pending", customer));

        kit.deliverNew("setup_intent.succeeded", StripeObjects.succeededSetupIntent("seti_pending", customer, "pm_x"));

        assertThat(kit.customers.find(kit.student).orElseThrow().defaultPaymentMethodId()).isNull();
    }

    private void stripeHolds(String setupIntentId, String paymentMethodId) {
        kit.stripe.answerGet("/v1/setup_intents/" + setupIntentId,
                StripeObjects.succeededSetupIntent(setupIntentId, customer, paymentMethodId));
    }
}
