package com.instainstru.functions.eventworker;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** WireMock standing in for Resend's API; the function's Resend client is pointed at it. */
public class ResendWireMockResource implements QuarkusTestResourceLifecycleManager {

    static final String API_KEY = "re_test_0123456789";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        return Map.of(
                "instainstru.email.resend.base-url", server.baseUrl(),
                "instainstru.email.resend.api-key", API_KEY,
                "instainstru.email.from", "iNSTAiNSTRU Test <hello@example.test>");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static WireMockServer server() {
        return server;
    }
}
