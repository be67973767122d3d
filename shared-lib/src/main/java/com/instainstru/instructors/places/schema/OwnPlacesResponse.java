package com.instainstru.instructors.places.schema;

import java.util.List;

public record OwnPlacesResponse(List<OwnPlaceResponse> places) {
}
