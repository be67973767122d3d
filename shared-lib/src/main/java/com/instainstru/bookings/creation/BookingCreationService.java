package com.instainstru.bookings.creation;

import com.instainstru.bookings.creation.BookingCreationRepository.InsertOutcome;
import com.instainstru.bookings.creation.schema.AvailabilityCheckResponse;
import com.instainstru.bookings.creation.schema.BookingResponse;
import com.instainstru.bookings.creation.schema.CreateBookingRequest;
import com.instainstru.bookings.creation.schema.ProximityWarning;
import com.instainstru.instructors.areas.ServiceAreaService;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.ForbiddenException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.privacy.PublicName;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Instant booking (reference §9): a student books a live instructor's service for a local date and start time,
 * checked in the documented order. The cheap, lock-free checks run first (request shape, the student's standing,
 * service and instructor, duration, same-day end, 15-minute start, bitmap coverage); the rest runs in one
 * transaction under a per-instructor-day and a per-student advisory lock (location and pricing, service area,
 * notice, overnight protection, instructor and student conflicts), then the insert, whose two EXCLUDE
 * constraints are the final guard. Check-availability runs the same rules without the locks and without writing.
 */
@ApplicationScoped
public class BookingCreationService {

    public static final String BOOKING_CREATED = "booking.created";
    public static final String AGGREGATE = "booking";

