package com.instainstru.accounts.privacy.schema;

import com.instainstru.accounts.permissions.PermissionOverride;
import com.instainstru.accounts.permissions.RoleGrant;
import com.instainstru.platform.audit.AuditEntry;
import java.time.Instant;
import java.util.List;

/**
 * Everything the accounts tables hold about one person (GDPR data portability, reference §5 and §24),
 * without secrets: no password hash, TOTP secret, backup codes or token hashes.
 */
public record PersonalDataExport(
        Instant exportedAt,
        ExportedProfile profile,
        List<RoleGrant> roles,
        List<PermissionOverride> permissionOverrides,
        List<ExportedSession> sessions,
        ExportedTwoFactor twoFactor,
        ExportedInstructor instructor,
        List<AuditEntry> auditEntries) {
}
