package com.instainstru.availability.guardsfixture.compliant;

/** Availability SQL on availability's own tables. */
public class FixtureDayRepository {

    static final String DAYS = "SELECT day_date, bits FROM availability_days WHERE instructor_id = ?";

    public String blackouts() {
        return "SELECT blackout_date FROM blackout_dates WHERE instructor_id = ?";
    }
}
