package com.instainstru.local.lambda;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.instainstru.testsupport.db.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The repository's real function artifacts and sample events, for tests that run them under the RIC. */
public final class TestFunctions {

    public static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";

    private TestFunctions() {
    }

    /** The worktree root: surefire's {@code instainstru.repository.root}, or the nearest parent with template.yaml. */
    public static Path repositoryRoot() {
        String property = System.getProperty("instainstru.repository.root");
        Path start = Path.of(property == null || property.isBlank() ? System.getProperty("user.dir") : property);
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml")) && Files.isDirectory(dir.resolve("functions"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (template.yaml) above " + start);
    }

    /** functions/<module>/target/function.zip; skips the test when it has not been built. */
    public static Path requireZip(String module) {
        Path zip = repositoryRoot().resolve("functions").resolve(module).resolve("target").resolve("function.zip");
        assumeTrue(Files.isRegularFile(zip), () -> zip + " is missing, so this test cannot run a real function. Build "
                + "it first: mvn -B -o -q -DskipTests package -pl functions/" + module);
        return zip;
    }

    public static String event(String relativePath) {
        try {
            return Files.readString(repositoryRoot().resolve("events").resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Globals' variables as template.yaml resolves them for a local run, pointed at {@code jdbcUrl}. */
    public static Map<String, String> environment(String jdbcUrl, String user, String password) {
        Map<String, String> environment = new HashMap<>();
        environment.put("STAGE", "int");
        environment.put("SITE_MODE", "preview");
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        environment.put("QUARKUS_DATASOURCE_USERNAME", user);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", password);
        environment.put("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        environment.put("AWS_ACCESS_KEY_ID", "local");
        environment.put("AWS_SECRET_ACCESS_KEY", "local");
        return environment;
    }

    public static Map<String, String> environment(TestDatabase database) {
        return environment(database.jdbcUrl(), database.user(), database.password());
    }

    public static FunctionSpec spec(String logicalId, String module, Map<String, String> environment,
            Duration timeout) {
        return new FunctionSpec(logicalId, requireZip(module), HANDLER, environment, timeout, 1024);
    }
}
