package com.instainstru.bookings.creation;

import com.instainstru.bookings.creation.BookingCreationRepository.InsertOutcome;
import com.instainstru.bookings.creation.schema.BookingResponse;
import com.instainstru.bookings.creation.schema.ProximityWarning;
import com.instainstru.instructors.areas.ServiceAreaService;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ForbiddenException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.privacy.PublicName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The rules that put a lesson on the calendar (reference §9), shared by booking and rescheduling. The cheap,
 * lock-free checks run first ({@link #prepare}: the student's standing, service and instructor, duration, same-day
 * end, 15-minute start, bitmap coverage); the rest runs in the caller's transaction after {@link #lock}
 * ({@link #place}: location and pricing, service area, notice, overnight protection, instructor and student
 * conflicts, then the insert, whose two EXCLUDE constraints are the final guard).
 */
@ApplicationScoped
public class BookingPlacement {

    private final BookingCreationRepository bookings;
    private final ServiceAreaService serviceAreas;
    private final BookingStatusPolicy statusPolicy;
    private final Cache cache;
    private final IdGenerator ids;
    private final Clock clock;

    public BookingPlacement(BookingCreationRepository bookings, ServiceAreaService serviceAreas,
            BookingStatusPolicy statusPolicy, Cache cache, IdGenerator ids, Clock clock) {
        this.bookings = bookings;
        this.serviceAreas = serviceAreas;
        this.statusPolicy = statusPolicy;
        this.cache = cache;
        this.ids = ids;
        this.clock = clock;
    }

    /** Steps 1-5: everything that needs no lock. */
    public BookingCandidate prepare(String studentId, SlotRequest slot) {
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
        return new BookingCandidate(student, service, slot, zone, lesson);
    }

    /**
     * The advisory locks placing a lesson needs, always instructor-day first, then student, so no two placements
     * wait on each other in a cycle. Must run inside the transaction that places the lesson.
     */
    public void lock(BookingCandidate candidate) {
        bookings.lockInstructorDay(candidate.slot().instructorId(), candidate.slot().date());
        bookings.lockStudent(candidate.student().studentId());
    }

    /** Steps 6a-6f without writing; answers the hourly rate of the chosen format. */
    public int check(BookingCandidate candidate, Instant now) {
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

    /**
     * Steps 6a-6g under the caller's {@link #lock}: checks, then inserts. The booked time shows in students'
     * public availability at once, not after the cache's TTL.
     */
    public NewBooking place(BookingCandidate candidate, Lineage lineage, Instant now) {
        int rate = check(candidate, now);
        NewBooking booking = newBooking(candidate, rate, lineage, now);
        // the EXCLUDE constraints stay the final guard (e.g. a booking written by another path)
        InsertOutcome outcome = bookings.insert(booking);
        if (outcome == InsertOutcome.STUDENT_OVERLAP) {
            throw BookingRules.studentConflict();
        }
        if (outcome == InsertOutcome.INSTRUCTOR_OVERLAP) {
            throw BookingRules.instructorConflict();
        }
        cache.invalidateFamily(CacheFamilies.PUBLIC_AVAILABILITY);
        return booking;
    }

    /** The student's other lessons close enough to this one to warrant a proximity warning. */
    public List<ProximityWarning> proximityWarnings(BookingCandidate candidate) {
        LessonTime lesson = candidate.lesson();
        return ProximityCheck.warnings(candidate.slot(), lesson, bookings.studentBookings(
                candidate.student().studentId(),
                lesson.start().minus(ProximityCheck.WINDOW).minus(Duration.ofMinutes(1)),
                lesson.end().plus(ProximityCheck.WINDOW).plus(Duration.ofMinutes(1))));
    }

    public Instant now() {
        return clock.instant();
    }

    public static BookingResponse response(NewBooking b, BookableOffering service) {
        return new BookingResponse(b.id(), b.status(), b.instructorId(),
                PublicName.of(service.instructorFirstName(), service.instructorLastName()).value(), b.serviceId(),
                b.serviceName(), b.date().toString(), b.startTime().toString(),
                b.endTime() == null ? "24:00" : b.endTime().toString(), b.startAt(), b.endAt(), b.lessonTimeZone(),
                b.studentTimeZone(), b.durationMinutes(), b.locationType().value(), b.locationAddress(),
                b.meetingLocation(), b.hourlyRateCents(), b.totalPriceCents(), b.studentNote(), b.createdAt());
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

    private NewBooking newBooking(BookingCandidate candidate, int rate, Lineage lineage, Instant now) {
        SlotRequest slot = candidate.slot();
        LocalTime end = slot.endMinute() == 24 * 60 ? null : slot.startTime().plusMinutes(slot.durationMinutes());
        return new NewBooking(ids.newId(), candidate.student().studentId(), slot.instructorId(), slot.serviceId(),
                slot.date(), slot.startTime(), end, candidate.lesson().start(), candidate.lesson().end(),
                candidate.zone().getId(), candidate.student().timeZone(), slot.durationMinutes(), slot.locationType(),
                slot.locationAddress(), slot.locationLat(), slot.locationLng(), slot.locationPlaceId(),
                slot.meetingLocation(), candidate.service().serviceName(), rate,
                BookingRules.totalPriceCents(rate, slot.durationMinutes()),
                statusPolicy.initialStatus(candidate.lesson().start(), now), slot.studentNote(), lineage, now);
    }
}
