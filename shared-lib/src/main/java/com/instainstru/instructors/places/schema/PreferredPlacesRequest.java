package com.instainstru.instructors.places.schema;

import java.util.List;

/** The complete new list of the caller's places, at most 2 of each kind, in order of preference. */
public record PreferredPlacesRequest(List<PlaceRequest> places) {
}
