package com.instainstru.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a function JVM is launched: the command line and the environment Lambda would give it. */
class FunctionProcessTest {

    private static final FunctionSpec SPEC = new FunctionSpec("OrdersFunction", Path.of("function.zip"),
            "a.B::handleRequest", Map.of("STAGE", "int", "LANG", "C.UTF-8"), Duration.ofSeconds(15), 1024);

    @TempDir
    Path work;

    @Test
    void environmentIsLambdasOnTopOfTheFunctionsVariables() {
        Map<String, String> environment = FunctionProcess.environment(SPEC, "127.0.0.1:4567", Path.of("/task"));

        assertThat(environment).contains(
                entry("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:4567"),
                entry("_HANDLER", "a.B::handleRequest"),
                entry("AWS_LAMBDA_FUNCTION_NAME", "OrdersFunction"),
                entry("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"),
                entry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024"),
                entry("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"),
                entry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/OrdersFunction"),
                entry("AWS_EXECUTION_ENV", "AWS_Lambda_java21"),
                entry("AWS_REGION", "us-east-1"),
                entry("AWS_DEFAULT_REGION", "us-east-1"),
                entry("LAMBDA_TASK_ROOT", "/task"),
                entry("TZ", ":UTC"),
                entry("STAGE", "int"),
                entry("LANG", "C.UTF-8"));
        assertThat(environment.get("AWS_LAMBDA_LOG_STREAM_NAME"))
                .matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
        assertThat(environment).doesNotContainKeys("HOME", "AWS_PROFILE", "CLASSPATH");
    }

    @Test
    void commandRunsTheRicWithTheHandlerAndAHeapFromTheMemorySize() throws Exception {
        RuntimeInterfaceClient ric = RuntimeInterfaceClient.prepare(work);

        List<String> command = FunctionProcess.command(SPEC, ric);

        assertThat(command.get(0)).endsWith("/bin/java");
        assertThat(command).contains("-XX:MaxHeapSize=870m", "-XX:TieredStopAtLevel=1",
                "-D" + RuntimeInterfaceClient.NATIVE_LIBRARY_PROPERTY + "=" + ric.nativeLibrary());
        assertThat(command.subList(command.size() - 2, command.size()))
                .containsExactly(RuntimeInterfaceClient.MAIN_CLASS, "a.B::handleRequest");
        String classpath = command.get(command.indexOf("-cp") + 1);
        assertThat(classpath).contains("aws-lambda-java-runtime-interface-client", "aws-lambda-java-core",
                "aws-lambda-java-serialization", "utils-lite");
    }
}
