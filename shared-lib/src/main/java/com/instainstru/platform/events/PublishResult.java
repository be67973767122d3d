package com.instainstru.platform.events;

/** The outcome of publishing one event; {@code error} is set when it failed. */
public record PublishResult(String eventId, String error) {

    public static PublishResult published(String eventId) {
        return new PublishResult(eventId, null);
    }

    public static PublishResult failed(String eventId, String error) {
        return new PublishResult(eventId, error);
    }

    public boolean isPublished() {
        return error == null;
    }
}
