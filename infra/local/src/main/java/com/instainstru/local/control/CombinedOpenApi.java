package com.instainstru.local.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One OpenAPI document for all HTTP functions, merged from their reviewed snapshots
 * ({@code functions/<module>/openapi.json}): the paths and component schemas of each.
 */
public final class CombinedOpenApi {

    private CombinedOpenApi() {
    }

    public static ObjectNode combine(List<Path> documents, ObjectMapper json) {
        ObjectNode combined = json.createObjectNode().put("openapi", "3.1.0");
        combined.putObject("info").put("title", "InstaInstru API (local runtime)").put("version", "1");
        combined.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = combined.putObject("paths");
        ObjectNode schemas = combined.putObject("components").putObject("schemas");
        for (Path document : documents) {
            JsonNode tree = read(document, json);
            tree.path("paths").properties().forEach(e -> paths.set(e.getKey(), e.getValue()));
            tree.path("components").path("schemas").properties().forEach(e -> schemas.set(e.getKey(), e.getValue()));
        }
        return combined;
    }

    private static JsonNode read(Path document, ObjectMapper json) {
        try {
            return json.readTree(Files.readString(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenAPI snapshot " + document, e);
        }
    }
}
