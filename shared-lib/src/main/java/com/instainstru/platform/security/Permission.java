package com.instainstru.platform.security;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 36 permissions of reference §3. Endpoints check these, never roles; the database seeds them with
 * the default grants (V2__accounts.sql) and per-user overrides add or remove single ones.
 */
public enum Permission {
    // shared
    MANAGE_OWN_PROFILE("manage_own_profile"),
    VIEW_OWN_BOOKINGS("view_own_bookings"),
    VIEW_OWN_SEARCH_HISTORY("view_own_search_history"),
    CHANGE_OWN_PASSWORD("change_own_password"),
    DELETE_OWN_ACCOUNT("delete_own_account"),
    // student
    VIEW_INSTRUCTORS("view_instructors"),
    VIEW_INSTRUCTOR_AVAILABILITY("view_instructor_availability"),
    CREATE_BOOKINGS("create_bookings"),
    CANCEL_OWN_BOOKINGS("cancel_own_bookings"),
    VIEW_BOOKING_DETAILS("view_booking_details"),
    SEND_MESSAGES("send_messages"),
    VIEW_MESSAGES("view_messages"),
    // instructor
    MANAGE_INSTRUCTOR_PROFILE("manage_instructor_profile"),
    MANAGE_SERVICES("manage_services"),
    MANAGE_AVAILABILITY("manage_availability"),
    VIEW_INCOMING_BOOKINGS("view_incoming_bookings"),
    COMPLETE_BOOKINGS("complete_bookings"),
    CANCEL_STUDENT_BOOKINGS("cancel_student_bookings"),
    VIEW_OWN_INSTRUCTOR_ANALYTICS("view_own_instructor_analytics"),
    SUSPEND_OWN_INSTRUCTOR_ACCOUNT("suspend_own_instructor_account"),
    // admin
    ADMIN_READ("admin:read"),
    ADMIN_MANAGE("admin:manage"),
    MCP_ACCESS("mcp:access"),
    VIEW_ALL_USERS("view_all_users"),
    MANAGE_USERS("manage_users"),
    VIEW_SYSTEM_ANALYTICS("view_system_analytics"),
    EXPORT_ANALYTICS("export_analytics"),
    VIEW_ALL_BOOKINGS("view_all_bookings"),
    MANAGE_ALL_BOOKINGS("manage_all_bookings"),
    ACCESS_MONITORING("access_monitoring"),
    MODERATE_CONTENT("moderate_content"),
    MODERATE_MESSAGES("moderate_messages"),
    VIEW_FINANCIALS("view_financials"),
    MANAGE_FINANCIALS("manage_financials"),
    MANAGE_ROLES("manage_roles"),
    MANAGE_PERMISSIONS("manage_permissions");

    private static final Map<String, Permission> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Permission::value, Function.identity()));

    private final String value;

    Permission(String value) {
        this.value = value;
    }

    /** The name stored in the database and carried in access tokens. */
    public String value() {
        return value;
    }

    public static Optional<Permission> fromValue(String value) {
        return Optional.ofNullable(BY_NAME.get(value));
    }
}
