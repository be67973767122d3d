package com.instainstru.local.definitions;

import com.fasterxml.jackson.databind.JsonNode;
import com.instainstru.template.SamTemplate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the local runtime needs from template.yaml: functions with their events, queues, buses and rules. */
public record LocalTemplate(
        List<FunctionDefinition> functions,
        List<QueueDefinition> queues,
        Map<String, String> busNames,
        List<RuleDefinition> rules,
        Map<String, String> parameterDefaults,
        Set<String> declaredNames) {

    private static final int SAM_DEFAULT_MEMORY_MB = 128;
    private static final int SQS_DEFAULT_VISIBILITY_TIMEOUT = 30;

    public static LocalTemplate read(SamTemplate template, Path repositoryRoot) {
        Set<String> declared = new TreeSet<>();
        template.parameters().fieldNames().forEachRemaining(declared::add);
        template.resources().fieldNames().forEachRemaining(declared::add);
        return new LocalTemplate(functions(template, repositoryRoot), queues(template), Map.of(), rules(template),
                parameterDefaults(template), Set.copyOf(declared)).withBusNames(template);
    }

    /** Parameter values for a local run: the template's defaults, then the given overrides. */
    public Map<String, String> parameters(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(parameterDefaults);
        values.putAll(overrides);
        return values;
    }

    public FunctionDefinition function(String logicalId) {
        return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("template.yaml has no function " + logicalId
                        + "; functions: " + functions.stream().map(FunctionDefinition::logicalId).toList()));
    }

    private LocalTemplate withBusNames(SamTemplate template) {
        Map<String, String> names = new LinkedHashMap<>();
        TemplateValues values = new TemplateValues(parameterDefaults);
        for (String id : template.logicalIdsOfType("AWS::Events::EventBus")) {
            names.put(id, values.resolve(template.properties(id).path("Name")));
        }
        return new LocalTemplate(functions, queues, Map.copyOf(names), rules, parameterDefaults, declaredNames);
    }

    private static List<FunctionDefinition> functions(SamTemplate template, Path root) {
        List<FunctionDefinition> functions = new ArrayList<>();
        for (String id : template.logicalIdsOfType(SamTemplate.FUNCTION)) {
            String codeUri = template.functionProperty(id, "CodeUri").asText();
            String module = Path.of(codeUri).getName(1).toString();
            Map<String, JsonNode> environment = new LinkedHashMap<>();
            template.globals().path("Function").path("Environment").path("Variables").properties()
                    .forEach(e -> environment.put(e.getKey(), e.getValue()));
            template.properties(id).path("Environment").path("Variables").properties()
                    .forEach(e -> environment.put(e.getKey(), e.getValue()));
            JsonNode memory = template.functionProperty(id, "MemorySize");
            List<FunctionDefinition.HttpRoute> routes = new ArrayList<>();
            List<FunctionDefinition.Schedule> schedules = new ArrayList<>();
            List<FunctionDefinition.QueueSource> sources = new ArrayList<>();
            template.events(id).forEach((name, event) -> {
                JsonNode properties = event.path("Properties");
                switch (event.path("Type").asText()) {
                    case "HttpApi" -> routes.add(new FunctionDefinition.HttpRoute(
                            properties.path("Method").asText("ANY").toUpperCase(),
                            properties.path("Path").asText("$default")));
                    case "Schedule" -> schedules.add(new FunctionDefinition.Schedule(name,
                            properties.path("Schedule").asText(), properties.path("Enabled").asBoolean(true)));
                    case "SQS" -> sources.add(new FunctionDefinition.QueueSource(
                            SamTemplate.referencedLogicalId(properties.path("Queue")).orElseThrow(),
                            properties.path("BatchSize").asInt(10),
                            properties.path("FunctionResponseTypes").toString().contains("ReportBatchItemFailures")));
                    default -> throw new IllegalArgumentException(id + "." + name + ": event type "
                            + event.path("Type").asText() + " is not supported by the local runtime");
                }
            });
            functions.add(new FunctionDefinition(id, module, root.resolve(codeUri).normalize(),
                    template.functionProperty(id, "Handler").asText(), environment,
                    Duration.ofSeconds(template.functionTimeout(id)),
                    memory.isMissingNode() ? SAM_DEFAULT_MEMORY_MB : memory.asInt(), routes, schedules, sources));
        }
        return functions;
    }

    private static List<QueueDefinition> queues(SamTemplate template) {
        List<QueueDefinition> queues = new ArrayList<>();
        for (String id : template.logicalIdsOfType("AWS::SQS::Queue")) {
            JsonNode properties = template.properties(id);
            JsonNode redrive = properties.path("RedrivePolicy");
            String deadLetter = redrive.isMissingNode() ? null
                    : SamTemplate.referencedLogicalId(redrive.path("deadLetterTargetArn")).orElseThrow();
            queues.add(new QueueDefinition(id,
                    properties.path("VisibilityTimeout").asInt(SQS_DEFAULT_VISIBILITY_TIMEOUT), deadLetter,
                    redrive.path("maxReceiveCount").asInt(0)));
        }
        return queues;
    }

    private static List<RuleDefinition> rules(SamTemplate template) {
        List<RuleDefinition> rules = new ArrayList<>();
        for (String id : template.logicalIdsOfType("AWS::Events::Rule")) {
            JsonNode properties = template.properties(id);
            List<String> targets = new ArrayList<>();
            properties.path("Targets").forEach(t -> targets.add(SamTemplate.referencedLogicalId(t.path("Arn"))
                    .orElseThrow()));
            rules.add(new RuleDefinition(id, SamTemplate.referencedLogicalId(properties.path("EventBusName"))
                    .orElseThrow(), properties.path("EventPattern"), targets));
        }
        return rules;
    }

    private static Map<String, String> parameterDefaults(SamTemplate template) {
        Map<String, String> defaults = new LinkedHashMap<>();
        template.parameters().properties().forEach(p -> {
            if (p.getValue().has("Default")) {
                defaults.put(p.getKey(), p.getValue().get("Default").asText());
            }
        });
        return defaults;
    }
}
