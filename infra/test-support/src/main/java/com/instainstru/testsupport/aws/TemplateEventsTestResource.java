package com.instainstru.testsupport.aws;

import com.instainstru.template.SamTemplate;
import com.instainstru.template.aws.ProvisionedEvents;
import com.instainstru.template.aws.TemplateProvisioner;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.Optional;

/**
 * Provisions template.yaml's bus, rules and queues in the AWS emulator before a {@code @QuarkusTest}
 * application starts, and points the application's publisher at that bus and the payment-scheduler at the payment
 * actions queue. Without an emulator it
 * provisions nothing; the tests then skip through {@link AwsEmulator#require()}.
 */
public class TemplateEventsTestResource implements QuarkusTestResourceLifecycleManager {

    private static ProvisionedEvents provisioned;

    @Override
    public Map<String, String> start() {
        Optional<AwsEmulator> aws = AwsEmulator.find();
        if (aws.isEmpty()) {
            return Map.of();
        }
        SamTemplate template = SamTemplate.load(SamTemplate.repositoryRoot().resolve("template.yaml"));
        try (var sqs = aws.get().sqs(); var events = aws.get().eventBridge()) {
            provisioned = TemplateProvisioner.provision(template, sqs, events, "int",
                    Long.toHexString(System.nanoTime()));
        }
        return Map.of("instainstru.events.bus-name", provisioned.busName(),
                "instainstru.payments.actions-queue-url", provisioned.queueUrl("PaymentActionsQueue"));
    }

    @Override
    public void stop() {
        // Resources carry a unique suffix; the emulator is discarded with the test run.
    }

    /** The provisioned resources; call after {@link AwsEmulator#require()}. */
    public static ProvisionedEvents provisioned() {
        if (provisioned == null) {
            throw new IllegalStateException("no AWS emulator was found when the application started");
        }
        return provisioned;
    }
}
