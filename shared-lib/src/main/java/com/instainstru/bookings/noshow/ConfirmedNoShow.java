package com.instainstru.bookings.noshow;

/** A report the automatic confirmation claimed. */
public record ConfirmedNoShow(String bookingId, String studentId, String instructorId) {
}
