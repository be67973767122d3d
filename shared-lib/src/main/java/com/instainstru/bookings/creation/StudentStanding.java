package com.instainstru.bookings.creation;

/** What the booking rules need to know about the student: who, where, and whether the account may book. */
public record StudentStanding(String studentId, String timeZone, String accountStatus, boolean locked,
        boolean restricted, boolean creditFrozen) {
}
