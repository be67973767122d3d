package com.instainstru.platform.events;

/** What one relay run did: events claimed, published, and left for a later run. */
public record RelayReport(int claimed, int published, int failed) {
}
