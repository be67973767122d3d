package com.instainstru.accounts.users;

import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.ids.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Finds the user a request names, or answers 404 {@code USER_NOT_FOUND}: for a malformed id exactly as for
 * an unknown one, so ids cannot be probed.
 */
@ApplicationScoped
public class UserLookup {

    private final UserRepository users;

    public UserLookup(UserRepository users) {
        this.users = users;
    }

    public User require(String userId) {
        if (!IdGenerator.isUlid(userId)) {
            throw notFound();
        }
        return users.findById(userId).orElseThrow(UserLookup::notFound);
    }

    /** Inside a transaction: also locks the row until it ends, serializing changes to the same user. */
    public User requireForUpdate(String userId) {
        if (!IdGenerator.isUlid(userId)) {
            throw notFound();
        }
        return users.findByIdForUpdate(userId).orElseThrow(UserLookup::notFound);
    }

    private static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException("USER_NOT_FOUND", "No such user");
    }
}
