package com.instainstru.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.messaging.IdempotentConsumer.Outcome;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotentConsumerTest {

    private final TestPlatform platform = new TestPlatform(Clock.systemUTC());
    private final IdempotentConsumer consumer = new IdempotentConsumer(
            new ProcessedMessageRepository(platform.jdbc), platform.tx, platform.clock);

    @Test
    void appliesAMessageOnceAndReportsTheRedelivery() {
        String key = platform.ids.newId();
        AtomicInteger effects = new AtomicInteger();

        Outcome first = consumer.handleOnce("test", key, "sqs-1", effects::incrementAndGet);
        Outcome second = consumer.handleOnce("test", key, "sqs-2", effects::incrementAndGet);

        assertThat(first).isEqualTo(Outcome.APPLIED);
        assertThat(second).isEqualTo(Outcome.DUPLICATE);
        assertThat(effects).hasValue(1);
    }

    @Test
    void aFailedEffectLeavesNoRecordSoTheRetryApplies() {
        String key = platform.ids.newId();

        assertThatThrownBy(() -> consumer.handleOnce("test", key, "sqs-1", () -> {
            throw new IllegalStateException("downstream failed");
        })).isInstanceOf(IllegalStateException.class);
        AtomicInteger effects = new AtomicInteger();

        assertThat(consumer.handleOnce("test", key, "sqs-1", effects::incrementAndGet)).isEqualTo(Outcome.APPLIED);
        assertThat(effects).hasValue(1);
    }

    @Test
    void keysAreScopedPerConsumer() {
        String key = platform.ids.newId();

        assertThat(consumer.handleOnce("badges", key, null, () -> { })).isEqualTo(Outcome.APPLIED);
        assertThat(consumer.handleOnce("notifications", key, null, () -> { })).isEqualTo(Outcome.APPLIED);
    }
}
