package com.instainstru.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchProcessorTest {

    @Test
    void reportsOnlyTheFailedMessagesOfAStandardQueueBatch() {
        List<String> handled = new ArrayList<>();
        List<BatchMessage> batch = List.of(new BatchMessage("m1", "ok", null), new BatchMessage("m2", "poison", null),
                new BatchMessage("m3", "ok", null));

        List<String> failed = BatchProcessor.process(batch, message -> {
            if (message.body().equals("poison")) {
                throw new IllegalArgumentException("cannot parse");
            }
            handled.add(message.messageId());
        });

        assertThat(failed).containsExactly("m2");
        assertThat(handled).containsExactly("m1", "m3");
    }

    @Test
    void aFifoBatchFailsEverythingAfterTheFirstFailureToKeepOrder() {
        List<String> handled = new ArrayList<>();
        List<BatchMessage> batch = List.of(new BatchMessage("m1", "ok", "g"), new BatchMessage("m2", "poison", "g"),
                new BatchMessage("m3", "ok", "g"));

        List<String> failed = BatchProcessor.process(batch, message -> {
            if (message.body().equals("poison")) {
                throw new IllegalArgumentException("cannot parse");
            }
            handled.add(message.messageId());
        });

        assertThat(failed).containsExactly("m2", "m3");
        assertThat(handled).containsExactly("m1");
    }

    @Test
    void anEmptyListMeansTheWholeBatchSucceeded() {
        assertThat(BatchProcessor.process(List.of(new BatchMessage("m1", "ok", null)), message -> { })).isEmpty();
    }
}
