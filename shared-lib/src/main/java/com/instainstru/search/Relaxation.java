package com.instainstru.search;

import java.util.ArrayList;
import java.util.List;

/** The relaxation steps, in the order they are tried (reference §22, without its time-of-day step). */
enum Relaxation {
    DATE("date") {
        @Override
        boolean applies(Filters f) {
            return f.date() != null;
        }

        @Override
        Filters apply(Filters f) {
            return new Filters(null, f.skill(), f.audience(), f.radiusMeters(), f.maxPriceCents());
        }
    },
    SKILL("skill") {
        @Override
        boolean applies(Filters f) {
            return f.skill() != null;
        }

        @Override
        Filters apply(Filters f) {
            return new Filters(f.date(), null, f.audience(), f.radiusMeters(), f.maxPriceCents());
        }
    },
    AUDIENCE("audience") {
        @Override
        boolean applies(Filters f) {
            return f.audience() != null;
        }

        @Override
        Filters apply(Filters f) {
            return new Filters(f.date(), f.skill(), null, f.radiusMeters(), f.maxPriceCents());
        }
    },
    /** The soft location fallback: 5 km becomes 10 km. */
    RADIUS("location_10km") {
        @Override
        boolean applies(Filters f) {
            return f.radiusMeters() != null && f.radiusMeters() < SearchService.FALLBACK_RADIUS_METERS;
        }

        @Override
        Filters apply(Filters f) {
            return new Filters(f.date(), f.skill(), f.audience(), SearchService.FALLBACK_RADIUS_METERS,
                    f.maxPriceCents());
        }
    },
    LOCATION("location") {
        @Override
        boolean applies(Filters f) {
            return f.radiusMeters() != null;
        }

        @Override
        Filters apply(Filters f) {
            return new Filters(f.date(), f.skill(), f.audience(), null, f.maxPriceCents());
        }
    },
    PRICE("price") {
        @Override
        boolean applies(Filters f) {
            return f.maxPriceCents() != null;
        }

        @Override
        Filters apply(Filters f) {
            return new Filters(f.date(), f.skill(), f.audience(), f.radiusMeters(), null);
        }
    };

    private final String code;

    Relaxation(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    abstract boolean applies(Filters filters);

    abstract Filters apply(Filters filters);

    /** One sentence for people; null when nothing was relaxed. */
    static String explain(List<Relaxation> relaxed, SearchCriteria criteria) {
        if (relaxed.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Relaxation step : relaxed) {
            parts.add(switch (step) {
                case DATE -> "instructors not free on " + criteria.date();
                case SKILL -> "instructors who do not list the " + criteria.skill().wire() + " level";
                case AUDIENCE -> "instructors who do not teach " + criteria.audience().wire();
                case RADIUS -> "instructors up to 10 km away instead of 5 km";
                case LOCATION -> "instructors farther than 10 km away";
                case PRICE -> "instructors above your maximum price of $"
                        + String.format(java.util.Locale.ROOT, "%.2f", criteria.maxPriceCents() / 100.0) + "/h";
            });
        }
        return "Fewer than " + SearchService.ENOUGH + " instructors matched every filter, so the results also include "
                + String.join(", ", parts) + ".";
    }
}
