package com.instainstru.accounts.permissions.schema;

/**
 * The user's access after a change, and when the change reaches them. Access tokens carry the permissions
 * they were issued with, so:
 * <ul>
 *   <li>{@code takesEffect = "immediately"}: the user lost a permission or a role, so every session of theirs
 *       was ended ({@code sessionsEnded}) and they must sign in again; or nothing effective changed;</li>
 *   <li>{@code takesEffect = "next_sign_in_or_refresh"}: the change only added permissions; current access
 *       tokens keep their old set until the user signs in again or refreshes the session.</li>
 * </ul>
 */
public record AccessChangeResponse(UserAccessResponse access, boolean sessionsEnded, String takesEffect) {

    public static final String IMMEDIATELY = "immediately";
    public static final String NEXT_SIGN_IN_OR_REFRESH = "next_sign_in_or_refresh";
}
