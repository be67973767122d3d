package com.instainstru.instructors.places.schema;

import java.util.List;

public record PublicPlacesResponse(List<PublicPlaceResponse> places) {
}
