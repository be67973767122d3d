package com.instainstru.functions.paymentscheduler;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The SQS client, built like shared-lib's EventBridge client: region, credentials and endpoint from the SDK's
 * standard resolution, so {@code AWS_ENDPOINT_URL} / {@code AWS_ENDPOINT_URL_SQS} (or {@code aws.endpointUrl})
 * point it at AWS, moto or LocalStack.
 */
public class SqsClientProducer {

    @Produces
    @Singleton
    SqsClient sqs() {
        return SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    void close(@Disposes SqsClient client) {
        client.close();
    }
}
