package com.instainstru.instructors.places;

import com.instainstru.geo.Coordinates;

/** One stored place: the exact point (private) and its published stand-in 25-50 m away. */
public record PreferredPlace(String id, PlaceKind kind, int position, String label, String address, Coordinates exact,
        Coordinates approx) {
}
