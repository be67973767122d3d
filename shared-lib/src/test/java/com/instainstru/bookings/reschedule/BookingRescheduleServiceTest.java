package com.instainstru.bookings.reschedule;

import static com.instainstru.bookings.creation.BookingCreationTestKit.online;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.instainstru.bookings.cancellation.BookingCancellationRepository;
import com.instainstru.bookings.cancellation.BookingCancellationService;
import com.instainstru.bookings.cancellation.schema.BookingCancellationResponse;
import com.instainstru.bookings.creation.BookingCreationTestKit;
import com.instainstru.bookings.creation.schema.BookingResponse;
import com.instainstru.bookings.reschedule.schema.RescheduleBookingRequest;
import com.instainstru.bookings.reschedule.schema.RescheduleResponse;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Reference §13 with real PostgreSQL: the windows measured from the current lesson start (24 h 00 m, 23 h 59 m,
 * 12 h 00 m, 11 h 59 m), the replacement linked to the original, counts on both, the LOCK of a late reschedule and
 * what it means for a later cancellation. The clock starts on Saturday 2026-11-28 09:00 in New York; the lesson is
 * on Wednesday 2026-12-02 at 10:00 New York (15:00 UTC).
 */
class BookingRescheduleServiceTest {

    private static final String WED = "2026-12-02";
    private static final Instant WED_10AM = Instant.parse("2026-12-02T15:00:00Z");

    private final BookingCreationTestKit kit = new BookingCreationTestKit();
    private final String student = kit.student();
    private final String instructor = kit.instructor();
    private final String service = kit.service(instructor, "online", 12_000);

    BookingRescheduleServiceTest() {
        kit.openAllDay(instructor, LocalDate.parse("2026-11-28"), 10);
    }

    private String lessonOnWednesday() {
        return kit.bookings.create(student, online(instructor, service, WED, "10:00", 60)).id();
    }

    private static RescheduleBookingRequest to(String date, String start) {
        return new RescheduleBookingRequest(null, null, date, start, null);
    }

    private RescheduleResponse reschedule(String bookingId, String date, String start) {
        return kit.reschedules.reschedule(student, bookingId, to(date, start));
    }

    private String status(String bookingId) {
        return kit.platform.jdbc.queryOne("SELECT status FROM bookings WHERE id = ?", row -> row.string("status"),
                bookingId).orElseThrow();
    }

    private static void assertCode(ThrowingCallable call, Class<? extends DomainException> type, String code) {
        assertThatThrownBy(call).isInstanceOf(type).extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }

    @Test
    void aRescheduleReplacesTheBookingWithALinkedOneAndCountsOnBoth() {
        String original = lessonOnWednesday();

        RescheduleResponse moved = reschedule(original, "2026-12-03", "14:00");

        BookingResponse booking = moved.booking();
        assertThat(booking.id()).isNotEqualTo(original);
        assertThat(booking.status()).isEqualTo("CONFIRMED");
        assertThat(booking.startAt()).isEqualTo(Instant.parse("2026-12-03T19:00:00Z"));
        assertThat(booking.durationMinutes()).isEqualTo(60);
        assertThat(booking.totalPriceCents()).isEqualTo(12_000);
        assertThat(moved.previousBookingId()).isEqualTo(original);
        assertThat(moved.rescheduleCount()).isOne();
        assertThat(moved.lateReschedule()).isFalse();
        assertThat(moved.locked()).isFalse();
        assertThat(kit.platform.jdbc.query("""
                SELECT id, status, reschedule_count, rescheduled_from_booking_id, cancellation_reason, locked_at
                  FROM bookings WHERE id IN (?, ?) ORDER BY rescheduled_from_booking_id NULLS FIRST
                """, row -> tuple(row.trimmed("id"), row.string("status"), row.integer("reschedule_count"),
                row.trimmed("rescheduled_from_booking_id"), row.string("cancellation_reason"),
                row.instant("locked_at")), original, booking.id()))
                .containsExactly(tuple(original, "CANCELLED", 1, null, "Rescheduled", null),
                        tuple(booking.id(), "CONFIRMED", 1, original, null, null));
        // replaced, not cancelled: no policy decision to settle, one rescheduled event for payments
        assertThat(kit.count("SELECT count(*) AS n FROM booking_cancellations WHERE booking_id = ?", original))
                .isZero();
        assertThat(kit.platform.jdbc.query("""
                SELECT event_type, payload::text AS payload FROM outbox_events
                 WHERE aggregate_id IN (?, ?) AND event_type <> 'booking.created'
                """, row -> row.string("event_type") + " " + row.string("payload"), original, booking.id()))
                .singleElement().satisfies(event -> assertThat(event).startsWith("booking.rescheduled")
                        .contains(booking.id(), original, "\"lateReschedule\": false", "\"rescheduleCount\": 1"));
    }

