package com.instainstru.accounts.users;

import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Creates a user with one role, in one transaction: registration, the admin bootstrap and test fixtures all
 * go through here so that a user never exists without a role.
 */
@ApplicationScoped
public class AccountCreationService {

    private final UserRepository users;
    private final PermissionRepository permissions;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public AccountCreationService(UserRepository users, PermissionRepository permissions, Transactions tx,
            IdGenerator ids, Clock clock) {
        this.users = users;
        this.permissions = permissions;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    /** 409 {@code EMAIL_TAKEN} when the email (case-insensitively) already has an account. */
    public User create(NewUser user, Role role) {
        return tx.call(() -> {
            String id = ids.newId();
            Instant now = clock.instant();
            if (!users.insert(id, user, now)) {
                throw emailTaken();
            }
            permissions.assignRole(id, role, now);
            return users.findById(id).orElseThrow();
        });
    }

    private static ConflictException emailTaken() {
        return new ConflictException("EMAIL_TAKEN", "An account with this email already exists");
    }
}
