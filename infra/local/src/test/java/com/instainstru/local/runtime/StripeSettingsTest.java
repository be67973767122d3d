package com.instainstru.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.local.definitions.LocalTemplate;
import com.instainstru.local.definitions.TemplateValues;
import com.instainstru.template.SamTemplate;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Stripe parameters reach the payment functions' environment from the developer's environment or flags. */
class StripeSettingsTest {

    private final Path root = SamTemplate.repositoryRoot();
    private final LocalTemplate template = LocalTemplate.read(SamTemplate.load(root.resolve("template.yaml")), root);

    @Test
    void theEnvironmentSetsEveryStripeParameterAndAFlagWins() {
        RuntimeOptions options = RuntimeOptions.parse(new String[] {"run", "--stripe-api-base", "http://127.0.0.1:12111"},
                Map.of("STRIPE_SECRET_KEY", "sk_test_dev", "STRIPE_API_BASE", "http://127.0.0.1:9999",
                        "STRIPE_WEBHOOK_SECRET", "whsec_platform", "STRIPE_CONNECT_WEBHOOK_SECRET", "whsec_connect"));

        Map<String, String> environment = paymentsApiEnvironment(options.stripe());

        assertThat(environment).containsEntry("STRIPE_SECRET_KEY", "sk_test_dev")
                .containsEntry("STRIPE_API_BASE", "http://127.0.0.1:12111")
                .containsEntry("STRIPE_WEBHOOK_SECRET", "whsec_platform")
                .containsEntry("STRIPE_CONNECT_WEBHOOK_SECRET", "whsec_connect");
    }

    @Test
    void aStubBaseWithoutAKeyGetsADummyTestKeyAndNothingSetKeepsTheTemplatesEmptyDefaults() {
        RuntimeOptions stub = RuntimeOptions.parse(new String[] {"run", "--stripe-api-base", "http://127.0.0.1:12111"},
                Map.of());
        RuntimeOptions nothing = RuntimeOptions.parse(new String[] {"run"}, Map.of());

        assertThat(paymentsApiEnvironment(stub.stripe())).containsEntry("STRIPE_SECRET_KEY", "sk_test_local_stub");
        assertThat(paymentsApiEnvironment(nothing.stripe())).containsEntry("STRIPE_SECRET_KEY", "")
                .containsEntry("STRIPE_API_BASE", "").containsEntry("STRIPE_WEBHOOK_SECRET", "");
    }

    @Test
    void theWorkerGetsTheKeyAndBaseButNoWebhookSecret() {
        RuntimeOptions options = RuntimeOptions.parse(new String[] {"invoke", "PaymentWorkerFunction", "event.json",
            "--stripe-secret-key", "sk_test_flag", "--stripe-webhook-secret", "whsec_flag"}, Map.of());

        Map<String, String> environment = template.function("PaymentWorkerFunction")
                .resolvedEnvironment(values(options.stripe()));

        assertThat(environment).containsEntry("STRIPE_SECRET_KEY", "sk_test_flag")
                .doesNotContainKey("STRIPE_WEBHOOK_SECRET");
    }

    private Map<String, String> paymentsApiEnvironment(StripeSettings stripe) {
        return template.function("PaymentsApiFunction").resolvedEnvironment(values(stripe));
    }

    /** As Stack resolves them, with placeholders for what the rest of the runtime provides. */
    private TemplateValues values(StripeSettings stripe) {
        Map<String, String> parameters = new HashMap<>(Map.of("DatabaseJdbcUrl", "jdbc:postgresql://127.0.0.1/x",
                "DatabaseUsername", "postgres", "DatabasePassword", "", "RedisUrl", "redis://127.0.0.1:6379",
                "AccessTokenPublicKeys", "public-key", "AccessTokenSigningKey", "signing-key",
                "TwoFactorEncryptionKey", "aes-key", "ResendApiKey", "re_x"));
        parameters.putAll(stripe.parameters());
        return new TemplateValues(template.parameters(parameters), template.declaredNames());
    }
}
