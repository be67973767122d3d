package com.instainstru.bookings.listing.schema;

import com.instainstru.platform.privacy.PublicName;

/** The other side of a booking: an id and "FirstName L.", never contact details. */
public record Participant(String id, PublicName name) {
}
