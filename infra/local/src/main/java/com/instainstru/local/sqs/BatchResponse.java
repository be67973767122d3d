package com.instainstru.local.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a function's {@code SQSBatchResponse} the way Lambda does with ReportBatchItemFailures: no response, an
 * empty object or an empty list mean success; a response that is not an object, or a failure whose
 * {@code itemIdentifier} is missing, empty or not a message of the batch, fails the whole batch.
 */
final class BatchResponse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchResponse() {
    }

    /** The failed message ids, or empty when the response is invalid and the whole batch counts as failed. */
    static Optional<Set<String>> failedMessageIds(String payload, Set<String> batchMessageIds) {
        JsonNode response;
        try {
            response = payload == null || payload.isBlank() ? null : JSON.readTree(payload);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (response == null || response.isNull()) {
            return Optional.of(Set.of());
        }
        if (!response.isObject()) {
            return Optional.empty();
        }
        JsonNode failures = response.get("batchItemFailures");
        if (failures == null || failures.isNull()) {
            return Optional.of(Set.of());
        }
        if (!failures.isArray()) {
            return Optional.empty();
        }
        Set<String> failed = new LinkedHashSet<>();
        for (JsonNode failure : failures) {
            JsonNode id = failure.get("itemIdentifier");
            if (id == null || !id.isTextual() || id.asText().isEmpty() || !batchMessageIds.contains(id.asText())) {
                return Optional.empty();
            }
            failed.add(id.asText());
        }
        return Optional.of(failed);
    }
}