    @Test
    void theCountGrowsAlongTheChain() {
        String first = lessonOnWednesday();
        String second = reschedule(first, "2026-12-03", "10:00").booking().id();

        RescheduleResponse third = reschedule(second, "2026-12-04", "10:00");

        assertThat(third.rescheduleCount()).isEqualTo(2);
        assertThat(kit.count("SELECT reschedule_count AS n FROM bookings WHERE id = ?", second)).isEqualTo(2);
        assertThat(kit.count("SELECT reschedule_count AS n FROM bookings WHERE id = ?", first)).isEqualTo(1);
    }

    @Test
    void exactly24HoursAheadIsAFreeReschedule() {
        String original = lessonOnWednesday();
        kit.at(WED_10AM.minus(Duration.ofHours(24)));

        RescheduleResponse moved = reschedule(original, "2026-12-04", "10:00");

        assertThat(moved.lateReschedule()).isFalse();
        assertThat(moved.locked()).isFalse();
    }

    @Test
    void at23Hours59MinutesItIsTheLateRescheduleThatLocksThePayment() {
        String original = lessonOnWednesday();
        kit.at(WED_10AM.minus(Duration.ofHours(23).plusMinutes(59)));

        RescheduleResponse moved = reschedule(original, "2026-12-04", "10:00");

        assertThat(moved.lateReschedule()).isTrue();
        assertThat(moved.locked()).isTrue();
        assertThat(kit.platform.jdbc.queryOne(
                "SELECT late_reschedule_used, locked_at FROM bookings WHERE id = ?",
                row -> tuple(row.bool("late_reschedule_used"), row.instant("locked_at")), moved.booking().id()))
                .contains(tuple(true, kit.clock.instant()));
        assertThat(kit.platform.jdbc.queryOne("""
                SELECT payload::text AS payload FROM outbox_events
                 WHERE aggregate_id = ? AND event_type = 'booking.rescheduled'
                """, row -> row.string("payload"), moved.booking().id()).orElseThrow())
                .contains("\"lateReschedule\": true");
    }

    @Test
    void exactly12HoursAheadIsStillALateReschedule() {
        String original = lessonOnWednesday();
        kit.at(WED_10AM.minus(Duration.ofHours(12)));

        assertThat(reschedule(original, "2026-12-04", "10:00").lateReschedule()).isTrue();
    }

    @Test
    void at11Hours59MinutesTheWindowIsClosedAndNothingChanges() {
        String original = lessonOnWednesday();
        kit.at(WED_10AM.minus(Duration.ofHours(11).plusMinutes(59)));

        assertCode(() -> reschedule(original, "2026-12-04", "10:00"), BusinessRuleException.class,
                "RESCHEDULE_WINDOW_CLOSED");
        assertThat(status(original)).isEqualTo("CONFIRMED");
    }

    @Test
    void aLockedBookingCannotMoveAgainEvenDaysAhead() {
        String original = lessonOnWednesday();
        kit.at(WED_10AM.minus(Duration.ofHours(20)));
        String locked = reschedule(original, "2026-12-06", "10:00").booking().id();

        assertCode(() -> reschedule(locked, "2026-12-07", "10:00"), BusinessRuleException.class,
                "RESCHEDULE_LOCKED");
        assertThat(status(locked)).isEqualTo("CONFIRMED");
    }

