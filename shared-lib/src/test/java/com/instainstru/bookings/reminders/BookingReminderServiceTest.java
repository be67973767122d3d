package com.instainstru.bookings.reminders;

import static com.instainstru.instructors.InstructorsTestKit.price;
import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.bookings.TestBookingRows;
import com.instainstru.instructors.InstructorsTestKit;
import com.instainstru.instructors.services.schema.InstructorServiceResponse;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingReminderServiceTest {

    private static final InstructorsTestKit kit = new InstructorsTestKit();
    private final BookingReminderService reminders = new BookingReminderService(
            new ReminderRepository(kit.platform.jdbc),
            new OutboxService(new OutboxRepository(kit.platform.jdbc, kit.platform.json), kit.platform.ids, kit.clock,
                    kit.platform.json),
            kit.platform.tx);

    @Test
    void theDayBeforeReminderCoversTheQuarterHourBefore24HoursExactly() {
        Instant now = Instant.parse("2027-01-10T15:00:00Z");
        String early = book(now.plus(Duration.ofHours(23).plusMinutes(44)), "CONFIRMED");
        String first = book(now.plus(Duration.ofHours(23).plusMinutes(45)), "CONFIRMED");
        String last = book(now.plus(Duration.ofHours(24)).minusSeconds(1), "CONFIRMED");
        String late = book(now.plus(Duration.ofHours(24)), "CONFIRMED");

        reminders.sendDue(now);

        assertThat(sentAt(early, "reminder_24h_sent_at")).isNull();
        assertThat(sentAt(first, "reminder_24h_sent_at")).isEqualTo(now);
        assertThat(sentAt(last, "reminder_24h_sent_at")).isEqualTo(now);
        assertThat(sentAt(late, "reminder_24h_sent_at")).isNull();
        assertThat(events(first)).containsExactly("24h");
    }

    @Test
    void theHourBeforeReminderCoversFortyFiveToSixtyMinutesAhead() {
        Instant now = Instant.parse("2027-01-11T15:00:00Z");
        String inWindow = book(now.plus(Duration.ofMinutes(45)), "CONFIRMED");
        String tooSoon = book(now.plus(Duration.ofMinutes(44)), "CONFIRMED");
        String atTheHour = book(now.plus(Duration.ofMinutes(60)), "CONFIRMED");

        reminders.sendDue(now);

        assertThat(events(inWindow)).containsExactly("1h");
        assertThat(events(tooSoon)).isEmpty();
        assertThat(events(atTheHour)).isEmpty();
    }

    @Test
    void aRunRepeatedAtTheSameInstantSendsNothingTwiceAndOnlyConfirmedLessonsAreReminded() {
        Instant now = Instant.parse("2027-01-12T15:00:00Z");
        String confirmed = book(now.plus(Duration.ofMinutes(50)), "CONFIRMED");
        String cancelled = book(now.plus(Duration.ofMinutes(50)).plus(Duration.ofDays(3)), "CANCELLED");

        ReminderReport first = reminders.sendDue(now);
        ReminderReport again = reminders.sendDue(now);

        assertThat(first.hourBefore()).isGreaterThanOrEqualTo(1);
        assertThat(again.hourBefore()).isZero();
        assertThat(events(confirmed)).containsExactly("1h");
        assertThat(events(cancelled)).isEmpty();
    }

    /** A booking of a fresh student with the test instructor's piano service, starting at {@code start}. */
    private static String book(Instant start, String status) {
        String instructor = kit.instructor().id();
        InstructorServiceResponse piano = kit.offerPiano(instructor, price("online", 6_000));
        String student = kit.accounts.create(new NewUser("student-" + UUID.randomUUID() + "@example.test", "Sam",
                "Student", null, "America/New_York", "not-a-real-hash", true), Role.STUDENT).id();
        return new TestBookingRows(kit.platform.jdbc, kit.platform.ids, kit.clock)
                .row(student, instructor, piano.id(), start, 30).hourlyRate(6_000).status(status).insert();
    }

    /** When the reminder was marked sent, or null. */
    private static Instant sentAt(String bookingId, String column) {
        Instant sent = kit.platform.jdbc.queryOne(
                "SELECT coalesce(" + column + ", 'epoch') AS sent FROM bookings WHERE id = ?",
                row -> row.instant("sent"), bookingId).orElseThrow();
        return Instant.EPOCH.equals(sent) ? null : sent;
    }

    private static List<String> events(String bookingId) {
        return kit.platform.jdbc.query("""
                SELECT payload ->> 'kind' AS kind FROM outbox_events
                 WHERE event_type = 'booking.reminder_due' AND aggregate_id = ? ORDER BY occurred_at
                """, row -> row.string("kind"), bookingId);
    }
}
