package com.instainstru.local.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.template.SamTemplate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads the real template.yaml the way the local runtime does. */
class LocalTemplateTest {

    private final Path root = SamTemplate.repositoryRoot();
    private final LocalTemplate template = LocalTemplate.read(SamTemplate.load(root.resolve("template.yaml")), root);

    @Test
    void readsEachFunctionWithGlobalsApplied() {
        FunctionDefinition health = template.function("HealthApiFunction");

        assertThat(health.module()).isEqualTo("health-api");
        assertThat(health.codeZip()).isEqualTo(root.resolve("functions/health-api/target/function.zip"));
        assertThat(health.handler()).isEqualTo("io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest");
        assertThat(health.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(health.memoryMb()).isEqualTo(1024);
        assertThat(health.routes()).containsExactly(new FunctionDefinition.HttpRoute("GET", "/api/v1/health"));
    }

    @Test
    void readsSchedulesAndQueueSources() {
        assertThat(template.function("OutboxRelayFunction").schedules()).extracting(FunctionDefinition.Schedule::expression)
                .containsExactly("rate(1 minute)");
        assertThat(template.function("EventWorkerFunction").queueSources())
                .containsExactly(new FunctionDefinition.QueueSource("EventWorkerQueue", 10, true));
    }

    @Test
    void readsQueuesWithTheirRedrivePolicyAndTheBusRules() {
        assertThat(template.queues()).contains(new QueueDefinition("EventWorkerQueue", 90, "EventWorkerDeadLetterQueue", 5));
        assertThat(template.busNames()).containsEntry("DomainEventBus", "instainstru-int");
        assertThat(template.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.busLogicalId()).isEqualTo("DomainEventBus");
            assertThat(rule.targetQueues()).containsExactly("EventWorkerQueue");
            assertThat(rule.eventPattern().toString()).isEqualTo("{\"source\":[\"instainstru\"]}");
        });
    }

    @Test
    void resolvesEnvironmentReferencesAndSubstitutions() {
        Map<String, String> references = new java.util.HashMap<>(template.parameters(Map.of(
                "DatabaseJdbcUrl", "jdbc:postgresql://127.0.0.1:5432/x", "DatabaseUsername", "postgres",
                "DatabasePassword", "", "RedisUrl", "redis://127.0.0.1:6379", "AccessTokenPublicKeys", "public-key",
                "AccessTokenSigningKey", "signing-key", "TwoFactorEncryptionKey", "aes-key", "ResendApiKey", "re_x")));
        references.put("DomainEventBus", "instainstru-int");

        Map<String, String> environment = template.function("OutboxRelayFunction")
                .resolvedEnvironment(new TemplateValues(references, template.declaredNames()));

        assertThat(environment).containsEntry("STAGE", "int").containsEntry("SITE_MODE", "preview")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/x")
                .containsEntry("EVENT_BUS_NAME", "instainstru-int")
                .containsEntry("REDIS_URL", "redis://127.0.0.1:6379")
                .containsEntry("ACCESS_TOKEN_PUBLIC_KEYS", "public-key")
                .doesNotContainKey("ACCESS_TOKEN_SIGNING_KEY");
    }

    @Test
    void anUnresolvableSubstitutionIsAClearError() {
        TemplateValues values = new TemplateValues(Map.of("Stage", "int"));

        assertThat(values.resolve(new ObjectMapper().valueToTree("instainstru-${Stage}"))).isEqualTo("instainstru-int");
        assertThatThrownBy(() -> values.resolve(new ObjectMapper().valueToTree("x-${Nope}")))
                .hasMessageContaining("Nope");
    }

    @Test
    void aDeclaredParameterWithoutALocalValueIsAClearError() {
        TemplateValues values = new TemplateValues(template.parameters(Map.of()), template.declaredNames());

        assertThatThrownBy(() -> template.function("HealthApiFunction").resolvedEnvironment(values))
                .hasMessageContaining("DatabaseJdbcUrl");
    }

    @Test
    void anUnknownFunctionNamesTheKnownOnes() {
        assertThatThrownBy(() -> template.function("Nope")).hasMessageContaining("HealthApiFunction");
    }
}
