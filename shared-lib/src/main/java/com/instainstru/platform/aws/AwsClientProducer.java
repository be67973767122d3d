package com.instainstru.platform.aws;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * AWS SDK v2 clients. Region, credentials and endpoint come from the SDK's standard resolution, so
 * {@code AWS_ENDPOINT_URL} / {@code AWS_ENDPOINT_URL_EVENTBRIDGE} (or the {@code aws.endpointUrl} system
 * property) point the same code at AWS, LocalStack, moto or the local runtime. The URL-connection HTTP
 * client keeps cold starts small.
 */
public class AwsClientProducer {

    @Produces
    @Singleton
    EventBridgeClient eventBridge() {
        return EventBridgeClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    void close(@Disposes EventBridgeClient client) {
        client.close();
    }
}
