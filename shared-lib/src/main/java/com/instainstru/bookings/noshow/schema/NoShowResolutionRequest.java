package com.instainstru.bookings.noshow.schema;

/** An admin's resolution: confirmed_after_review, dispute_upheld or cancelled. */
public record NoShowResolutionRequest(String resolution) {
}
