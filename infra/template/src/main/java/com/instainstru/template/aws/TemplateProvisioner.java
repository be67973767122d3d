package com.instainstru.template.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.template.SamTemplate;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates template.yaml's event buses, rules and queues (with their redrive policies) in an AWS-compatible
 * endpoint (LocalStack, moto), so tests and the local runtime use the routing that deploys, not a copy of
 * it. Queue and bus names get a suffix so that several runs can share one endpoint.
 */
public final class TemplateProvisioner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateProvisioner() {
    }

    public static ProvisionedEvents provision(SamTemplate template, SqsClient sqs, EventBridgeClient events,
            String stage, String suffix) {
        Map<String, String> queueUrls = new HashMap<>();
        Map<String, String> queueArns = new HashMap<>();
        for (String id : template.logicalIdsOfType("AWS::SQS::Queue")) {
            createQueue(template, sqs, id, suffix, queueUrls, queueArns);
        }
        Map<String, String> busNames = new HashMap<>();
        for (String id : template.logicalIdsOfType("AWS::Events::EventBus")) {
            String name = template.properties(id).path("Name").asText().replace("${Stage}", stage) + "-" + suffix;
            createBusIfMissing(events, name);
            busNames.put(id, name);
        }
        for (String id : template.logicalIdsOfType("AWS::Events::Rule")) {
            JsonNode rule = template.properties(id);
            String bus = busNames.get(SamTemplate.referencedLogicalId(rule.get("EventBusName")).orElseThrow());
            createRule(rule, events, id, bus, queueArns);
        }
        return new ProvisionedEvents(Map.copyOf(busNames), Map.copyOf(queueUrls), Map.copyOf(queueArns));
    }

    private static void createBusIfMissing(EventBridgeClient events, String name) {
        try {
            events.createEventBus(b -> b.name(name));
        } catch (ResourceAlreadyExistsException alreadyThere) {
            // a previous run against the same endpoint created it; rules and targets are put again below
        }
    }

    private static void createQueue(SamTemplate template, SqsClient sqs, String id, String suffix,
            Map<String, String> urls, Map<String, String> arns) {
        if (urls.containsKey(id)) {
            return;
        }
        JsonNode properties = template.properties(id);
        Map<QueueAttributeName, String> attributes = new HashMap<>();
        if (properties.has("VisibilityTimeout")) {
            attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, properties.get("VisibilityTimeout").asText());
        }
        JsonNode redrive = properties.path("RedrivePolicy");
        if (!redrive.isMissingNode()) {
            String dlq = SamTemplate.referencedLogicalId(redrive.get("deadLetterTargetArn")).orElseThrow();
            createQueue(template, sqs, dlq, suffix, urls, arns);
            attributes.put(QueueAttributeName.REDRIVE_POLICY, JSON.createObjectNode()
                    .put("deadLetterTargetArn", arns.get(dlq))
                    .put("maxReceiveCount", redrive.get("maxReceiveCount").asInt())
                    .toString());
        }
        String url = sqs.createQueue(b -> b.queueName(id + "-" + suffix).attributes(attributes)).queueUrl();
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        urls.put(id, url);
        arns.put(id, arn);
    }

    private static void createRule(JsonNode rule, EventBridgeClient events, String id, String busName,
            Map<String, String> queueArns) {
        events.putRule(b -> b.name(id).eventBusName(busName).eventPattern(rule.get("EventPattern").toString()));
        for (JsonNode target : rule.path("Targets")) {
            String queue = SamTemplate.referencedLogicalId(target.get("Arn")).orElseThrow();
            events.putTargets(b -> b.rule(id).eventBusName(busName)
                    .targets(t -> t.id(target.get("Id").asText()).arn(queueArns.get(queue))));
        }
    }
}
