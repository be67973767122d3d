package com.instainstru.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The project's conventions for template.yaml. Each violation reads "[rule] LogicalId: what is wrong". */
public final class TemplateRules {

    public static final String HTTP_PATH = "http-path";
    public static final String DEAD_LETTER_QUEUE = "dead-letter-queue";
    public static final String BATCH_ITEM_FAILURES = "batch-item-failures";
    public static final String VISIBILITY_TIMEOUT = "visibility-timeout";
    public static final String CODE_URI = "code-uri";
    public static final String SAMPLE_EVENTS = "sample-events";

    static final String QUEUE = "AWS::SQS::Queue";
    static final int MAX_RECEIVE_COUNT = 5;
    static final int VISIBILITY_FACTOR = 6;
    private static final Pattern CODE_URI_PATTERN = Pattern.compile("functions/([a-z0-9][a-z0-9-]*)/target/function\\.zip");

    private TemplateRules() {
    }

    public static List<String> violations(SamTemplate template, Path repositoryRoot) {
        List<String> violations = new ArrayList<>();
        for (String function : template.logicalIdsOfType(SamTemplate.FUNCTION)) {
            template.events(function).forEach((name, event) -> checkEvent(template, function, name, event, violations));
            checkModule(template, function, repositoryRoot, violations);
        }
        checkDeadLetterQueues(template, violations);
        return violations;
    }

    private static void checkEvent(SamTemplate template, String function, String name, JsonNode event, List<String> out) {
        JsonNode properties = event.path("Properties");
        switch (event.path("Type").asText()) {
            case "HttpApi" -> {
                String path = properties.path("Path").asText();
                if (!path.startsWith("/api/v1/")) {
                    out.add(violation(HTTP_PATH, function, "event " + name + " path '" + path + "' must start with /api/v1/"));
                }
            }
            case "SQS" -> {
                if (!containsText(properties.path("FunctionResponseTypes"), "ReportBatchItemFailures")) {
                    out.add(violation(BATCH_ITEM_FAILURES, function,
                            "SQS event " + name + " needs FunctionResponseTypes [ReportBatchItemFailures]"));
                }
                checkVisibilityTimeout(template, function, properties.path("Queue"), out);
            }
            default -> {
            }
        }
    }

    private static void checkVisibilityTimeout(SamTemplate template, String function, JsonNode queueRef, List<String> out) {
        Optional<String> queue = SamTemplate.referencedLogicalId(queueRef).filter(id -> template.logicalIdsOfType(QUEUE).contains(id));
        if (queue.isEmpty()) {
            return;
        }
        int timeout = template.functionTimeout(function);
        JsonNode visibility = template.properties(queue.get()).path("VisibilityTimeout");
        int visibilitySeconds = visibility.isMissingNode() ? 30 : visibility.asInt();
        if (visibilitySeconds < VISIBILITY_FACTOR * timeout) {
            out.add(violation(VISIBILITY_TIMEOUT, queue.get(), "VisibilityTimeout " + visibilitySeconds + " is below "
                    + VISIBILITY_FACTOR + " x " + function + " Timeout " + timeout + " = " + VISIBILITY_FACTOR * timeout));
        }
    }

    private static void checkDeadLetterQueues(SamTemplate template, List<String> out) {
        Set<String> queues = template.logicalIdsOfType(QUEUE);
        Set<String> deadLetterQueues = new TreeSet<>();
        queues.forEach(q -> SamTemplate.referencedLogicalId(redrivePolicy(template, q).path("deadLetterTargetArn"))
                .ifPresent(deadLetterQueues::add));
        for (String queue : queues) {
            if (deadLetterQueues.contains(queue)) {
                continue;
            }
            JsonNode redrive = redrivePolicy(template, queue);
            if (redrive.path("deadLetterTargetArn").isMissingNode()) {
                out.add(violation(DEAD_LETTER_QUEUE, queue, "needs a RedrivePolicy with a deadLetterTargetArn"));
            } else if (redrive.path("maxReceiveCount").asInt() != MAX_RECEIVE_COUNT) {
                out.add(violation(DEAD_LETTER_QUEUE, queue, "RedrivePolicy maxReceiveCount must be " + MAX_RECEIVE_COUNT
                        + ", was " + redrive.path("maxReceiveCount").asText("missing")));
            }
        }
    }

    private static void checkModule(SamTemplate template, String function, Path root, List<String> out) {
        String codeUri = template.functionProperty(function, "CodeUri").asText();
        Matcher matcher = CODE_URI_PATTERN.matcher(codeUri);
        if (!matcher.matches()) {
            out.add(violation(CODE_URI, function, "CodeUri '" + codeUri + "' must be functions/<module>/target/function.zip"));
            return;
        }
        String module = matcher.group(1);
        if (!Files.isRegularFile(root.resolve("functions").resolve(module).resolve("pom.xml"))) {
            out.add(violation(CODE_URI, function, "CodeUri module functions/" + module + " has no pom.xml"));
        }
        if (!hasJsonFile(root.resolve("events").resolve(module))) {
            out.add(violation(SAMPLE_EVENTS, function, "needs at least one sample event events/" + module + "/*.json"));
        }
    }

    /** CloudFormation also accepts RedrivePolicy as a JSON string. */
    private static JsonNode redrivePolicy(SamTemplate template, String queue) {
        JsonNode policy = template.properties(queue).path("RedrivePolicy");
        if (!policy.isTextual()) {
            return policy;
        }
        try {
            return new ObjectMapper().readTree(policy.asText());
        } catch (JsonProcessingException e) {
            return policy;
        }
    }

    private static boolean hasJsonFile(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean containsText(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String violation(String rule, String logicalId, String message) {
        return "[" + rule + "] " + logicalId + ": " + message;
    }
}
