package com.instainstru.bookings.noshow.schema;

/** An admin's report: {@code type} is instructor, student or mutual; the reason (at most 500 characters) is optional. */
public record AdminNoShowReportRequest(String type, String reason) {
}
