package com.instainstru.local.definitions;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One {@code AWS::Serverless::Function} with Globals applied; environment values still unresolved. */
public record FunctionDefinition(
        String logicalId,
        String module,
        Path codeZip,
        String handler,
        Map<String, JsonNode> environment,
        Duration timeout,
        int memoryMb,
        List<HttpRoute> routes,
        List<Schedule> schedules,
        List<QueueSource> queueSources) {

    public record HttpRoute(String method, String path) {
    }

    public record Schedule(String name, String expression, boolean enabled) {
    }

    public record QueueSource(String queueLogicalId, int batchSize, boolean reportBatchItemFailures) {
    }

    public Map<String, String> resolvedEnvironment(TemplateValues values) {
        Map<String, String> resolved = new LinkedHashMap<>();
        environment.forEach((name, value) -> resolved.put(name, values.resolve(value)));
        return resolved;
    }
}
