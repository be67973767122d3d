package com.instainstru.bookings.cancellation.schema;

/** A student's cancellation; the body and its reason (at most 500 characters) are optional. */
public record StudentCancellationRequest(String reason) {
}
