package com.instainstru.testsupport.openapi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiContractTest {

    private static final String HEALTH = """
            {"openapi":"3.1.0","paths":{"/api/v1/health":{"get":{"responses":{"200":{"description":"OK"}}}}}}
            """;

    @TempDir
    Path dir;

    @Test
    void acceptsADocumentEqualToTheSnapshotWhateverItsKeyOrder() throws Exception {
        Path snapshot = dir.resolve("openapi.json");
        Files.writeString(snapshot, OpenApiContract.normalize(
                "{\"paths\":{\"/api/v1/health\":{\"get\":{\"responses\":{\"200\":{\"description\":\"OK\"}}}}},"
                        + "\"openapi\":\"3.1.0\"}"));

        assertThatCode(() -> OpenApiContract.verify(HEALTH, snapshot)).doesNotThrowAnyException();
    }

    @Test
    void reportsAnUnreviewedChange() throws Exception {
        Path snapshot = dir.resolve("openapi.json");
        Files.writeString(snapshot, OpenApiContract.normalize(HEALTH));
        String changed = HEALTH.replace("\"OK\"", "\"Healthy\"");

        assertThatThrownBy(() -> OpenApiContract.verify(changed, snapshot))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the API changed without review")
                .hasMessageContaining("Healthy");
    }

    @Test
    void reportsRoutesOutsideApiV1() throws Exception {
        Path snapshot = dir.resolve("openapi.json");
        String document = HEALTH.replace("/api/v1/health", "/health");
        Files.writeString(snapshot, OpenApiContract.normalize(document));

        assertThatThrownBy(() -> OpenApiContract.verify(document, snapshot))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("routes outside /api/v1: [/health]");
    }

    @Test
    void aMissingSnapshotFails() {
        assertThatThrownBy(() -> OpenApiContract.verify(HEALTH, dir.resolve("missing.json")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no OpenAPI snapshot");
    }
}
