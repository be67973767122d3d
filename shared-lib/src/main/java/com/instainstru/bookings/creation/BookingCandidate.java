package com.instainstru.bookings.creation;

import java.time.ZoneId;

/** A request that passed the lock-free checks (steps 1-5), with what the checks under the lock need. */
public record BookingCandidate(StudentStanding student, BookableOffering service, SlotRequest slot, ZoneId zone,
        LessonTime lesson) {
}