    private final BookingCreationRepository bookings;
    private final ServiceAreaService serviceAreas;
    private final BookingStatusPolicy statusPolicy;
    private final OutboxService outbox;
    private final AuditService audit;
    private final Cache cache;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public BookingCreationService(BookingCreationRepository bookings, ServiceAreaService serviceAreas,
            BookingStatusPolicy statusPolicy, OutboxService outbox, AuditService audit, Cache cache, Transactions tx,
            IdGenerator ids, Clock clock) {
        this.bookings = bookings;
        this.serviceAreas = serviceAreas;
        this.statusPolicy = statusPolicy;
        this.outbox = outbox;
        this.audit = audit;
        this.cache = cache;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    public BookingResponse create(String studentId, CreateBookingRequest request) {
        SlotRequest slot = SlotRequest.parse(request);
        Candidate candidate = precheck(studentId, slot);
        return tx.call(() -> {
            // always instructor-day first, then student: no two creations can wait on each other in a cycle
            bookings.lockInstructorDay(slot.instructorId(), slot.date());
            bookings.lockStudent(studentId);
            Instant now = clock.instant();
            int rate = checkInsideLock(candidate, now);
            NewBooking booking = newBooking(candidate, rate, now);
            // the EXCLUDE constraints stay the final guard (e.g. a booking written by another path)
            InsertOutcome outcome = bookings.insert(booking);
            if (outcome == InsertOutcome.STUDENT_OVERLAP) {
                throw BookingRules.studentConflict();
            }
            if (outcome == InsertOutcome.INSTRUCTOR_OVERLAP) {
                throw BookingRules.instructorConflict();
            }
            // the booked (or freed) time must show in students' public availability now, not after its TTL
            cache.invalidateFamily(CacheFamilies.PUBLIC_AVAILABILITY);
            outbox.emit(BOOKING_CREATED, AGGREGATE, booking.id(), new BookingCreated(booking.id(),
                    booking.studentId(), booking.instructorId(), booking.serviceId()));
            audit.record(studentId, BOOKING_CREATED, new AuditedEntity(AGGREGATE, booking.id()), null,
                    new AuditedBooking(booking.instructorId(), booking.serviceId(), booking.startAt(),
                            booking.endAt(), booking.locationType().value(), booking.totalPriceCents(),
                            booking.status()));
            return response(booking, candidate.service());
        });
    }

    /** The same rules as {@link #create}, nothing written; malformed requests are still a 400. */
    public AvailabilityCheckResponse check(String studentId, CreateBookingRequest request) {
        SlotRequest slot = SlotRequest.parse(request);
        try {
            Candidate candidate = precheck(studentId, slot);
            checkInsideLock(candidate, clock.instant());
            List<ProximityWarning> warnings = ProximityCheck.warnings(slot, candidate.lesson(),
                    bookings.studentBookings(studentId, candidate.lesson().start().minus(ProximityCheck.WINDOW)
                            .minus(Duration.ofMinutes(1)), candidate.lesson().end().plus(ProximityCheck.WINDOW)
                            .plus(Duration.ofMinutes(1))));
            return new AvailabilityCheckResponse(true, null, "The requested time is available", warnings);
        } catch (BusinessRuleException | ConflictException e) {
            return unavailable(e);
        }
    }

    /** Steps 1-5: everything that needs no lock. */
    private Candidate precheck(String studentId, SlotRequest slot) {
        StudentStanding student = bookings.student(studentId)
                .orElseThrow(() -> new ForbiddenException("Only a signed-in student can book"));
        requireGoodStanding(student);
        BookableOffering service = bookableService(slot);
        if (service.instructorId().equals(studentId)) {
            throw new BusinessRuleException("CANNOT_BOOK_SELF", "Instructors cannot book their own lessons");
        }
        if (!service.durationOptions().contains(slot.durationMinutes())) {
            throw new BusinessRuleException("INVALID_DURATION", "This service is offered for "
                    + service.durationOptions() + " minutes, not " + slot.durationMinutes());
        }
        if (slot.endMinute() > 24 * 60) {
            throw new BusinessRuleException("SPANS_MULTIPLE_DAYS", "Bookings cannot span multiple days");
        }
        if (slot.startTime().getMinute() % 15 != 0) {
            throw new BusinessRuleException("INVALID_START_TIME",
                    "Lessons start on the hour or at :15, :30 or :45");
        }
        ZoneId zone = ZoneId.of(service.instructorTimeZone());
        LessonTime lesson = LessonTime.of(slot, zone);
        BookingCreationRepository.InstructorDay day = bookings.day(slot.instructorId(), slot.date());
        if (day.blackedOut() || !covered(day, slot)) {
            throw new BusinessRuleException("NOT_AVAILABLE", "Requested time is not available");
        }
        return new Candidate(student, service, slot, zone, lesson);
    }

    private static void requireGoodStanding(StudentStanding student) {
        if (!"active".equals(student.accountStatus())) {
            throw new BusinessRuleException("ACCOUNT_INACTIVE", "Your account is " + student.accountStatus()
                    + " and cannot book lessons");
        }
        if (student.locked()) {
            throw new BusinessRuleException("ACCOUNT_LOCKED", "Your account is locked; contact support to book");
        }
        if (student.restricted()) {
            throw new BusinessRuleException("ACCOUNT_RESTRICTED",
                    "Your account is restricted and cannot book lessons");
        }
        if (student.creditFrozen()) {
            throw new BusinessRuleException("CREDIT_FROZEN",
                    "Your credit balance is frozen; contact support to book");
        }
    }

    private BookableOffering bookableService(SlotRequest slot) {
        BookableOffering service = bookings.service(slot.serviceId())
                .orElseThrow(() -> new ResourceNotFoundException("SERVICE_NOT_FOUND", "No such service"));
        if (!service.active()) {
            throw new BusinessRuleException("SERVICE_INACTIVE", "This service is no longer offered");
        }
        if (!service.instructorId().equals(slot.instructorId()) || !service.instructorHasProfile()) {
            throw new ResourceNotFoundException("SERVICE_NOT_FOUND", "This instructor offers no such service");
        }
        if (!"active".equals(service.instructorAccountStatus())) {
            throw new BusinessRuleException("INSTRUCTOR_INACTIVE", "This instructor's account is "
                    + service.instructorAccountStatus());
        }
        if (!service.instructorLive()) {
            throw new BusinessRuleException("INSTRUCTOR_NOT_LIVE", "This instructor is not taking bookings");
        }
        return service;
    }

    private static boolean covered(BookingCreationRepository.InstructorDay day, SlotRequest slot) {
        for (int minute = slot.startMinute(); minute < slot.endMinute(); minute++) {
            if (!day.bits().isSet(minute)) {
                return false;
            }
        }
        return true;
    }

    /** Steps 6a-6f; answers the hourly rate of the chosen format. */
    private int checkInsideLock(Candidate candidate, Instant now) {
        SlotRequest slot = candidate.slot();
        BookableOffering service = candidate.service();
        int rate = requireFormat(service, slot.locationType());
        if (service.needsServiceArea(slot.locationType())) {
            if (!slot.hasCoordinates()) {
                throw new BusinessRuleException("COORDINATES_REQUIRED",
                        "A travel lesson needs the location's coordinates (locationLat, locationLng)");
            }
            if (!serviceAreas.covers(service.instructorId(), slot.locationLat(), slot.locationLng())) {
                throw new BusinessRuleException("OUTSIDE_SERVICE_AREA",
                        "This location is outside the instructor's service area");
            }
        }
        BookingRules.requireNotice(slot.locationType(), candidate.lesson().start(), now);
        if (service.overnightProtection()) {
            BookingRules.requireOvernightProtection(slot.locationType(), slot.date(), slot.startTime(), now,
                    candidate.zone());
        }
        Duration reach = Duration.ofMinutes(Math.max(service.travelBufferMinutes(),
                service.nonTravelBufferMinutes()));
        LessonTime lesson = candidate.lesson();
        BookingRules.requireNoInstructorConflict(
                bookings.instructorBookings(service.instructorId(), lesson.start().minus(reach),
                        lesson.end().plus(reach)),
                slot.locationType(), lesson, service.nonTravelBufferMinutes(), service.travelBufferMinutes());
        BookingRules.requireNoStudentConflict(
                bookings.studentBookings(candidate.student().studentId(), lesson.start(), lesson.end()), lesson);
        return rate;
    }

    private static int requireFormat(BookableOffering service, LocationType type) {
        switch (type) {
            case STUDENT_LOCATION -> {
                if (!service.offersTravel()) {
                    throw new BusinessRuleException("TRAVEL_NOT_OFFERED",
                            "This instructor does not travel for this service");
                }
            }
            case NEUTRAL_LOCATION -> {
                if (!service.offersTravel() && !service.offersAtLocation()) {
                    throw new BusinessRuleException("IN_PERSON_NOT_OFFERED",
                            "This service is not offered in person");
                }
            }
            case INSTRUCTOR_LOCATION -> {
                if (!service.offersAtLocation()) {
                    throw new BusinessRuleException("AT_LOCATION_NOT_OFFERED",
                            "This service is not offered at the instructor's location");
                }
            }
            case ONLINE -> {
                if (!service.offersOnline()) {
                    throw new BusinessRuleException("ONLINE_NOT_OFFERED", "This service is not offered online");
                }
            }
        }
        return service.hourlyRateFor(type).orElseThrow(() -> new BusinessRuleException(
                "LOCATION_TYPE_PRICING_NOT_FOUND", "No price is set for " + type.value() + " lessons"));
    }

    private NewBooking newBooking(Candidate candidate, int rate, Instant now) {
        SlotRequest slot = candidate.slot();
        LocalTime end = slot.endMinute() == 24 * 60 ? null : slot.startTime().plusMinutes(slot.durationMinutes());
        return new NewBooking(ids.newId(), candidate.student().studentId(), slot.instructorId(), slot.serviceId(),
                slot.date(), slot.startTime(), end, candidate.lesson().start(), candidate.lesson().end(),
                candidate.zone().getId(), candidate.student().timeZone(), slot.durationMinutes(), slot.locationType(),
                slot.locationAddress(), slot.locationLat(), slot.locationLng(), slot.locationPlaceId(),
                slot.meetingLocation(), candidate.service().serviceName(), rate,
                BookingRules.totalPriceCents(rate, slot.durationMinutes()),
                statusPolicy.initialStatus(candidate.lesson().start(), now), slot.studentNote(), now);
    }

    private static BookingResponse response(NewBooking b, BookableOffering service) {
        return new BookingResponse(b.id(), b.status(), b.instructorId(),
                PublicName.of(service.instructorFirstName(), service.instructorLastName()).value(), b.serviceId(),
                b.serviceName(), b.date().toString(), b.startTime().toString(),
                b.endTime() == null ? "24:00" : b.endTime().toString(), b.startAt(), b.endAt(), b.lessonTimeZone(),
                b.studentTimeZone(), b.durationMinutes(), b.locationType().value(), b.locationAddress(),
                b.meetingLocation(), b.hourlyRateCents(), b.totalPriceCents(), b.studentNote(), b.createdAt());
    }

    private static AvailabilityCheckResponse unavailable(DomainException e) {
        return new AvailabilityCheckResponse(false, e.code(), e.getMessage(), List.of());
    }

    private record Candidate(StudentStanding student, BookableOffering service, SlotRequest slot, ZoneId zone,
            LessonTime lesson) {
    }

    /** The {@code booking.created} payload: ids only; consumers read what they need. */
    public record BookingCreated(String bookingId, String studentId, String instructorId,
            String instructorServiceId) {
    }

    private record AuditedBooking(String instructorId, String instructorServiceId, Instant startAt, Instant endAt,
            String locationType, int totalPriceCents, String status) {
    }
}