    @Test
    void cancellingALockedBookingFollowsTheLockedOutcomes() {
        BookingCancellationService cancellations = new BookingCancellationService(
                new BookingCancellationRepository(kit.platform.jdbc), kit.outbox, kit.audit, kit.cache,
                kit.platform.tx, kit.clock);
        String original = lessonOnWednesday();
        kit.at(WED_10AM.minus(Duration.ofHours(20)));
        String locked = reschedule(original, "2026-12-06", "10:00").booking().id();

        // Sunday 10:00 is four days away: not a free cancel any more, the whole lesson price comes back as credit
        BookingCancellationResponse cancelled = cancellations.cancelByStudent(student, locked, null);

        assertThat(cancelled.outcome()).isEqualTo("locked_cancel_ge12_full_credit");
        assertThat(cancelled.amounts().studentCreditCents()).isEqualTo(12_000);
        assertThat(cancelled.amounts().instructorPayoutCents()).isZero();
    }

    @Test
    void theNewTimeMayOverlapTheOldOneItReplaces() {
        String original = lessonOnWednesday();

        RescheduleResponse moved = reschedule(original, WED, "10:30");

        assertThat(moved.booking().startTime()).isEqualTo("10:30");
        assertThat(status(original)).isEqualTo("CANCELLED");
    }

    @Test
    void aNewTimeThatBreaksABookingRuleLeavesTheOriginalUntouched() {
        String original = lessonOnWednesday();
        String other = kit.student();
        kit.bookings.create(other, online(instructor, service, "2026-12-03", "10:00", 60));

        // 11:00 is inside the 15-minute buffer after the other student's 10:00-11:00 lesson
        assertCode(() -> reschedule(original, "2026-12-03", "11:00"), ConflictException.class,
                "BOOKING_CONFLICT");
        assertCode(() -> reschedule(original, "2026-12-03", "12:10"), BusinessRuleException.class,
                "INVALID_START_TIME");
        assertThat(status(original)).isEqualTo("CONFIRMED");
        assertThat(kit.count("SELECT reschedule_count AS n FROM bookings WHERE id = ?", original)).isZero();
    }

    @Test
    void theInstructorCannotChange() {
        String original = lessonOnWednesday();
        String otherInstructor = kit.instructor();

        assertCode(() -> kit.reschedules.reschedule(student, original,
                new RescheduleBookingRequest(otherInstructor, null, "2026-12-03", "10:00", null)),
                BusinessRuleException.class, "CANNOT_CHANGE_INSTRUCTOR");
    }

    @Test
    void theDurationCanChangeWithinTheServiceOptions() {
        String original = lessonOnWednesday();

        RescheduleResponse moved = kit.reschedules.reschedule(student, original,
                new RescheduleBookingRequest(instructor, service, "2026-12-03", "10:00", 90));

        assertThat(moved.booking().durationMinutes()).isEqualTo(90);
        assertThat(moved.booking().totalPriceCents()).isEqualTo(18_000);
    }

    @Test
    void anotherStudentsBookingIsNotFound() {
        String original = lessonOnWednesday();
        String stranger = kit.student();

        assertCode(() -> kit.reschedules.reschedule(stranger, original, to("2026-12-03", "10:00")),
                ResourceNotFoundException.class, "BOOKING_NOT_FOUND");
        assertCode(() -> kit.reschedules.reschedule(student, "not-a-ulid", to("2026-12-03", "10:00")),
                ResourceNotFoundException.class, "BOOKING_NOT_FOUND");
    }

    @Test
    void aCancelledBookingCannotBeRescheduled() {
        String original = lessonOnWednesday();
        reschedule(original, "2026-12-03", "10:00");

        assertCode(() -> reschedule(original, "2026-12-04", "10:00"), ConflictException.class,
                "INVALID_BOOKING_STATUS_TRANSITION");
    }
}
