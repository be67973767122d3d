package com.instainstru.local.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Stripe parameters of template.yaml for a local run, from flags or the developer's environment. Each unset
 * one keeps the template's default (empty). With an API base (a Stripe stub) and no secret key, a dummy
 * {@code sk_test_} key is used: stripe-java refuses to call without one, and a stub accepts any test key.
 */
public record StripeSettings(String secretKey, String apiBase, String webhookSecret, String connectWebhookSecret) {

    static final String STUB_SECRET_KEY = "sk_test_local_stub";

    static StripeSettings fromEnvironment(Map<String, String> env) {
        return new StripeSettings(env.get("STRIPE_SECRET_KEY"), env.get("STRIPE_API_BASE"),
                env.get("STRIPE_WEBHOOK_SECRET"), env.get("STRIPE_CONNECT_WEBHOOK_SECRET"));
    }

    StripeSettings withSecretKey(String value) {
        return new StripeSettings(value, apiBase, webhookSecret, connectWebhookSecret);
    }

    StripeSettings withApiBase(String value) {
        return new StripeSettings(secretKey, value, webhookSecret, connectWebhookSecret);
    }

    StripeSettings withWebhookSecret(String value) {
        return new StripeSettings(secretKey, apiBase, value, connectWebhookSecret);
    }

    StripeSettings withConnectWebhookSecret(String value) {
        return new StripeSettings(secretKey, apiBase, webhookSecret, value);
    }

    /** Template parameter overrides: only the settings given, by their template.yaml names. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        String key = present(secretKey) ? secretKey : present(apiBase) ? STUB_SECRET_KEY : null;
        put(parameters, "StripeSecretKey", key);
        put(parameters, "StripeApiBase", apiBase);
        put(parameters, "StripeWebhookSecret", webhookSecret);
        put(parameters, "StripeConnectWebhookSecret", connectWebhookSecret);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (present(value)) {
            parameters.put(name, value.strip());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
