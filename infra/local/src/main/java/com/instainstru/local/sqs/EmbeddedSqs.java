package com.instainstru.local.sqs;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An SQS-compatible server (ElasticMQ) inside this JVM on 127.0.0.1, with queue ARNs in the same made-up account
 * and region as the local Lambda functions.
 */
public final class EmbeddedSqs implements AutoCloseable {

    static final String REGION = "us-east-1";
    static final String ACCOUNT = "123456789012";

    private final SQSRestServer server;
    private final String endpoint;
    private final SqsClient client;
    private boolean closed;

    private EmbeddedSqs(SQSRestServer server, int port) {
        this.server = server;
        this.endpoint = "http://127.0.0.1:" + port;
        this.client = SqsClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    /** Starts the server on {@code port}, or on a free port when it is 0. */
    public static EmbeddedSqs start(int port) {
        SQSRestServer server = SQSRestServerBuilder
                .withPort(port)
                .withInterface("127.0.0.1")
                .withAWSRegion(REGION)
                .withAWSAccountId(ACCOUNT)
                .start();
        int boundPort = server.waitUntilStarted().localAddress().getPort();
        return new EmbeddedSqs(server, boundPort);
    }

    /** For {@code AWS_ENDPOINT_URL_SQS} and SDK clients, e.g. http://127.0.0.1:9324. */
    public String endpoint() {
        return endpoint;
    }

    /** A client of this server, shared; closed with it. */
    public SqsClient client() {
        return client;
    }

    /** Creates the queue (or returns the existing one with the same attributes) and returns its URL. */
    public String createQueue(String name, Map<QueueAttributeName, String> attributes) {
        return client.createQueue(request -> request.queueName(name).attributes(attributes)).queueUrl();
    }

    public String queueArn(String queueUrl) {
        return client.getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    /** Messages per queue name, visible plus in flight (received, not yet deleted or visible again). */
    public Map<String, Integer> depths() {
        Map<String, Integer> depths = new TreeMap<>();
        for (String url : client.listQueues().queueUrls()) {
            Map<QueueAttributeName, String> attributes = client.getQueueAttributes(request -> request.queueUrl(url)
                    .attributeNames(List.of(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))).attributes();
            int depth = count(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)
                    + count(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE);
            depths.put(url.substring(url.lastIndexOf('/') + 1), depth);
        }
        return depths;
    }

    /** Stops the server and the client. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        client.close();
        server.stopAndWait();
    }

    private static int count(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
        return Integer.parseInt(Objects.requireNonNullElse(attributes.get(name), "0"));
    }
}
