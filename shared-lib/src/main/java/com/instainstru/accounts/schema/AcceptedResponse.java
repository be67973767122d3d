package com.instainstru.accounts.schema;

/**
 * The same 202 answer whatever happened behind it (an email sent or not, an account created or not), so
 * that these endpoints never reveal whether an address has an account.
 */
public record AcceptedResponse(String message) {
}
