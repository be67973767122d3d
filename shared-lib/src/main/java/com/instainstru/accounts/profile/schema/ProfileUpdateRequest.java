package com.instainstru.accounts.profile.schema;

/**
 * A partial update of the caller's profile: absent (or null) fields stay as they are. {@code phone} is an
 * international number ("+12125550100"; spaces, dashes, dots and brackets are ignored; ten digits are read
 * as a US number) or "" to remove it; a new number is unverified. {@code timeZone} is an IANA zone id such
 * as "America/New_York".
 */
public record ProfileUpdateRequest(String firstName, String lastName, String phone, String timeZone) {
}
