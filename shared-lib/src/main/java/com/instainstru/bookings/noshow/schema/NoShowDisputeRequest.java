package com.instainstru.bookings.noshow.schema;

/** The accused party's dispute: the reason (10-500 characters) is required. */
public record NoShowDisputeRequest(String reason) {
}
