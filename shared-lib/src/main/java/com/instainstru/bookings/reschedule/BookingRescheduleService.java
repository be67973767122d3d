package com.instainstru.bookings.reschedule;

import com.instainstru.bookings.creation.BookingCandidate;
import com.instainstru.bookings.creation.BookingCreationService.AuditedBooking;
import com.instainstru.bookings.creation.BookingPlacement;
import com.instainstru.bookings.creation.Lineage;
import com.instainstru.bookings.creation.NewBooking;
import com.instainstru.bookings.creation.SlotRequest;
import com.instainstru.bookings.reschedule.schema.RescheduleBookingRequest;
import com.instainstru.bookings.reschedule.schema.RescheduleResponse;
import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;

/**
 * Rescheduling (reference §13): the student moves a lesson to a new time with the same instructor. The new time
 * passes every booking rule; in one transaction the old booking is cancelled without a policy decision and the
 * new one, linked to it, takes its place (so the old lesson never conflicts with its own replacement). A late
 * reschedule (12-24 h ahead) LOCKs the payment, which payments executes on {@code booking.rescheduled}.
 */
@ApplicationScoped
public class BookingRescheduleService {

    public static final String RESCHEDULED = "booking.rescheduled";

    private final RescheduleRepository bookings;
    private final BookingPlacement placement;
    private final OutboxService outbox;
    private final AuditService audit;
    private final Transactions tx;

    public BookingRescheduleService(RescheduleRepository bookings, BookingPlacement placement, OutboxService outbox,
            AuditService audit, Transactions tx) {
        this.bookings = bookings;
        this.placement = placement;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
    }

    public RescheduleResponse reschedule(String studentId, String bookingId, RescheduleBookingRequest request) {
        if (!IdGenerator.isUlid(bookingId)) {
            throw notFound();
        }
        FieldRules.requireBody(request);
        ReschedulableBooking current = bookings.find(bookingId)
                .filter(found -> found.studentId().equals(studentId))
                .orElseThrow(BookingRescheduleService::notFound);
        if (request.instructorId() != null && !request.instructorId().equals(current.instructorId())) {
            throw new BusinessRuleException("CANNOT_CHANGE_INSTRUCTOR",
                    "Cannot change instructor during reschedule. Please cancel and create a new booking.");
        }
        // fail fast on a closed window before judging the new time; checked again under the row lock
        current.status().transitionTo(BookingStatus.CANCELLED);
        RescheduleRules.requireAllowed(current, placement.now());
        SlotRequest slot = SlotRequest.parse(current.requestFor(request));
        BookingCandidate candidate = placement.prepare(studentId, slot);
        return tx.call(() -> {
            placement.lock(candidate);
            ReschedulableBooking locked = bookings.lock(bookingId).orElseThrow(BookingRescheduleService::notFound);
            locked.status().transitionTo(BookingStatus.CANCELLED);
            Instant now = placement.now();
            boolean late = RescheduleRules.requireAllowed(locked, now);
            bookings.markReplaced(bookingId, studentId, now);
            Lineage lineage = new Lineage(bookingId, locked.rescheduleCount() + 1,
                    locked.lateRescheduleUsed() || late, late ? now : null);
            NewBooking replacement = placement.place(candidate, lineage, now);
            outbox.emit(RESCHEDULED, "booking", replacement.id(), new BookingRescheduled(replacement.id(),
                    bookingId, studentId, replacement.instructorId(), locked.startAt(), replacement.startAt(),
                    lineage.rescheduleCount(), late));
            audit.record(studentId, RESCHEDULED, new AuditedEntity("booking", replacement.id()),
                    Map.of("rescheduledFromBookingId", bookingId), AuditedBooking.of(replacement));
            return new RescheduleResponse(BookingPlacement.response(replacement, candidate.service()), bookingId,
                    lineage.rescheduleCount(), late, lineage.lockedAt() != null);
        });
    }

    private static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException("BOOKING_NOT_FOUND", "No such booking");
    }

    /**
     * The {@code booking.rescheduled} payload. Payments moves the payment to {@code bookingId}; when
     * {@code lateReschedule} it LOCKs it (capture now, reverse the transfer, hold until the new lesson resolves).
     */
    public record BookingRescheduled(String bookingId, String previousBookingId, String studentId,
            String instructorId, Instant previousStartAt, Instant startAt, int rescheduleCount,
            boolean lateReschedule) {
    }
}
