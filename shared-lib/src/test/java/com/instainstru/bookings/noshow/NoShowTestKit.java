package com.instainstru.bookings.noshow;

import com.fasterxml.jackson.databind.JsonNode;
import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.bookings.cancellation.CancellationTestKit;
import com.instainstru.bookings.cancellation.CancellationTestKit.Instructor;
import com.instainstru.bookings.status.BookingStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/**
 * The no-show services over {@link CancellationTestKit}'s database, clock and SQL-inserted bookings, plus admins
 * and a few reads of what the services wrote.
 */
final class NoShowTestKit {

    final CancellationTestKit bookings = new CancellationTestKit();
    final NoShowRepository rows = new NoShowRepository(bookings.platform.jdbc);
    final NoShowService noShows =
            new NoShowService(rows, bookings.outbox, bookings.audit, bookings.platform.tx, bookings.clock);
    final NoShowResolutionService resolutions =
            new NoShowResolutionService(rows, bookings.outbox, bookings.audit, bookings.platform.tx, bookings.clock);
    private final AccountCreationService accounts = new AccountCreationService(
            new UserRepository(bookings.platform.jdbc), new PermissionRepository(bookings.platform.jdbc),
            bookings.platform.tx, bookings.platform.ids, bookings.clock);

    String admin() {
        return accounts.create(new NewUser("noshow-admin-" + UUID.randomUUID() + "@example.test", "Ada", "Admin",
                null, "America/New_York", "not-a-real-hash", true), Role.ADMIN).id();
    }

    /** A CONFIRMED 60-minute lesson at $120/h of a new student with {@code instructor}, starting at {@code start}. */
    Lesson lesson(Instant start) {
        String student = bookings.student();
        Instructor instructor = bookings.instructor("12.00");
        String id = bookings.booking(student, instructor, start, 60, 12_000, BookingStatus.CONFIRMED, null);
        return new Lesson(id, student, instructor.id(), start, start.plusSeconds(3600));
    }

    /** Moves the clock to {@code at}. */
    void at(Instant at) {
        bookings.clock.set(at);
    }

    String status(String bookingId) {
        return bookings.status(bookingId);
    }

    int count(String sql, Object... params) {
        return bookings.count(sql, params);
    }

    /** The payload of the one event of {@code type} about the booking. */
    JsonNode event(String type, String bookingId) {
        return bookings.platform.jdbc.queryOne("""
                SELECT payload::text AS p FROM outbox_events WHERE event_type = ? AND aggregate_id = ?
                """, row -> json(row.string("p")), type, bookingId).orElseThrow();
    }

    int events(String type, String bookingId) {
        return count("SELECT count(*) AS n FROM outbox_events WHERE event_type = ? AND aggregate_id = ?", type,
                bookingId);
    }

    private JsonNode json(String text) {
        try {
            return bookings.platform.json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Lesson(String id, String studentId, String instructorId, Instant startAt, Instant endAt) {
    }
}
