package com.instainstru.local.runtime;

import com.instainstru.template.SamTemplate;
import com.instainstru.template.aws.ProvisionedEvents;
import com.instainstru.template.aws.TemplateProvisioner;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * LocalStack mode: template.yaml's bus, rules and queues are created at {@code AWS_ENDPOINT_URL} (LocalStack,
 * moto) and used instead of the embedded services; the emulator routes events itself.
 */
public final class RemoteAwsServices implements AwsServices {

    private final String endpoint;
    private final SqsClient sqs;
    private final ProvisionedEvents provisioned;

    public RemoteAwsServices(String endpoint, SamTemplate template, String suffix) {
        this.endpoint = endpoint;
        this.sqs = SqsClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        try (EventBridgeClient events = EventBridgeClient.builder().endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1).credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            this.provisioned = TemplateProvisioner.provision(template, sqs, events, "int", suffix);
        }
    }

    static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }

    @Override
    public Map<String, String> functionEnvironment() {
        return Map.of("AWS_ENDPOINT_URL", endpoint, "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test");
    }

    @Override
    public SqsClient sqs() {
        return sqs;
    }

    @Override
    public String queueUrl(String logicalId) {
        return provisioned.queueUrl(logicalId);
    }

    @Override
    public String queueArn(String logicalId) {
        return provisioned.queueArn(logicalId);
    }

    @Override
    public String busName(String logicalId) {
        return provisioned.busNames().get(logicalId);
    }

    @Override
    public Map<String, Map<String, Integer>> queueDepths() {
        return depths(sqs, provisioned.queueUrls());
    }

    static Map<String, Map<String, Integer>> depths(SqsClient sqs, Map<String, String> queueUrls) {
        Map<String, Map<String, Integer>> depths = new LinkedHashMap<>();
        queueUrls.forEach((id, url) -> {
            Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
            depths.put(id, Map.of(
                    "visible", Integer.parseInt(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0")),
                    "inFlight", Integer.parseInt(attributes.getOrDefault(
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0"))));
        });
        return depths;
    }

    @Override
    public void close() {
        sqs.close();
    }
}
