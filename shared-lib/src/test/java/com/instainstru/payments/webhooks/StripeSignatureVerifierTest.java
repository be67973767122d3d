package com.instainstru.payments.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.platform.testing.MutableClock;
import com.stripe.net.Webhook;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StripeSignatureVerifierTest {

    static final String PLATFORM_SECRET = "whsec_platform_test_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH";
    static final String CONNECT_SECRET = "whsec_connect_test_Qz1Nf0m9Jx7C3kVd2YbW8rTa6LpE4sHu";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final long T = NOW.getEpochSecond();
    private static final String BODY = "{\"id\": \"evt_1NG8Du2eZvKYlo2CUI79vXWy\", \"object\": \"event\"}";

    private final MutableClock clock = new MutableClock(NOW);
    private final StripeSignatureVerifier verifier =
            new StripeSignatureVerifier(Optional.of(PLATFORM_SECRET), Optional.of(CONNECT_SECRET), clock);

    @Test
    void theSecretThatVerifiesNamesTheEndpoint() {
        assertThat(verifier.verify(BODY, StripeSignatureVerifier.sign(PLATFORM_SECRET, T, BODY)))
                .isEqualTo(WebhookEndpoint.PLATFORM);
        assertThat(verifier.verify(BODY, StripeSignatureVerifier.sign(CONNECT_SECRET, T, BODY)))
                .isEqualTo(WebhookEndpoint.CONNECT);
    }

    @Test
    void agreesWithStripesOwnLibraryBothWays() throws Exception {
        String stripeSigned = Webhook.Signature.generateSignatureHeader(BODY, PLATFORM_SECRET, T);

        assertThat(verifier.verify(BODY, stripeSigned)).isEqualTo(WebhookEndpoint.PLATFORM);
        assertThat(Webhook.Signature.verifyHeader(BODY, StripeSignatureVerifier.sign(PLATFORM_SECRET, T, BODY),
                PLATFORM_SECRET, 300, clock)).isTrue();
    }

    @Test
    void anotherSecretIsRefused() {
        String header = StripeSignatureVerifier.sign("whsec_someone_else", T, BODY);

        assertThatThrownBy(() -> verifier.verify(BODY, header)).isInstanceOf(WebhookSignatureException.class)
                .hasMessageContaining("no signature matches");
    }

    @Test
    void aChangedBodyIsRefused() {
        String header = StripeSignatureVerifier.sign(PLATFORM_SECRET, T, BODY);

        assertThatThrownBy(() -> verifier.verify(BODY.replace("evt_1", "evt_2"), header))
                .isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void aTimestamp300SecondsOldIsAcceptedAnd301IsStale() {
        assertThat(verifier.verify(BODY, StripeSignatureVerifier.sign(PLATFORM_SECRET, T - 300, BODY)))
                .isEqualTo(WebhookEndpoint.PLATFORM);
        assertThatThrownBy(() -> verifier.verify(BODY, StripeSignatureVerifier.sign(PLATFORM_SECRET, T - 301, BODY)))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("tolerance");
    }

    @Test
    void aTimestampFromTheFutureHasTheSameTolerance() {
        assertThat(verifier.verify(BODY, StripeSignatureVerifier.sign(PLATFORM_SECRET, T + 300, BODY)))
                .isEqualTo(WebhookEndpoint.PLATFORM);
        assertThatThrownBy(() -> verifier.verify(BODY, StripeSignatureVerifier.sign(PLATFORM_SECRET, T + 301, BODY)))
                .isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void anyOfSeveralV1SignaturesMayMatch() {
        // while a secret is rolled Stripe signs with the old and the new one
        String old = StripeSignatureVerifier.sign("whsec_retired_secret", T, BODY).split(",")[1];
        String current = StripeSignatureVerifier.sign(PLATFORM_SECRET, T, BODY).split(",")[1];

        assertThat(verifier.verify(BODY, "t=" + T + "," + old + "," + current + ",v0=deadbeef"))
                .isEqualTo(WebhookEndpoint.PLATFORM);
    }

    @Test
    void onlyV1SignaturesCount() {
        String v1 = StripeSignatureVerifier.sign(PLATFORM_SECRET, T, BODY).split(",")[1];

        assertThatThrownBy(() -> verifier.verify(BODY, "t=" + T + "," + v1.replace("v1=", "v0=")))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("no v1");
    }

    @Test
    void aMissingOrMalformedHeaderIsRefused() {
        String v1 = StripeSignatureVerifier.sign(PLATFORM_SECRET, T, BODY).split(",")[1];

        assertThatThrownBy(() -> verifier.verify(BODY, null)).isInstanceOf(WebhookSignatureException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> verifier.verify(BODY, v1)).isInstanceOf(WebhookSignatureException.class)
                .hasMessageContaining("timestamp");
        assertThatThrownBy(() -> verifier.verify(BODY, "t=soon," + v1)).isInstanceOf(WebhookSignatureException.class);
        assertThatThrownBy(() -> verifier.verify(BODY, "t=" + T + ",v1=not-hex"))
                .isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void withOnlyTheConnectSecretPlatformSignaturesAreRefused() {
        StripeSignatureVerifier connectOnly =
                new StripeSignatureVerifier(Optional.of(""), Optional.of(CONNECT_SECRET), clock);

        assertThatThrownBy(() -> connectOnly.verify(BODY, StripeSignatureVerifier.sign(PLATFORM_SECRET, T, BODY)))
                .isInstanceOf(WebhookSignatureException.class);
        assertThat(connectOnly.verify(BODY, StripeSignatureVerifier.sign(CONNECT_SECRET, T, BODY)))
                .isEqualTo(WebhookEndpoint.CONNECT);
    }
}
