package com.instainstru.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionSpecTest {

    private static FunctionSpec spec(Map<String, String> environment, Duration timeout, int memoryMb) {
        return new FunctionSpec("Some", Path.of("function.zip"), "a.B::handleRequest", environment, timeout,
                memoryMb);
    }

    @Test
    void refusesVariablesLambdaReserves() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> spec(Map.of("AWS_REGION", "eu-west-1", "_HANDLER", "x"), Duration.ofSeconds(3), 512))
                .withMessage("Some: environment sets keys reserved by Lambda: [AWS_REGION, _HANDLER]");
    }

    @Test
    void acceptsCredentialsBecauseTheCallerPlaysTheExecutionRole() {
        FunctionSpec spec = spec(Map.of("AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local"),
                Duration.ofSeconds(3), 512);

        assertThat(spec.environment()).containsKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
    }

    @Test
    void keepsItsOwnCopyOfTheEnvironment() {
        Map<String, String> environment = new HashMap<>(Map.of("STAGE", "int"));
        FunctionSpec spec = spec(environment, Duration.ofSeconds(3), 512);
        environment.put("STAGE", "prod");

        assertThat(spec.environment()).containsEntry("STAGE", "int");
    }

    @Test
    void refusesImpossibleLimits() {
        assertThatIllegalArgumentException().isThrownBy(() -> spec(Map.of(), Duration.ZERO, 512));
        assertThatIllegalArgumentException().isThrownBy(() -> spec(Map.of(), Duration.ofSeconds(3), 64));
        assertThatIllegalArgumentException().isThrownBy(() -> new FunctionSpec("has space", Path.of("f.zip"), "h",
                Map.of(), Duration.ofSeconds(3), 512));
    }

    @Test
    void billsWholeMillisecondsRoundedUp() {
        assertThat(InvocationResult.billed(Duration.ofNanos(12_340_000))).isEqualTo(Duration.ofMillis(13));
        assertThat(InvocationResult.billed(Duration.ofMillis(5))).isEqualTo(Duration.ofMillis(5));
        assertThat(InvocationResult.billed(Duration.ZERO)).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void resultsAreEitherAPayloadOrAnError() {
        InvocationResult success = InvocationResult.success("r", "{}", Duration.ofMillis(3));
        InvocationResult timeout = InvocationResult.timeout("r", new FunctionError("Sandbox.Timedout", "late"),
                Duration.ofSeconds(3));

        assertThat(success.isSuccess()).isTrue();
        assertThat(timeout.isSuccess()).isFalse();
        assertThat(timeout.timedOut()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> new InvocationResult("r", "{}",
                new FunctionError("x", "y"), false, Duration.ZERO, Duration.ZERO));
    }
}
