package com.instainstru.accounts.permissions;

import com.instainstru.accounts.users.Role;
import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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
}
