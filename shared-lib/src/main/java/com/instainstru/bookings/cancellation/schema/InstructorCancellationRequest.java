package com.instainstru.bookings.cancellation.schema;

/** An instructor's cancellation: the reason (1-500 characters) is required, the student is told why. */
public record InstructorCancellationRequest(String reason) {
}
