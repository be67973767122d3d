package com.instainstru.accounts.lifecycle.schema;

import java.util.List;

/**
 * The caller's account status ({@code active}, {@code suspended}, {@code deactivated}) and the changes they
 * may make now ({@code suspend}, {@code reactivate}, {@code deactivate}); empty for callers who may not change
 * their status (students).
 */
public record AccountStatusResponse(String userId, String accountStatus, List<String> allowedTransitions) {
}
