package com.instainstru.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed SAM template.
 *
 * <p>Jackson YAML drops CloudFormation short tags and keeps the value: {@code !Ref Queue} reads as
 * {@code "Queue"}, {@code !GetAtt Queue.Arn} as {@code "Queue.Arn"}, {@code !Sub x-${Stage}} as
 * {@code "x-${Stage}"}. Long forms ({@code Ref}, {@code Fn::GetAtt}) stay objects; {@link #referencedLogicalId}
 * understands both.
 */
public final class SamTemplate {

    public static final String FUNCTION = "AWS::Serverless::Function";
    public static final String ROOT_PROPERTY = "instainstru.repository.root";

    private static final Pattern LOGICAL_ID = Pattern.compile("([A-Za-z0-9]+)(\\.[A-Za-z0-9.]+)?");

    private final JsonNode root;

    private SamTemplate(JsonNode root) {
        this.root = root;
    }

    public static SamTemplate load(Path file) {
        try {
            return new SamTemplate(new YAMLMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SAM template " + file, e);
        }
    }

    /**
     * The nearest directory holding template.yaml, searching upwards from the system property
     * {@value #ROOT_PROPERTY} (Maven sets it to the build's top directory, a module's when built alone),
     * else from the working directory.
     */
    public static Path repositoryRoot() {
        String configured = System.getProperty(ROOT_PROPERTY);
        Path start = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("");
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No template.yaml above " + start.toAbsolutePath());
    }

    public JsonNode resources() {
        return root.path("Resources");
    }

    public JsonNode parameters() {
        return root.path("Parameters");
    }

    public JsonNode globals() {
        return root.path("Globals");
    }

    public Set<String> logicalIdsOfType(String type) {
        Set<String> ids = new TreeSet<>();
        resources().properties().forEach(e -> {
            if (type.equals(e.getValue().path("Type").asText())) {
                ids.add(e.getKey());
            }
        });
        return ids;
    }

    public JsonNode properties(String logicalId) {
        return resources().path(logicalId).path("Properties");
    }

    /** A function property, falling back to {@code Globals.Function}. */
    public JsonNode functionProperty(String functionId, String name) {
        JsonNode own = properties(functionId).path(name);
        return own.isMissingNode() ? globals().path("Function").path(name) : own;
    }

    /** The function's timeout in seconds; SAM's default is 3. */
    public int functionTimeout(String functionId) {
        JsonNode timeout = functionProperty(functionId, "Timeout");
        return timeout.isMissingNode() ? 3 : timeout.asInt();
    }

    /** The function's events by name. */
    public Map<String, JsonNode> events(String functionId) {
        Map<String, JsonNode> events = new LinkedHashMap<>();
        properties(functionId).path("Events").properties().forEach(e -> events.put(e.getKey(), e.getValue()));
        return events;
    }

    /**
     * The logical id a reference points at: {@code "Q"} or {@code "Q.Arn"} (short tags, tag dropped),
     * {@code {Ref: Q}}, {@code {Fn::GetAtt: [Q, Arn]}} or {@code {Fn::GetAtt: Q.Arn}}. Empty for anything else.
     */
    public static Optional<String> referencedLogicalId(JsonNode reference) {
        JsonNode target = reference == null ? MissingNode.getInstance() : reference;
        if (target.has("Ref")) {
            target = target.get("Ref");
        } else if (target.has("Fn::GetAtt")) {
            target = target.get("Fn::GetAtt");
            if (target.isArray()) {
                target = target.path(0);
            }
        }
        Matcher id = LOGICAL_ID.matcher(target.asText());
        return id.matches() ? Optional.of(id.group(1)) : Optional.empty();
    }
}
