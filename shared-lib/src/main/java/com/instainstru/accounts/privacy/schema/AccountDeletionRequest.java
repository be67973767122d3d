package com.instainstru.accounts.privacy.schema;

/** The caller's current password: deleting one's own account needs a fresh proof of identity. */
public record AccountDeletionRequest(String password) {

    @Override
    public String toString() {
        return "AccountDeletionRequest[password=***]";
    }
}
