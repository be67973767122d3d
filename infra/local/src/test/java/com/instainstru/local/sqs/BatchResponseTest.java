package com.instainstru.local.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lambda's table of partial batch responses (with-sqs.html, "Success and failure conditions"). */
class BatchResponseTest {

    private static final Set<String> BATCH = Set.of("m1", "m2");

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "null", "{}", "{\"batchItemFailures\":null}", "{\"batchItemFailures\":[]}"})
    void responsesWithoutFailuresMeanSuccess(String payload) {
        assertThat(BatchResponse.failedMessageIds(payload, BATCH)).hasValue(Set.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"m2\"}]}",
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"m2\"},{\"itemIdentifier\":\"m2\"}]}"})
    void reportedMessagesFail(String payload) {
        assertThat(BatchResponse.failedMessageIds(payload, BATCH)).hasValue(Set.of("m2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"\"}]}",
            "{\"batchItemFailures\":[{\"itemIdentifier\":null}]}",
            "{\"batchItemFailures\":[{\"itemIdentifer\":\"m1\"}]}",
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"m3\"}]}",
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"m1\"},{\"itemIdentifier\":\"m3\"}]}",
            "{\"batchItemFailures\":\"m1\"}",
            "\"ok\"",
            "[]",
            "{not json"})
    void anythingElseFailsTheWholeBatch(String payload) {
        assertThat(BatchResponse.failedMessageIds(payload, BATCH)).isEqualTo(Optional.empty());
    }
}
