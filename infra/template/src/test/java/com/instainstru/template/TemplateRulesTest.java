package com.instainstru.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRulesTest {

    @TempDir
    Path repository;

    @Test
    void theRealTemplateFollowsEveryRule() {
        Path root = SamTemplate.repositoryRoot();

        assertThat(TemplateRules.violations(SamTemplate.load(root.resolve("template.yaml")), root)).isEmpty();
    }

    @Test
    void httpRoutesLiveUnderApiV1() throws Exception {
        withModule("status-api");

        assertThat(violations("http-path-outside-api-v1.yaml")).containsExactly(
                "[http-path] StatusFunction: event GetStatus path '/status' must start with /api/v1/");
    }

    @Test
    void everyQueueThatIsNotADeadLetterQueueRedrivesAfterFiveReceives() throws Exception {
        assertThat(violations("queue-without-dead-letter-queue.yaml")).containsExactlyInAnyOrder(
                "[dead-letter-queue] OrdersQueue: needs a RedrivePolicy with a deadLetterTargetArn",
                "[dead-letter-queue] PaymentsQueue: RedrivePolicy maxReceiveCount must be 5, was 3");
    }

    @Test
    void sqsEventsReportBatchItemFailures() throws Exception {
        withModule("payment-worker");

        assertThat(violations("sqs-event-without-batch-item-failures.yaml")).containsExactly(
                "[batch-item-failures] PaymentWorkerFunction: SQS event Payments needs FunctionResponseTypes [ReportBatchItemFailures]");
    }

    @Test
    void queueVisibilityTimeoutIsAtLeastSixTimesTheConsumersTimeout() throws Exception {
        withModule("slow-worker");
        withModule("fast-worker");

        assertThat(violations("visibility-timeout-too-short.yaml")).containsExactlyInAnyOrder(
                "[visibility-timeout] JobsQueue: VisibilityTimeout 90 is below 6 x SlowWorkerFunction Timeout 20 = 120",
                "[visibility-timeout] PingsQueue: VisibilityTimeout 30 is below 6 x FastWorkerFunction Timeout 15 = 90");
    }

    @Test
    void codeUriIsTheZipOfAnExistingFunctionModule() throws Exception {
        assertThat(violations("code-uri-not-a-module.yaml")).containsExactlyInAnyOrder(
                "[code-uri] LooseFunction: CodeUri 'build/loose.zip' must be functions/<module>/target/function.zip",
                "[code-uri] GhostFunction: CodeUri module functions/ghost-api has no pom.xml",
                "[sample-events] GhostFunction: needs at least one sample event events/ghost-api/*.json");
    }

    @Test
    void everyFunctionHasASampleEvent() throws Exception {
        Files.createDirectories(repository.resolve("functions/quiet-worker"));
        Files.writeString(repository.resolve("functions/quiet-worker/pom.xml"), "<project/>");
        Files.createDirectories(repository.resolve("events/quiet-worker"));
        Files.writeString(repository.resolve("events/quiet-worker/README.txt"), "not an event");

        assertThat(violations("function-without-sample-events.yaml")).containsExactly(
                "[sample-events] QuietWorkerFunction: needs at least one sample event events/quiet-worker/*.json");
    }

    private void withModule(String module) throws IOException {
        Files.createDirectories(repository.resolve("functions").resolve(module));
        Files.writeString(repository.resolve("functions").resolve(module).resolve("pom.xml"), "<project/>");
        Files.createDirectories(repository.resolve("events").resolve(module));
        Files.writeString(repository.resolve("events").resolve(module).resolve("sample.json"), "{}");
    }

    private List<String> violations(String fixture) throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/templates/" + fixture).toURI());
        return TemplateRules.violations(SamTemplate.load(file), repository);
    }
}
