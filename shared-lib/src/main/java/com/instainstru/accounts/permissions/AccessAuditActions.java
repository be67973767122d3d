package com.instainstru.accounts.permissions;

/** The {@code audit_log.action} values of access administration. */
final class AccessAuditActions {

    static final String ROLES_REPLACED = "access.roles_replaced";
    static final String OVERRIDE_SET = "access.permission_override_set";
    static final String OVERRIDE_REMOVED = "access.permission_override_removed";

    private AccessAuditActions() {
    }
}
