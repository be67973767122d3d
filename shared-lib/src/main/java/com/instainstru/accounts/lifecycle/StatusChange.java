package com.instainstru.accounts.lifecycle;

import com.instainstru.accounts.users.AccountStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The changes an instructor may make to their own account (reference §5): pause (suspend) an active account,
 * resume (reactivate) a suspended one, or leave for good (deactivate) from either. Deactivated is final.
 */
public enum StatusChange {
    SUSPEND("suspend", EnumSet.of(AccountStatus.ACTIVE), AccountStatus.SUSPENDED),
    REACTIVATE("reactivate", EnumSet.of(AccountStatus.SUSPENDED), AccountStatus.ACTIVE),
    DEACTIVATE("deactivate", EnumSet.of(AccountStatus.ACTIVE, AccountStatus.SUSPENDED), AccountStatus.DEACTIVATED);

    private final String value;
    private final Set<AccountStatus> from;
    private final AccountStatus to;

    StatusChange(String value, Set<AccountStatus> from, AccountStatus to) {
        this.value = value;
        this.from = from;
        this.to = to;
    }

    public String value() {
        return value;
    }

    public AccountStatus target() {
        return to;
    }

    public boolean allowedFrom(AccountStatus status) {
        return from.contains(status);
    }
}
