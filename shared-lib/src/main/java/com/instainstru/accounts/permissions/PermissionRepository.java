package com.instainstru.accounts.permissions;

import com.instainstru.accounts.users.Role;
import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@ApplicationScoped
public class PermissionRepository {

    private final Jdbc jdbc;

    public PermissionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Role grants plus per-user grants, minus per-user revocations; names as stored. */
    public List<String> effectivePermissionNames(String userId) {
        return jdbc.query("""
                SELECT p.name FROM permissions p
                 WHERE (EXISTS (SELECT 1 FROM user_roles ur
                                  JOIN role_permissions rp ON rp.role_id = ur.role_id
                                 WHERE ur.user_id = ? AND rp.permission_id = p.id)
                        OR EXISTS (SELECT 1 FROM user_permissions up
                                    WHERE up.user_id = ? AND up.permission_id = p.id AND up.granted))
                   AND NOT EXISTS (SELECT 1 FROM user_permissions up
                                    WHERE up.user_id = ? AND up.permission_id = p.id AND NOT up.granted)
                 ORDER BY p.name
                """, row -> row.string("name"), userId, userId, userId);
    }

    public List<Role> roles(String userId) {
        return jdbc.query("""
                SELECT r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id
                 WHERE ur.user_id = ? ORDER BY r.name
                """, row -> Role.fromValue(row.string("name")), userId);
    }

    public void assignRole(String userId, Role role, Instant at) {
        jdbc.update("""
                INSERT INTO user_roles (user_id, role_id, granted_at)
                SELECT ?, id, ? FROM roles WHERE name = ?
                ON CONFLICT DO NOTHING
                """, userId, at, role.value());
    }

    public boolean removeRole(String userId, Role role) {
        return jdbc.update("""
                DELETE FROM user_roles WHERE user_id = ? AND role_id = (SELECT id FROM roles WHERE name = ?)
                """, userId, role.value()) > 0;
    }

    public List<RoleGrant> roleGrants(String userId) {
        return jdbc.query("""
                SELECT r.name, ur.granted_at FROM user_roles ur JOIN roles r ON r.id = ur.role_id
                 WHERE ur.user_id = ? ORDER BY r.name
                """, row -> new RoleGrant(row.string("name"), row.instant("granted_at")), userId);
    }

    /** Every permission with its group and the roles that grant it by default, by group then name. */
    public List<PermissionDefinition> definitions() {
        return jdbc.query("""
                SELECT p.name, p.permission_group,
                       coalesce(string_agg(r.name, ',' ORDER BY r.name), '') AS role_names
                  FROM permissions p
                  LEFT JOIN role_permissions rp ON rp.permission_id = p.id
                  LEFT JOIN roles r ON r.id = rp.role_id
                 GROUP BY p.name, p.permission_group
                 ORDER BY array_position(ARRAY['shared', 'student', 'instructor', 'admin'], p.permission_group::text),
                          p.name
                """, row -> new PermissionDefinition(row.string("name"), row.string("permission_group"),
                names(row.string("role_names"))));
    }

    public List<PermissionOverride> overrides(String userId) {
        return jdbc.query("""
                SELECT p.name, up.granted, up.changed_at
                  FROM user_permissions up JOIN permissions p ON p.id = up.permission_id
                 WHERE up.user_id = ? ORDER BY p.name
                """, row -> new PermissionOverride(row.string("name"), row.bool("granted"), row.instant("changed_at")),
                userId);
    }

    /** Grants or revokes one permission for one user, replacing an earlier override of it. */
    public void setOverride(String userId, String permission, boolean granted, Instant at) {
        int written = jdbc.update("""
                INSERT INTO user_permissions (user_id, permission_id, granted, changed_at)
                SELECT ?, id, ?, ? FROM permissions WHERE name = ?
                ON CONFLICT (user_id, permission_id) DO UPDATE
                   SET granted = EXCLUDED.granted, changed_at = EXCLUDED.changed_at
                """, userId, granted, at, permission);
        if (written != 1) {
            throw new IllegalArgumentException("no permission named " + permission);
        }
    }

    public boolean removeOverride(String userId, String permission) {
        return jdbc.update("""
                DELETE FROM user_permissions
                 WHERE user_id = ? AND permission_id = (SELECT id FROM permissions WHERE name = ?)
                """, userId, permission) > 0;
    }

    public int removeAllOverrides(String userId) {
        return jdbc.update("DELETE FROM user_permissions WHERE user_id = ?", userId);
    }

    private static List<String> names(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
