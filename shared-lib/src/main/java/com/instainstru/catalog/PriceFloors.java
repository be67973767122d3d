package com.instainstru.catalog;

/**
 * The hourly price floors (reference §7): $80/h in person (student_location, instructor_location) and
 * $60/h online, unless the catalog service sets its own floor for that side.
 */
public final class PriceFloors {

    public static final int IN_PERSON_CENTS = 8_000;
    public static final int ONLINE_CENTS = 6_000;

    private PriceFloors() {
    }

    public static int inPerson(CatalogEntry service) {
        return service.minInPersonRateCents() == null ? IN_PERSON_CENTS : service.minInPersonRateCents();
    }

    public static int online(CatalogEntry service) {
        return service.minOnlineRateCents() == null ? ONLINE_CENTS : service.minOnlineRateCents();
    }
}
