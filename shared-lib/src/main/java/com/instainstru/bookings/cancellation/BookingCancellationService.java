package com.instainstru.bookings.cancellation;

import com.instainstru.bookings.cancellation.schema.BookingCancellationResponse;
import com.instainstru.bookings.cancellation.schema.CancellationAmounts;
import com.instainstru.bookings.cancellation.schema.InstructorCancellationRequest;
import com.instainstru.bookings.cancellation.schema.StudentCancellationRequest;
import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Cancels a booking for its student or its instructor (reference §12): one transaction locks the row, checks
 * the status machine, decides the policy outcome, records it and emits {@code booking.cancelled}. Money moves
 * later, when payments settles the event. Anyone else's booking is a 404.
 */
@ApplicationScoped
public class BookingCancellationService {

    static final String AGGREGATE = "booking";
    static final String AUDIT_ACTION = "booking.cancelled";
    static final int REASON_MAX = 500;

    private final BookingCancellationRepository bookings;
    private final OutboxService outbox;
    private final AuditService audit;
    private final Cache cache;
    private final Transactions tx;
    private final Clock clock;

    public BookingCancellationService(BookingCancellationRepository bookings, OutboxService outbox,
            AuditService audit, Cache cache, Transactions tx, Clock clock) {
        this.bookings = bookings;
        this.outbox = outbox;
        this.audit = audit;
        this.cache = cache;
        this.tx = tx;
        this.clock = clock;
    }

    public BookingCancellationResponse cancelByStudent(String studentId, String bookingId,
            StudentCancellationRequest request) {
        String reason = request == null ? null : request.reason();
        FieldRules.check().optionalText("reason", reason, REASON_MAX).orThrow();
        return cancel(CancelledBy.STUDENT, studentId, bookingId, reason);
    }

    public BookingCancellationResponse cancelByInstructor(String instructorId, String bookingId,
            InstructorCancellationRequest request) {
        FieldRules.requireBody(request);
        FieldRules.check().text("reason", request.reason(), 1, REASON_MAX).orThrow();
        return cancel(CancelledBy.INSTRUCTOR, instructorId, bookingId, request.reason());
    }

    private BookingCancellationResponse cancel(CancelledBy by, String callerId, String bookingId, String reason) {
        if (!IdGenerator.isUlid(bookingId)) {
            throw notFound();
        }
        String storedReason = reason == null || reason.isBlank() ? null : reason.strip();
        return tx.call(() -> {
            CancellableBooking booking = bookings.lock(bookingId)
                    .filter(found -> callerId.equals(by == CancelledBy.STUDENT ? found.studentId()
                            : found.instructorId()))
                    .orElseThrow(BookingCancellationService::notFound);
            booking.status().transitionTo(BookingStatus.CANCELLED);
            Instant now = clock.instant();
            if (!booking.startAt().isAfter(now)) {
                throw new BusinessRuleException("BOOKING_ALREADY_STARTED",
                        "A lesson that has started can no longer be cancelled; report a no-show instead");
            }
            CancellationDecision decision = CancellationPolicy.decide(new CancellationCase(by, booking.startAt(), now,
                    booking.totalPriceCents(), booking.instructorTierPct(),
                    booking.status() == BookingStatus.CONFIRMED, booking.gamingReschedule(), booking.locked()));
            bookings.markCancelled(bookingId, callerId, storedReason, now);
            bookings.insert(bookingId, by, booking.gamingReschedule(), decision, now);
            BookingCancellationResponse response = response(booking, by, decision, now);
            // the booked (or freed) time must show in students' public availability now, not after its TTL
            cache.invalidateFamily(CacheFamilies.PUBLIC_AVAILABILITY);
            outbox.emit(BookingCancelled.TYPE, AGGREGATE, bookingId, new BookingCancelled(bookingId,
                    booking.studentId(), booking.instructorId(), booking.status().name(), by.value(),
                    booking.startAt(), now, decision.window().value(), decision.outcome().value(),
                    response.amounts()));
            audit.record(callerId, AUDIT_ACTION, new AuditedEntity(AGGREGATE, bookingId),
                    Map.of("status", booking.status().name()),
                    Map.of("status", BookingStatus.CANCELLED.name(), "cancelledBy", by.value(),
                            "outcome", decision.outcome().value(), "amounts", response.amounts()));
            return response;
        });
    }

    private static BookingCancellationResponse response(CancellableBooking booking, CancelledBy by,
            CancellationDecision decision, Instant now) {
        return new BookingCancellationResponse(booking.id(), BookingStatus.CANCELLED.name(), now, by.value(),
                decision.window().value(), decision.hoursBeforeStart(), booking.gamingReschedule(),
                decision.outcome().value(), new CancellationAmounts(decision.lessonPriceCents(),
                        decision.studentFeeCents(), decision.instructorFeePct(), decision.instructorFeeCents(),
                        decision.studentChargeCents(), decision.studentCreditCents(), decision.studentRefundCents(),
                        decision.instructorPayoutCents()));
    }

    private static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException("BOOKING_NOT_FOUND", "No such booking");
    }
}
