package com.instainstru.bookings.noshow.schema;

/** A participant's report; the body and its reason (at most 500 characters) are optional. */
public record NoShowReportRequest(String reason) {
}
