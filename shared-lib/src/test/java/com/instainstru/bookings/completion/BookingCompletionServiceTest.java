package com.instainstru.bookings.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.bookings.cancellation.CancellationTestKit;
import com.instainstru.bookings.cancellation.CancellationTestKit.Instructor;
import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BookingCompletionServiceTest {

    private static final CancellationTestKit kit = new CancellationTestKit();
    private final BookingCompletionService completions = new BookingCompletionService(
            new CompletionRepository(kit.platform.jdbc), kit.outbox, kit.audit, kit.platform.tx, kit.clock);

    @AfterEach
    void backToTheKitsNow() {
        kit.clock.set(CancellationTestKit.NOW);
    }

    @Test
    void theInstructorCompletesTheirLessonFromTheMinuteItEndsButNotBefore() {
        Instructor instructor = kit.instructor("15.00");
        Instant start = CancellationTestKit.NOW.plus(Duration.ofDays(2));
        String booking = kit.booking(kit.student(), instructor, start, 60, 12_000, BookingStatus.CONFIRMED, null);

        kit.clock.set(start.plus(Duration.ofMinutes(59)));
        assertThatThrownBy(() -> completions.complete(instructor.id(), booking))
                .isInstanceOf(BusinessRuleException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("LESSON_NOT_ENDED");
        assertThat(kit.status(booking)).isEqualTo("CONFIRMED");

        kit.clock.set(start.plus(Duration.ofMinutes(60)));
        assertThat(completions.complete(instructor.id(), booking).status()).isEqualTo("COMPLETED");
        assertThat(kit.status(booking)).isEqualTo("COMPLETED");
        assertThat(kit.count("""
                SELECT count(*) AS n FROM outbox_events
                 WHERE event_type = 'booking.completed' AND aggregate_id = ? AND payload ->> 'completedBy' = 'instructor'
                """, booking)).isEqualTo(1);
    }

    @Test
    void onlyTheBookingsInstructorMayCompleteItAndOnlyAConfirmedBooking() {
        Instructor instructor = kit.instructor("15.00");
        Instructor other = kit.instructor("15.00");
        Instant start = CancellationTestKit.NOW.plus(Duration.ofDays(3));
        String booking = kit.booking(kit.student(), instructor, start, 60, 12_000, BookingStatus.CONFIRMED, null);
        String cancelled = kit.booking(kit.student(), instructor, start.plus(Duration.ofHours(3)), 60, 12_000,
                BookingStatus.CANCELLED, null);
        kit.clock.set(start.plus(Duration.ofHours(5)));

        assertThatThrownBy(() -> completions.complete(other.id(), booking))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> completions.complete(instructor.id(), "not-a-booking"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> completions.complete(instructor.id(), cancelled))
                .isInstanceOf(ConflictException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo(BookingStatus.INVALID_TRANSITION);
        completions.complete(instructor.id(), booking);
        assertThatThrownBy(() -> completions.complete(instructor.id(), booking))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void unmarkedLessonsCompleteAutomatically24HoursAfterTheyEndExactlyOnce() {
        Instructor instructor = kit.instructor("15.00");
        Instant start = CancellationTestKit.NOW.plus(Duration.ofDays(4));
        Instant end = start.plus(Duration.ofMinutes(60));
        String booking = kit.booking(kit.student(), instructor, start, 60, 12_000, BookingStatus.CONFIRMED, null);

        completions.completeDue(end.plus(Duration.ofHours(24)).minusSeconds(1));
        assertThat(kit.status(booking)).isEqualTo("CONFIRMED");

        completions.completeDue(end.plus(Duration.ofHours(24)));
        completions.completeDue(end.plus(Duration.ofHours(24)));
        assertThat(kit.status(booking)).isEqualTo("COMPLETED");
        assertThat(kit.count("""
                SELECT count(*) AS n FROM outbox_events
                 WHERE event_type = 'booking.completed' AND aggregate_id = ? AND payload ->> 'completedBy' = 'system'
                """, booking)).isEqualTo(1);
    }
}
