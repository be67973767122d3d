package com.instainstru.accounts.privacy.schema;

import java.util.List;

/**
 * The person's instructor data, when they have an instructor profile: the profile, every service they ever
 * offered (with its format prices), the neighborhoods they cover, and their preferred places with the exact
 * coordinates (their own data; nobody else ever sees those).
 */
public record ExportedInstructor(String bio, int yearsExperience, boolean live, List<ExportedOffering> services,
        List<String> serviceAreas, List<ExportedPlace> places) {

    /** One instructor service; {@code hourlyRates} reads like {@code online=7500}, in cents. */
    public record ExportedOffering(String service, List<Integer> durationOptions, boolean active,
            List<String> hourlyRates) {
    }

    public record ExportedPlace(String kind, String label, String address, double lat, double lng) {
    }
}
