package com.instainstru.bookings.noshow;

import com.instainstru.bookings.noshow.schema.AdminNoShowReportRequest;
import com.instainstru.bookings.noshow.schema.NoShowDisputeRequest;
import com.instainstru.bookings.noshow.schema.NoShowReportRequest;
import com.instainstru.bookings.noshow.schema.NoShowResponse;
import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.ForbiddenException;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Reporting and disputing no-shows (reference §14). A student reports their instructor, an instructor their
 * student, an admin any type including mutual; from the lesson's start to 24 h after its end, on a CONFIRMED
 * booking, once per booking. The report moves the booking to NO_SHOW and emits {@code booking.no_show_reported},
 * on which payments freezes capture. The accused may dispute once, until 24 h after the report. Each write runs
 * in one transaction with the booking row locked; anyone else's booking is a 404.
 */
@ApplicationScoped
public class NoShowService {

    static final String AGGREGATE = "booking";
    /** Reports are accepted until the lesson's end plus this. */
    static final Duration REPORT_WINDOW_AFTER_END = Duration.ofHours(24);
    /** The accused may dispute until the report's time plus this. */
    static final Duration DISPUTE_WINDOW = Duration.ofHours(24);
    static final int REASON_MAX = 500;
    static final int DISPUTE_REASON_MIN = 10;

    private final NoShowRepository reports;
    private final OutboxService outbox;
    private final AuditService audit;
    private final Transactions tx;
    private final Clock clock;

