package com.instainstru.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.testsupport.db.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event-worker and outbox-relay function.zips under the RIC: typed handlers, their results and errors. */
class WorkerFunctionsTest {

    @TempDir
    Path work;

    private LocalFunction function(String logicalId, String module) {
        FunctionSpec spec = TestFunctions.spec(logicalId, module, TestFunctions.environment(TestDatabase.shared()),
                Duration.ofSeconds(15));
        return new LocalFunction(spec, work, new LogCapture());
    }

    @Test
    void handlerExceptionIsAFunctionErrorAndTheEnvironmentStaysWarm() {
        String withoutTime = TestFunctions.event("outbox-relay/scheduled.json").replaceAll("\"time\":[^,]*,", "");
        try (LocalFunction relay = function("OutboxRelayFunction", "outbox-relay")) {
            InvocationResult first = relay.invoke(withoutTime);
            long pid = relay.pid().orElseThrow();
            InvocationResult second = relay.invoke(withoutTime);

            assertThat(first.isSuccess()).isFalse();
            assertThat(first.timedOut()).isFalse();
            assertThat(first.payload()).isNull();
            assertThat(first.error().errorType()).isEqualTo("java.lang.IllegalArgumentException");
            assertThat(first.error().errorMessage()).endsWith("has no time");
            assertThat(first.error().stackTrace()).anySatisfy(frame -> assertThat(frame).contains("requireTime"));
            assertThat(second.error().errorType()).isEqualTo("java.lang.IllegalArgumentException");
            assertThat(relay.pid()).hasValue(pid);
        }
    }

    @Test
    void eventWorkerTakesAnSqsBatchAndFailsOnAnEventOfTheWrongShape() {
        try (LocalFunction worker = function("EventWorkerFunction", "event-worker")) {
            InvocationResult batch = worker.invoke(TestFunctions.event("event-worker/sqs-batch.json"));
            InvocationResult wrongShape = worker.invoke("{\"Records\":\"not a list\"}");

            assertThat(batch.isSuccess()).as("%s", batch).isTrue();
            assertThat(batch.payload()).isEqualTo("{\"batchItemFailures\":[]}");
            assertThat(wrongShape.isSuccess()).isFalse();
            assertThat(wrongShape.error().errorType()).endsWith("MismatchedInputException");
        }
    }
}
