package com.instainstru.bookings.noshow;

import com.instainstru.bookings.noshow.schema.NoShowResolutionRequest;
import com.instainstru.bookings.noshow.schema.NoShowResponse;
import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Ending a no-show report (reference §14): the booking jobs confirm undisputed reports once their dispute deadline
 * has passed ({@code confirmed_no_dispute}); an admin resolves any open report as confirmed_after_review,
 * dispute_upheld (the lesson was held: COMPLETED) or cancelled (back to CONFIRMED). Each resolution records the
 * settlement outcome and emits {@code booking.no_show_resolved}, which payments settles.
 */
@ApplicationScoped
public class NoShowResolutionService {

    private final NoShowRepository reports;
    private final OutboxService outbox;
    private final AuditService audit;
    private final Transactions tx;
    private final Clock clock;

    public NoShowResolutionService(NoShowRepository reports, OutboxService outbox, AuditService audit,
            Transactions tx, Clock clock) {
        this.reports = reports;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** 404 without a booking or a report; 409 {@code NO_SHOW_ALREADY_RESOLVED} unless the report is open. */
    public NoShowResponse resolve(String adminId, String bookingId, NoShowResolutionRequest request) {
        FieldRules.requireBody(request);
        Optional<NoShowResolution> choice = NoShowResolution.parseAdminChoice(request.resolution());
        FieldRules rules = FieldRules.check().required("resolution", request.resolution());
        if (request.resolution() != null && !request.resolution().isBlank()) {
            rules.rule(choice.isPresent(), "resolution", "one_of",
                    "resolution must be confirmed_after_review, dispute_upheld or cancelled");
        }
        rules.orThrow();
        NoShowService.requireWellFormed(bookingId);
        NoShowResolution resolution = choice.orElseThrow();
        return tx.call(() -> {
            NoShowBooking booking = reports.lockBooking(bookingId).orElseThrow(NoShowErrors::bookingNotFound);
            NoShowReport report = reports.lockReport(bookingId).orElseThrow(NoShowErrors::reportNotFound);
            if (report.resolved()) {
                throw NoShowErrors.alreadyResolved(report);
            }
            Instant now = clock.instant();
            BookingStatus after = resolution.bookingStatus();
            if (after != booking.status()) {
                booking.status().resolveNoShowTo(after);
                reports.setBookingStatus(bookingId, after, now);
            }
            NoShowSettlement outcome = NoShowSettlement.of(report.type(), resolution);
            reports.recordResolution(bookingId, resolution, outcome, adminId, now);
            outbox.emit(NoShowResolved.TYPE, NoShowService.AGGREGATE, bookingId, new NoShowResolved(bookingId,
                    booking.studentId(), booking.instructorId(), report.type().value(), resolution.value(),
                    outcome.value(), after.name(), adminId, now));
            audit.record(adminId, NoShowResolved.TYPE, new AuditedEntity(NoShowService.AGGREGATE, bookingId),
                    Map.of("status", booking.status().name()), Map.of("status", after.name(),
                            "resolution", resolution.value(), "settlementOutcome", outcome.value()));
            return report.withResolution(resolution, outcome, adminId, now).toResponse(after);
        });
    }

    /**
     * Confirms the undisputed reports whose dispute deadline is at or before {@code now} (the scheduled event's
     * time); returns how many. Claimed in one statement per type, so a replayed run confirms nothing twice.
     */
    public int confirmDue(Instant now) {
        return tx.call(() -> {
            int confirmed = 0;
            for (NoShowType type : NoShowType.values()) {
                NoShowSettlement outcome = NoShowSettlement.of(type, NoShowResolution.CONFIRMED_NO_DISPUTE);
                for (ConfirmedNoShow report : reports.confirmUndisputed(type, outcome, now)) {
                    outbox.emit(NoShowResolved.TYPE, NoShowService.AGGREGATE, report.bookingId(), new NoShowResolved(
                            report.bookingId(), report.studentId(), report.instructorId(), type.value(),
                            NoShowResolution.CONFIRMED_NO_DISPUTE.value(), outcome.value(),
                            BookingStatus.NO_SHOW.name(), null, now));
                    confirmed++;
                }
            }
            return confirmed;
        });
    }
}
