package com.instainstru.local.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.local.definitions.LocalTemplate;
import com.instainstru.local.definitions.QueueDefinition;
import com.instainstru.local.definitions.RuleDefinition;
import com.instainstru.local.eventbridge.EventPattern;
import com.instainstru.local.eventbridge.LocalEventBus;
import com.instainstru.local.eventbridge.PutEventsEndpoint;
import com.instainstru.local.eventbridge.Target;
import com.instainstru.local.sqs.EmbeddedSqs;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The embedded AWS services: ElasticMQ with template.yaml's queues and redrive policies, and the
 * template's custom buses and rules behind a local PutEvents endpoint. Pure Java: nothing to install.
 */
public final class EmbeddedAwsServices implements AwsServices {

    private final EmbeddedSqs sqs;
    private final HttpServer eventBridge;
    private final Map<String, String> queueUrls = new LinkedHashMap<>();
    private final Map<String, String> queueArns = new HashMap<>();
    private final Map<String, LocalEventBus> buses = new HashMap<>();

    public EmbeddedAwsServices(LocalTemplate template, Clock clock, Consumer<String> log) {
        this.sqs = EmbeddedSqs.start(0);
        template.queues().forEach(queue -> createQueue(template, queue));
        template.busNames().forEach((id, name) -> buses.put(id, new LocalEventBus(name, HttpGateway.ACCOUNT,
                "us-east-1", clock, this::sendToQueue)));
        for (RuleDefinition rule : template.rules()) {
            List<Target> targets = rule.targetQueues().stream()
                    .map(queue -> new Target(queue, queueArns.get(queue))).toList();
            buses.get(rule.busLogicalId()).putRule(rule.logicalId(), EventPattern.of(rule.eventPattern()), targets);
        }
        try {
            eventBridge = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        eventBridge.createContext("/", new PutEventsEndpoint(buses.values()));
        eventBridge.start();
        log.accept("[aws] embedded SQS at " + sqs.endpoint() + ", EventBridge at " + eventBridgeEndpoint());
    }

    private void createQueue(LocalTemplate template, QueueDefinition queue) {
        if (queueUrls.containsKey(queue.logicalId())) {
            return;
        }
        Map<QueueAttributeName, String> attributes = new HashMap<>();
        attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(queue.visibilityTimeoutSeconds()));
        if (queue.deadLetterQueue() != null) {
            template.queues().stream().filter(q -> q.logicalId().equals(queue.deadLetterQueue())).findFirst()
                    .ifPresent(dlq -> createQueue(template, dlq));
            attributes.put(QueueAttributeName.REDRIVE_POLICY, new ObjectMapper().createObjectNode()
                    .put("deadLetterTargetArn", queueArns.get(queue.deadLetterQueue()))
                    .put("maxReceiveCount", queue.maxReceiveCount()).toString());
        }
        String url = sqs.createQueue(queue.logicalId(), attributes);
        queueUrls.put(queue.logicalId(), url);
        queueArns.put(queue.logicalId(), sqs.queueArn(url));
    }

    private void sendToQueue(String queue, String body) {
        String url = queueUrls.entrySet().stream()
                .filter(e -> e.getValue().equals(queue) || queueArns.get(e.getKey()).equals(queue))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no local queue " + queue));
        sqs.client().sendMessage(b -> b.queueUrl(url).messageBody(body));
    }

    private String eventBridgeEndpoint() {
        return "http://127.0.0.1:" + eventBridge.getAddress().getPort();
    }

    @Override
    public Map<String, String> functionEnvironment() {
        return Map.of("AWS_ENDPOINT_URL_SQS", sqs.endpoint(), "AWS_ENDPOINT_URL_EVENTBRIDGE", eventBridgeEndpoint(),
                "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test");
    }

    @Override
    public SqsClient sqs() {
        return sqs.client();
    }

    @Override
    public String queueUrl(String logicalId) {
        return require(queueUrls, logicalId);
    }

    @Override
    public String queueArn(String logicalId) {
        return require(queueArns, logicalId);
    }

    @Override
    public String busName(String logicalId) {
        return buses.get(logicalId).name();
    }

    @Override
    public Map<String, Map<String, Integer>> queueDepths() {
        return RemoteAwsServices.depths(sqs.client(), queueUrls);
    }

    private static String require(Map<String, String> byId, String logicalId) {
        String value = byId.get(logicalId);
        if (value == null) {
            throw new IllegalArgumentException("template.yaml declares no queue " + logicalId);
        }
        return value;
    }

    @Override
    public void close() {
        eventBridge.stop(0);
        sqs.close();
    }
}
