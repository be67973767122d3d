package com.instainstru.testsupport.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The API contract guard: a function's generated OpenAPI document must only expose paths under
 * {@code /api/v1} and must equal the committed snapshot, so every change to the API is reviewed.
 * Run the function's tests with {@code -Dopenapi.update=true} to rewrite the snapshot, then review
 * and commit the diff.
 */
public final class OpenApiContract {

    public static final String UPDATE_PROPERTY = "openapi.update";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private OpenApiContract() {
    }

    public static void verify(String generatedDocument, Path snapshot) {
        String normalized = normalize(generatedDocument);
        List<String> outside = pathsOutsideApiV1(generatedDocument);
        if (!outside.isEmpty()) {
            throw new AssertionError("routes outside /api/v1: " + outside);
        }
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(snapshot, normalized);
            return;
        }
        if (!Files.exists(snapshot)) {
            throw new AssertionError("no OpenAPI snapshot at " + snapshot.toAbsolutePath()
                    + "; run the tests with -D" + UPDATE_PROPERTY + "=true, review it and commit it");
        }
        String committed = read(snapshot);
        if (!committed.equals(normalized)) {
            throw new AssertionError("the API changed without review: " + firstDifference(committed, normalized)
                    + "\nIf the change is intended, run the tests with -D" + UPDATE_PROPERTY
                    + "=true, review the diff of " + snapshot + " and commit it.");
        }
    }

    static List<String> pathsOutsideApiV1(String document) {
        List<String> outside = new ArrayList<>();
        JsonNode paths = parse(document).path("paths");
        for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
            String path = it.next();
            if (!path.equals("/api/v1") && !path.startsWith("/api/v1/")) {
                outside.add(path);
            }
        }
        return outside;
    }

    static String normalize(String document) {
        try {
            Object tree = JSON.treeToValue(parse(document), Object.class);
            return JSON.writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n");
        String[] b = actual.split("\n");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end>";
            String right = i < b.length ? b[i] : "<end>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ": snapshot has [" + left.strip() + "], generated has [" + right.strip()
                        + "]";
            }
        }
        return "documents differ";
    }

    private static JsonNode parse(String document) {
        try {
            return JSON.readTree(document);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON OpenAPI document", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