    public NoShowService(NoShowRepository reports, OutboxService outbox, AuditService audit, Transactions tx,
            Clock clock) {
        this.reports = reports;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The booking's student reports that the instructor did not show up. */
    public NoShowResponse reportAsStudent(String studentId, String bookingId, NoShowReportRequest request) {
        return report(CallerRole.STUDENT, studentId, bookingId, NoShowType.INSTRUCTOR, participantReason(request));
    }

    /** The booking's instructor reports that the student did not show up. */
    public NoShowResponse reportAsInstructor(String instructorId, String bookingId, NoShowReportRequest request) {
        return report(CallerRole.INSTRUCTOR, instructorId, bookingId, NoShowType.STUDENT, participantReason(request));
    }

    /** An admin reports any type on any booking. */
    public NoShowResponse reportAsAdmin(String adminId, String bookingId, AdminNoShowReportRequest request) {
        FieldRules.requireBody(request);
        Optional<NoShowType> type = NoShowType.parse(request.type());
        FieldRules rules = FieldRules.check().required("type", request.type())
                .optionalText("reason", request.reason(), REASON_MAX);
        if (request.type() != null && !request.type().isBlank()) {
            rules.rule(type.isPresent(), "type", "one_of", "type must be instructor, student or mutual");
        }
        rules.orThrow();
        return report(CallerRole.ADMIN, adminId, bookingId, type.orElseThrow(), request.reason());
    }

    /** The booking's student disputes a report of type student or mutual. */
    public NoShowResponse disputeAsStudent(String studentId, String bookingId, NoShowDisputeRequest request) {
        return dispute(CallerRole.STUDENT, studentId, bookingId, request);
    }

    /** The booking's instructor disputes a report of type instructor or mutual. */
    public NoShowResponse disputeAsInstructor(String instructorId, String bookingId, NoShowDisputeRequest request) {
        return dispute(CallerRole.INSTRUCTOR, instructorId, bookingId, request);
    }

    private static String participantReason(NoShowReportRequest request) {
        String reason = request == null ? null : request.reason();
        FieldRules.check().optionalText("reason", reason, REASON_MAX).orThrow();
        return reason;
    }

    private NoShowResponse report(CallerRole role, String callerId, String bookingId, NoShowType type,
            String reason) {
        requireWellFormed(bookingId);
        return tx.call(() -> {
            NoShowBooking booking = lock(role, callerId, bookingId);
            if (reports.lockReport(bookingId).isPresent()) {
                throw new ConflictException("NO_SHOW_ALREADY_REPORTED", "A no-show has already been reported for"
                        + " this booking");
            }
            booking.status().transitionTo(BookingStatus.NO_SHOW);
            Instant now = clock.instant();
            requireReportWindow(booking, now);
            NoShowReport report = NoShowReport.filed(bookingId, type, callerId, role, stored(reason), now,
                    now.plus(DISPUTE_WINDOW));
            reports.insert(report);
            reports.setBookingStatus(bookingId, BookingStatus.NO_SHOW, now);
            outbox.emit(NoShowReported.TYPE, AGGREGATE, bookingId, new NoShowReported(bookingId, booking.studentId(),
                    booking.instructorId(), type.value(), callerId, role.value(), booking.startAt(), booking.endAt(),
                    now, report.disputeDeadline()));
            audit.record(callerId, NoShowReported.TYPE, new AuditedEntity(AGGREGATE, bookingId),
                    Map.of("status", booking.status().name()), Map.of("status", BookingStatus.NO_SHOW.name(),
                            "type", type.value(), "reportedBy", role.value()));
            return report.toResponse(BookingStatus.NO_SHOW);
        });
    }

    /** From the lesson's start to its end + 24 h, both instants included. */
    private static void requireReportWindow(NoShowBooking booking, Instant now) {
        if (now.isBefore(booking.startAt())) {
            throw new BusinessRuleException("NO_SHOW_TOO_EARLY", "A no-show can be reported once the lesson has"
                    + " started", Map.of("windowOpensAt", booking.startAt().toString()));
        }
        Instant closesAt = booking.endAt().plus(REPORT_WINDOW_AFTER_END);
        if (now.isAfter(closesAt)) {
            throw new BusinessRuleException("NO_SHOW_WINDOW_CLOSED", "A no-show can only be reported until 24 hours"
                    + " after the lesson's end", Map.of("windowClosedAt", closesAt.toString()));
        }
    }

    private NoShowResponse dispute(CallerRole role, String callerId, String bookingId, NoShowDisputeRequest request) {
        FieldRules.requireBody(request);
        FieldRules.check().text("reason", request.reason(), DISPUTE_REASON_MIN, REASON_MAX).orThrow();
        requireWellFormed(bookingId);
        String reason = request.reason().strip();
        return tx.call(() -> {
            NoShowBooking booking = lock(role, callerId, bookingId);
            NoShowReport report = reports.lockReport(bookingId).orElseThrow(NoShowErrors::reportNotFound);
            if (!report.type().accuses(role)) {
                throw new ForbiddenException("NOT_THE_ACCUSED_PARTY", "Only the party reported as absent may dispute"
                        + " this no-show report");
            }
            if (report.disputed()) {
                throw new ConflictException("NO_SHOW_ALREADY_DISPUTED", "This no-show report has already been"
                        + " disputed");
            }
            Instant now = clock.instant();
            if (now.isAfter(report.disputeDeadline())) {
                throw new BusinessRuleException("DISPUTE_WINDOW_CLOSED", "A no-show report can only be disputed"
                        + " within 24 hours of the report",
                        Map.of("disputeDeadline", report.disputeDeadline().toString()));
            }
            if (report.resolved()) {
                throw NoShowErrors.alreadyResolved(report);
            }
            reports.recordDispute(bookingId, callerId, reason, now);
            outbox.emit(NoShowDisputed.TYPE, AGGREGATE, bookingId, new NoShowDisputed(bookingId, booking.studentId(),
                    booking.instructorId(), report.type().value(), callerId, now));
            audit.record(callerId, NoShowDisputed.TYPE, new AuditedEntity(AGGREGATE, bookingId), null,
                    Map.of("type", report.type().value(), "disputedBy", role.value()));
            return report.withDispute(callerId, now, reason).toResponse(booking.status());
        });
    }

    private NoShowBooking lock(CallerRole role, String callerId, String bookingId) {
        return reports.lockBooking(bookingId).filter(found -> role.mayActOn(found, callerId))
                .orElseThrow(NoShowErrors::bookingNotFound);
    }

    static void requireWellFormed(String bookingId) {
        if (!IdGenerator.isUlid(bookingId)) {
            throw NoShowErrors.bookingNotFound();
        }
    }

    private static String stored(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
