package com.instainstru.local.definitions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** An {@code AWS::Events::Rule} on a custom bus that sends matching events to SQS queues. */
public record RuleDefinition(String logicalId, String busLogicalId, JsonNode eventPattern,
        List<String> targetQueues) {
}
