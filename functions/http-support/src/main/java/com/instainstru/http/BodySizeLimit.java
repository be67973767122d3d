package com.instainstru.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request bodies over {@code instainstru.http.max-body-bytes} (default 64 KiB) before anything
 * parses them. The Lambda event already holds the whole body, so its size is known without reading.
 */
public class BodySizeLimit {

    @Inject
    Instance<APIGatewayV2HTTPEvent> gatewayEvent;

    @ConfigProperty(name = "instainstru.http.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    @ServerRequestFilter(preMatching = true, priority = 2)
    public void check() {
        LambdaEvents.current(gatewayEvent).ifPresent(event -> {
            long size = bodySize(event);
            if (size > maxBodyBytes) {
                throw new PayloadTooLargeException(size, maxBodyBytes);
            }
        });
    }

    private static long bodySize(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        if (body == null) {
            return 0;
        }
        if (event.getIsBase64Encoded()) {
            return (long) body.length() * 3 / 4;
        }
        return body.getBytes(StandardCharsets.UTF_8).length;
    }
}
