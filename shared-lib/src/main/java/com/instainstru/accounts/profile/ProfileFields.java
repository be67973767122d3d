package com.instainstru.accounts.profile;

/** The user-editable profile columns, as they will be stored. */
public record ProfileFields(String firstName, String lastName, String phone, boolean phoneVerified,
        String timeZone) {
}
