package com.instainstru.bookings.completion;

import com.instainstru.bookings.completion.schema.CompletionResponse;
import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Completing lessons (reference §9): the instructor marks their own confirmed lesson complete once it has
 * ended; lessons nobody marked are completed automatically 24 h after they end. Each completion emits
 * {@code booking.completed} for payments (capture), badges and notifications.
 */
@ApplicationScoped
public class BookingCompletionService {

    public static final String COMPLETED = "booking.completed";
    /** Reference §9: unmarked lessons complete at end + 24 h, right before capture. */
    static final Duration AUTOMATIC_AFTER = Duration.ofHours(24);

    private final CompletionRepository bookings;
    private final OutboxService outbox;
    private final AuditService audit;
    private final Transactions tx;
    private final Clock clock;

    public BookingCompletionService(CompletionRepository bookings, OutboxService outbox, AuditService audit,
            Transactions tx, Clock clock) {
        this.bookings = bookings;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * 404 unless the caller is the booking's instructor (a malformed id too); 409 unless CONFIRMED; 422
     * {@code LESSON_NOT_ENDED} before the lesson's end.
     */
    public CompletionResponse complete(String instructorId, String bookingId) {
        if (!IdGenerator.isUlid(bookingId)) {
            throw notFound();
        }
        return tx.call(() -> {
            CompletableBooking booking = bookings.lock(bookingId)
                    .filter(found -> found.instructorId().equals(instructorId))
                    .orElseThrow(BookingCompletionService::notFound);
            booking.status().transitionTo(BookingStatus.COMPLETED);
            Instant now = clock.instant();
            if (now.isBefore(booking.endAt())) {
                throw new BusinessRuleException("LESSON_NOT_ENDED", "Cannot mark lesson as complete before it ends");
            }
            bookings.markCompleted(bookingId, now);
            completed(bookingId, "instructor");
            audit.record(instructorId, COMPLETED, new AuditedEntity("booking", bookingId),
                    Map.of("status", booking.status().name()), Map.of("status", BookingStatus.COMPLETED.name()));
            return new CompletionResponse(bookingId, BookingStatus.COMPLETED.name(), now);
        });
    }

    /** The automatic completions due at {@code now} (the scheduled event's time); returns how many. */
    public int completeDue(Instant now) {
        return tx.call(() -> {
            List<String> completed = bookings.completeEndedBy(now.minus(AUTOMATIC_AFTER), now);
            completed.forEach(bookingId -> completed(bookingId, "system"));
            return completed.size();
        });
    }

    private void completed(String bookingId, String by) {
        outbox.emit(COMPLETED, "booking", bookingId, Map.of("bookingId", bookingId, "completedBy", by));
    }

    private static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException("BOOKING_NOT_FOUND", "No such booking");
    }
}
