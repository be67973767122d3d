package com.instainstru.bookings.completion.schema;

import java.time.Instant;

public record CompletionResponse(String bookingId, String status, Instant completedAt) {
}
