package com.instainstru.accounts.permissions;

import com.instainstru.accounts.permissions.schema.AccessChangeResponse;
import com.instainstru.accounts.permissions.schema.PermissionOverrideRequest;
import com.instainstru.accounts.permissions.schema.RoleAssignmentRequest;
import com.instainstru.accounts.permissions.schema.UserAccessResponse;
import com.instainstru.accounts.sessions.SessionService;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.UserLookup;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.security.Permission;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Administration of one user's access: their roles and per-user permission overrides (reference §3). Every
 * change is audited in its own transaction. Access tokens carry the permissions they were issued with, so a
 * change that takes anything away (a removed role, a revoked permission, a removed grant) ends every session
 * of the user at once; a change that only adds reaches the user at their next sign-in or refresh.
 */
@ApplicationScoped
public class UserAccessService {

    private final PermissionRepository permissions;
    private final UserLookup users;
    private final SessionService sessions;
    private final AuditService audit;
    private final Transactions tx;
    private final Clock clock;

    public UserAccessService(PermissionRepository permissions, UserLookup users, SessionService sessions,
            AuditService audit, Transactions tx, Clock clock) {
        this.permissions = permissions;
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** 404 for an unknown user. */
    public UserAccessResponse access(String userId) {
        users.require(userId);
        return currentAccess(userId);
    }

    /**
     * Replaces the user's roles with exactly {@code request.roles}. 400 for a missing, empty or unknown role;
     * 422 {@code ROLES_MUTUALLY_EXCLUSIVE} for student with instructor; 422 {@code CANNOT_REMOVE_OWN_ADMIN_ROLE}
     * when an admin would take the admin role from themselves.
     */
    public AccessChangeResponse replaceRoles(String actorId, String userId, RoleAssignmentRequest request) {
        Set<Role> wanted = requestedRoles(request);
        if (wanted.contains(Role.STUDENT) && wanted.contains(Role.INSTRUCTOR)) {
            throw new BusinessRuleException("ROLES_MUTUALLY_EXCLUSIVE",
                    "A user cannot be both student and instructor");
        }
        return tx.call(() -> {
            users.requireForUpdate(userId);
            Set<Role> before = roleSet(userId);
            if (actorId.equals(userId) && before.contains(Role.ADMIN) && !wanted.contains(Role.ADMIN)) {
                throw new BusinessRuleException("CANNOT_REMOVE_OWN_ADMIN_ROLE",
                        "Admins cannot remove the admin role from themselves; ask another admin");
            }
            if (before.equals(wanted)) {
                return unchanged(userId);
            }
            Set<String> effectiveBefore = effective(userId);
            Set<Role> removed = EnumSet.copyOf(before);
            removed.removeAll(wanted);
            Set<Role> added = EnumSet.copyOf(wanted);
            added.removeAll(before);
            // Removals first: the database refuses student and instructor together even for a moment.
            removed.forEach(role -> permissions.removeRole(userId, role));
            Instant now = clock.instant();
            added.forEach(role -> permissions.assignRole(userId, role, now));
            audit.record(actorId, AccessAuditActions.ROLES_REPLACED, AuditedEntity.user(userId),
                    Map.of("roles", names(before)), Map.of("roles", names(wanted)));
            return changed(userId, effectiveBefore, !removed.isEmpty());
        });
    }

    /** Grants ({@code granted: true}) or revokes one permission for the user. 404 for an unknown permission. */
    public AccessChangeResponse setOverride(String actorId, String userId, String permissionName,
            PermissionOverrideRequest request) {
        Permission permission = known(permissionName);
        FieldRules.check().required("granted", request.granted()).orThrow();
        boolean granted = request.granted();
        return tx.call(() -> {
            users.requireForUpdate(userId);
            Optional<PermissionOverride> before = override(userId, permission);
            if (before.isPresent() && before.get().granted() == granted) {
                return unchanged(userId);
            }
            Set<String> effectiveBefore = effective(userId);
            permissions.setOverride(userId, permission.value(), granted, clock.instant());
            audit.record(actorId, AccessAuditActions.OVERRIDE_SET, AuditedEntity.user(userId),
                    overrideState(permission, before.map(PermissionOverride::granted).orElse(null)),
                    overrideState(permission, granted));
            return changed(userId, effectiveBefore, false);
        });
    }

    /** Drops the user's override of one permission, so their roles decide again. 404 when there is none. */
    public AccessChangeResponse removeOverride(String actorId, String userId, String permissionName) {
        Permission permission = known(permissionName);
        return tx.call(() -> {
            users.requireForUpdate(userId);
            PermissionOverride before = override(userId, permission).orElseThrow(() ->
                    new ResourceNotFoundException("OVERRIDE_NOT_FOUND",
                            "The user has no override of the permission '" + permission.value() + "'"));
            Set<String> effectiveBefore = effective(userId);
            permissions.removeOverride(userId, permission.value());
            audit.record(actorId, AccessAuditActions.OVERRIDE_REMOVED, AuditedEntity.user(userId),
                    overrideState(permission, before.granted()), overrideState(permission, null));
            return changed(userId, effectiveBefore, false);
        });
    }

    private AccessChangeResponse changed(String userId, Set<String> effectiveBefore, boolean roleRemoved) {
        Set<String> effectiveAfter = effective(userId);
        boolean lostAny = !effectiveAfter.containsAll(effectiveBefore);
        boolean endSessions = roleRemoved || lostAny;
        if (endSessions) {
            sessions.endAllSessions(userId);
        }
        boolean onlyGained = !endSessions && !effectiveBefore.equals(effectiveAfter);
        return new AccessChangeResponse(currentAccess(userId), endSessions,
                onlyGained ? AccessChangeResponse.NEXT_SIGN_IN_OR_REFRESH : AccessChangeResponse.IMMEDIATELY);
    }

    private AccessChangeResponse unchanged(String userId) {
        return new AccessChangeResponse(currentAccess(userId), false, AccessChangeResponse.IMMEDIATELY);
    }

    private UserAccessResponse currentAccess(String userId) {
        return new UserAccessResponse(userId, names(roleSet(userId)), permissions.overrides(userId),
                permissions.effectivePermissionNames(userId));
    }

    private Set<String> effective(String userId) {
        return new HashSet<>(permissions.effectivePermissionNames(userId));
    }

    private Set<Role> roleSet(String userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(permissions.roles(userId));
        return roles;
    }

    private Optional<PermissionOverride> override(String userId, Permission permission) {
        return permissions.overrides(userId).stream()
                .filter(override -> override.permission().equals(permission.value()))
                .findFirst();
    }

    private static Set<Role> requestedRoles(RoleAssignmentRequest request) {
        FieldRules rules = FieldRules.check().required("roles", request.roles());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (request.roles() != null) {
            rules.rule(!request.roles().isEmpty(), "roles", "min_items", "roles must name at least one role");
            for (int i = 0; i < request.roles().size(); i++) {
                String name = request.roles().get(i);
                Optional<Role> role = roleNamed(name);
                rules.rule(role.isPresent(), "roles[" + i + "]", "known_role",
                        "roles[" + i + "] must be one of student, instructor, admin");
                role.ifPresent(roles::add);
            }
        }
        rules.orThrow();
        return roles;
    }

    private static Optional<Role> roleNamed(String name) {
        for (Role role : Role.values()) {
            if (role.value().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static Permission known(String permissionName) {
        return Permission.fromValue(permissionName).orElseThrow(() -> new ResourceNotFoundException(
                "UNKNOWN_PERMISSION", "There is no permission named '" + permissionName + "'"));
    }

    private static List<String> names(Set<Role> roles) {
        List<String> names = new ArrayList<>();
        roles.forEach(role -> names.add(role.value()));
        names.sort(null);
        return names;
    }

    /** Audit state of one override; {@code granted} null means no override. */
    private static Map<String, Object> overrideState(Permission permission, Boolean granted) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("permission", permission.value());
        state.put("granted", granted);
        return state;
    }
}
