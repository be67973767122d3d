package com.instainstru.local.eventbridge;

import java.util.List;

/**
 * The answer to PutEvents: one entry per request entry, in request order.
 *
 * @param failedEntryCount how many entries have an error code
 */
public record PutEventsResult(int failedEntryCount, List<ResultEntry> entries) {

    public PutEventsResult {
        entries = List.copyOf(entries);
    }

    static PutEventsResult of(List<ResultEntry> entries) {
        return new PutEventsResult((int) entries.stream().filter(ResultEntry::failed).count(), entries);
    }

    /** Either an event id, or an error code and message. */
    public record ResultEntry(String eventId, String errorCode, String errorMessage) {

        public static ResultEntry success(String eventId) {
            return new ResultEntry(eventId, null, null);
        }

        public static ResultEntry failure(String errorCode, String errorMessage) {
            return new ResultEntry(null, errorCode, errorMessage);
        }

        public boolean failed() {
            return errorCode != null;
        }
    }
}
