package com.instainstru.testsupport.stripe;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} application's Stripe gateway at a {@link StripeStub} with a test key. The stub lives
 * as long as the application; tests reach it through {@link #stub()}.
 */
public class StripeStubTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile StripeStub stub;

    /** The stub of the running application. */
    public static StripeStub stub() {
        if (stub == null) {
            throw new IllegalStateException("StripeStubTestResource is not started for this test class");
        }
        return stub;
    }

    @Override
    public synchronized Map<String, String> start() {
        if (stub == null) {
            stub = StripeStub.start();
        }
        return Map.of(
                "instainstru.stripe.api-base", stub.baseUrl(),
                "instainstru.stripe.api-key", "sk_test_51StubOnlyNotARealKey");
    }

    @Override
    public synchronized void stop() {
        if (stub != null) {
            stub.close();
            stub = null;
        }
    }
}
