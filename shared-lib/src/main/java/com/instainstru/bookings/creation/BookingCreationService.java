package com.instainstru.bookings.creation;

import com.instainstru.bookings.creation.schema.AvailabilityCheckResponse;
import com.instainstru.bookings.creation.schema.BookingResponse;
import com.instainstru.bookings.creation.schema.CreateBookingRequest;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Instant booking (reference §9): a student books a live instructor's service for a local date and start time,
 * checked in the documented order by {@link BookingPlacement} under a per-instructor-day and a per-student
 * advisory lock. Check-availability runs the same rules without the locks and without writing.
 */
@ApplicationScoped
public class BookingCreationService {

    public static final String BOOKING_CREATED = "booking.created";
    public static final String AGGREGATE = "booking";

    private final BookingPlacement placement;
    private final OutboxService outbox;
    private final AuditService audit;
    private final Transactions tx;

    public BookingCreationService(BookingPlacement placement, OutboxService outbox, AuditService audit,
            Transactions tx) {
        this.placement = placement;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
    }

    public BookingResponse create(String studentId, CreateBookingRequest request) {
        SlotRequest slot = SlotRequest.parse(request);
        BookingCandidate candidate = placement.prepare(studentId, slot);
        return tx.call(() -> {
            placement.lock(candidate);
            NewBooking booking = placement.place(candidate, Lineage.fresh(), placement.now());
            outbox.emit(BOOKING_CREATED, AGGREGATE, booking.id(), new BookingCreated(booking.id(),
                    booking.studentId(), booking.instructorId(), booking.serviceId()));
            audit.record(studentId, BOOKING_CREATED, new AuditedEntity(AGGREGATE, booking.id()), null,
                    AuditedBooking.of(booking));
            return BookingPlacement.response(booking, candidate.service());
        });
    }

    /** The same rules as {@link #create}, nothing written; malformed requests are still a 400. */
    public AvailabilityCheckResponse check(String studentId, CreateBookingRequest request) {
        SlotRequest slot = SlotRequest.parse(request);
        try {
            BookingCandidate candidate = placement.prepare(studentId, slot);
            placement.check(candidate, placement.now());
            return new AvailabilityCheckResponse(true, null, "The requested time is available",
                    placement.proximityWarnings(candidate));
        } catch (BusinessRuleException | ConflictException e) {
            return unavailable(e);
        }
    }

    private static AvailabilityCheckResponse unavailable(DomainException e) {
        return new AvailabilityCheckResponse(false, e.code(), e.getMessage(), List.of());
    }

    /** The {@code booking.created} payload: ids only; consumers read what they need. */
    public record BookingCreated(String bookingId, String studentId, String instructorId,
            String instructorServiceId) {
    }

    /** What the audit log keeps of a placed booking. */
    public record AuditedBooking(String instructorId, String instructorServiceId, Instant startAt, Instant endAt,
            String locationType, int totalPriceCents, String status) {

        public static AuditedBooking of(NewBooking booking) {
            return new AuditedBooking(booking.instructorId(), booking.serviceId(), booking.startAt(),
                    booking.endAt(), booking.locationType().value(), booking.totalPriceCents(), booking.status());
        }
    }
}
