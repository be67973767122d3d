package com.instainstru.platform.privacy;

import com.instainstru.platform.security.AuthenticatedUser;
import com.instainstru.platform.security.Permission;

/**
 * A person's stored name and who may read it in full (reference §24): the person themselves and admins
 * (callers holding {@link Permission#VIEW_ALL_USERS}) see "First Last"; everyone else, signed in or not,
 * sees the {@link PublicName}.
 */
public record PersonName(String userId, String firstName, String lastName) {

    public PersonName {
        firstName = firstName == null ? "" : firstName;
        lastName = lastName == null ? "" : lastName;
    }

    public PublicName publicName() {
        return PublicName.of(firstName, lastName);
    }

    public String fullName() {
        return (firstName.strip() + " " + lastName.strip()).strip();
    }

    /** The name as {@code viewer} may see it; {@code null} for an anonymous viewer. */
    public String shownTo(AuthenticatedUser viewer) {
        return mayReadFullName(viewer) ? fullName() : publicName().value();
    }

    public boolean mayReadFullName(AuthenticatedUser viewer) {
        return viewer != null && (viewer.userId().equals(userId) || viewer.has(Permission.VIEW_ALL_USERS));
    }
}
