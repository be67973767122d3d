package com.instainstru.accounts.lifecycle;

import com.instainstru.accounts.lifecycle.schema.AccountStatusResponse;
import com.instainstru.accounts.sessions.SessionService;
import com.instainstru.accounts.users.AccountStatus;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserLookup;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.ForbiddenException;
import com.instainstru.platform.security.AuthenticatedUser;
import com.instainstru.platform.security.Permission;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An instructor pausing, resuming or closing their own account (reference §5). Only callers holding
 * {@link Permission#SUSPEND_OWN_INSTRUCTOR_ACCOUNT} may change their status; a change the current status does
 * not allow is 409 {@code INVALID_STATUS_TRANSITION}. Every change is audited; deactivation also ends every
 * session, since a deactivated account cannot sign in.
 */
@ApplicationScoped
public class AccountLifecycleService {

    static final String AUDIT_ACTION_PREFIX = "account.";

    private final UserLookup users;
    private final AccountStatusRepository statuses;
    private final SessionService sessions;
    private final AuditService audit;
    private final Cache cache;
    private final Transactions tx;
    private final Clock clock;

    public AccountLifecycleService(UserLookup users, AccountStatusRepository statuses, SessionService sessions,
            AuditService audit, Cache cache, Transactions tx, Clock clock) {
        this.users = users;
        this.statuses = statuses;
        this.sessions = sessions;
        this.audit = audit;
        this.cache = cache;
        this.tx = tx;
        this.clock = clock;
    }

    public AccountStatusResponse status(AuthenticatedUser caller) {
        return view(caller, users.require(caller.userId()).status());
    }

    public AccountStatusResponse change(AuthenticatedUser caller, StatusChange change) {
        if (!caller.has(Permission.SUSPEND_OWN_INSTRUCTOR_ACCOUNT)) {
            throw new ForbiddenException("PERMISSION_DENIED", "Only instructors can change their account status");
        }
        return tx.call(() -> {
            User user = users.requireForUpdate(caller.userId());
            AccountStatus before = user.status();
            if (!change.allowedFrom(before)) {
                throw new ConflictException("INVALID_STATUS_TRANSITION",
                        "Cannot " + change.value() + " an account that is " + before.value(),
                        Map.of("accountStatus", before.value(), "allowedTransitions", allowed(caller, before)));
            }
            if (change == StatusChange.DEACTIVATE) {
                refuseWhileFutureBookingsExist(user.id());
            }
            statuses.update(user.id(), change.target(), clock.instant());
            if (change == StatusChange.DEACTIVATE) {
                sessions.endAllSessions(user.id());
            }
            audit.record(caller.userId(), AUDIT_ACTION_PREFIX + change.value(), AuditedEntity.user(user.id()),
                    Map.of("accountStatus", before.value()), Map.of("accountStatus", change.target().value()));
            // only active accounts are public instructors: a pause shows at once, not after the cache TTL
            cache.invalidate(CacheFamilies.INSTRUCTOR_PROFILE, user.id());
            return view(caller, change.target());
        });
    }

    /**
     * Reference §5: an instructor with future bookings cannot deactivate (409 {@code FUTURE_BOOKINGS_EXIST},
     * "Cannot deactivate account: instructor has N future bookings"). Future: starting after now and still
     * PENDING or CONFIRMED; the instructor must cancel them first. Pausing stays allowed (bookings are honoured).
     */
    private void refuseWhileFutureBookingsExist(String instructorId) {
        int future = statuses.countFutureBookings(instructorId, clock.instant());
        if (future > 0) {
            throw new ConflictException("FUTURE_BOOKINGS_EXIST", "Cannot deactivate account: instructor has "
                    + future + " future booking" + (future == 1 ? "" : "s"), Map.of("futureBookings", future));
        }
    }

    private AccountStatusResponse view(AuthenticatedUser caller, AccountStatus status) {
        return new AccountStatusResponse(caller.userId(), status.value(), allowed(caller, status));
    }

    private static List<String> allowed(AuthenticatedUser caller, AccountStatus status) {
        if (!caller.has(Permission.SUSPEND_OWN_INSTRUCTOR_ACCOUNT)) {
            return List.of();
        }
        return Arrays.stream(StatusChange.values())
                .filter(change -> change.allowedFrom(status))
                .map(StatusChange::value)
                .toList();
    }
}
