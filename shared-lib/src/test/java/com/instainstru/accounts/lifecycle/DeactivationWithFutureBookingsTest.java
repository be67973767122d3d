package com.instainstru.accounts.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.AccountsTestKit;
import com.instainstru.accounts.users.AccountStatus;
import com.instainstru.accounts.users.UserLookup;
import com.instainstru.bookings.listing.BookingRowsTestKit;
import com.instainstru.bookings.listing.BookingRowsTestKit.Teacher;
import com.instainstru.platform.audit.AuditRepository;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.platform.security.AuthenticatedUser;
import com.instainstru.platform.security.Permission;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Reference §5: an instructor with future bookings (PENDING or CONFIRMED, starting after now) cannot leave. */
class DeactivationWithFutureBookingsTest {

    /** Saturday 2026-11-28 09:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-28T14:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final BookingRowsTestKit rows = new BookingRowsTestKit(NOW);
    private final AccountsTestKit accounts = new AccountsTestKit();
    private final UserLookup users = new UserLookup(accounts.users);
    // Everything the service touches inside its transaction shares the accounts kit's connection holder.
    private final AccountLifecycleService lifecycle = new AccountLifecycleService(users,
            new AccountStatusRepository(accounts.platform.jdbc), accounts.sessions,
            new AuditService(new AuditRepository(accounts.platform.jdbc), accounts.platform.tx,
                    accounts.platform.json, rows.ids, rows.clock),
            new Cache(new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250)), accounts.platform.json,
                    accounts.platform.tx, rows.clock),
            accounts.platform.tx, rows.clock);

    @Test
    void futureBookingsBlockDeactivationUntilTheyAreCancelledOrHaveStarted() {
        Teacher teacher = rows.instructor();
        String student = rows.student("pat", "quinn").id();
        // starts one minute after now: future
        String soon = rows.booking(student, teacher, TODAY, "09:01", 30).insert();
        rows.booking(rows.student("robin", "roe").id(), teacher, TODAY.plusDays(3), "10:00", 60)
                .status("PENDING").insert();
        // neither future nor able to happen: started exactly now, cancelled, completed
        rows.booking(rows.student("sam", "sun").id(), teacher, TODAY, "08:00", 60).insert();
        rows.booking(student, teacher, TODAY.plusDays(4), "10:00", 60).status("CANCELLED").insert();

        assertThatThrownBy(() -> lifecycle.change(caller(teacher), StatusChange.DEACTIVATE))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("FUTURE_BOOKINGS_EXIST");
                    assertThat(e.getMessage()).isEqualTo("Cannot deactivate account: instructor has 2 future bookings");
                    assertThat(e.extensions()).containsEntry("futureBookings", 2);
                });
        assertThat(users.require(teacher.id()).status()).isEqualTo(AccountStatus.ACTIVE);

        rows.clock.advance(Duration.ofMinutes(1)); // "soon" starts now: no longer future
        rows.jdbc.update("UPDATE bookings SET status = 'CANCELLED', cancelled_at = ? WHERE instructor_id = ? "
                + "AND status = 'PENDING'", NOW, teacher.id());
        assertThat(soon).hasSize(26);

        assertThat(lifecycle.change(caller(teacher), StatusChange.DEACTIVATE).accountStatus())
                .isEqualTo("deactivated");
    }

    @Test
    void oneFutureBookingIsNamedInTheSingular() {
        Teacher teacher = rows.instructor();
        rows.booking(rows.student("pat", "quinn").id(), teacher, TODAY.plusDays(1), "10:00", 60).insert();

        assertThatThrownBy(() -> lifecycle.change(caller(teacher), StatusChange.DEACTIVATE))
                .hasMessage("Cannot deactivate account: instructor has 1 future booking");
        assertThat(lifecycle.change(caller(teacher), StatusChange.SUSPEND).accountStatus()).isEqualTo("suspended");
    }

    private AuthenticatedUser caller(Teacher teacher) {
        return new AuthenticatedUser(teacher.id(), EnumSet.of(Permission.SUSPEND_OWN_INSTRUCTOR_ACCOUNT), NOW);
    }
}
