package com.instainstru.availability.guardsfixture.bookingsql;

/** Violates layer independence without importing anything from bookings: its SQL reads the bookings tables. */
public class FixtureFreeSlotRepository {

    static final String FREE_DAYS = """
            SELECT a.day_date FROM availability_days a
              LEFT JOIN bookings b ON b.instructor_id = a.instructor_id AND b.booking_date = a.day_date
             WHERE b.id IS NULL
            """;

    public String lockedDays(String instructorId) {
        return "SELECT booking_date FROM booking_locks WHERE instructor_id = " + instructorId;
    }
}
