package com.instainstru.local.runtime;

import com.instainstru.local.definitions.FunctionDefinition;
import com.instainstru.local.definitions.LocalTemplate;
import com.instainstru.local.definitions.TemplateValues;
import com.instainstru.local.lambda.FunctionSpec;
import com.instainstru.local.lambda.InvocationResult;
import com.instainstru.local.lambda.LocalFunction;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Every function of template.yaml, each started lazily as its own process on first invocation. The
 * environment is the template's (references resolved for this machine) plus what the local runtime adds:
 * endpoints of the local AWS services and the mail catcher.
 */
public final class FunctionRegistry implements FunctionInvoker, AutoCloseable {

    private final Map<String, FunctionDefinition> definitions = new LinkedHashMap<>();
    private final TemplateValues values;
    private final Map<String, String> runtimeEnvironment;
    private final Path workRoot;
    private final Consumer<String> log;
    private final Clock clock;
    private final Map<String, LocalFunction> running = new ConcurrentHashMap<>();

    public FunctionRegistry(LocalTemplate template, TemplateValues values, Map<String, String> runtimeEnvironment,
            Path workRoot, Consumer<String> log, Clock clock) {
        this.clock = clock;
        template.functions().forEach(f -> definitions.put(f.logicalId(), f));
        this.values = values;
        this.runtimeEnvironment = Map.copyOf(runtimeEnvironment);
        this.workRoot = workRoot;
        this.log = log;
    }

    @Override
    public InvocationResult invoke(String logicalId, String eventJson) {
        return running.computeIfAbsent(logicalId, this::create).invoke(eventJson);
    }

    public List<String> logicalIds() {
        return List.copyOf(definitions.keySet());
    }

    public List<String> started() {
        return List.copyOf(running.keySet());
    }

    private LocalFunction create(String logicalId) {
        FunctionDefinition definition = definitions.get(logicalId);
        if (definition == null) {
            throw new IllegalArgumentException("template.yaml has no function " + logicalId + "; functions: "
                    + definitions.keySet());
        }
        if (!definition.codeZip().toFile().isFile()) {
            throw new IllegalStateException(logicalId + ": " + definition.codeZip()
                    + " does not exist; build it with: mvn -B -DskipTests package -pl functions/" + definition.module()
                    + " -am");
        }
        Map<String, String> environment = new LinkedHashMap<>(definition.resolvedEnvironment(values));
        environment.putAll(runtimeEnvironment);
        FunctionSpec spec = new FunctionSpec(logicalId, definition.codeZip(), definition.handler(), environment,
                definition.timeout(), definition.memoryMb());
        return new LocalFunction(spec, workRoot, log, clock);
    }

    @Override
    public void close() {
        running.values().forEach(LocalFunction::close);
        running.clear();
    }
}
