package com.instainstru.bookings.creation;

import static com.instainstru.bookings.creation.BookingCreationTestKit.at;
import static com.instainstru.bookings.creation.BookingCreationTestKit.newYork;
import static com.instainstru.bookings.creation.BookingCreationTestKit.online;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.instainstru.bookings.creation.schema.BookingResponse;
import com.instainstru.bookings.creation.schema.CreateBookingRequest;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The validation order of reference §9, one rule at a time, each at its exact boundary on both sides. The clock
 * starts on Saturday 2026-11-28 09:00 in New York; the instructor is in New York, the student in Chicago.
 */
class BookingCreationServiceTest {

    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-12-02");
    private static final String WED = "2026-12-02";

    private final BookingCreationTestKit kit = new BookingCreationTestKit();
    private final String student = kit.student();

    private String onlineInstructor() {
        String instructor = kit.instructor();
        kit.openAllDay(instructor, LocalDate.parse("2026-11-28"), 10);
        return instructor;
    }

    private BookingResponse book(String studentId, CreateBookingRequest request) {
        return kit.bookings.create(studentId, request);
    }

    private static void assertCode(ThrowingCallable call, Class<? extends DomainException> type, String code) {
        assertThatThrownBy(call).isInstanceOf(type).extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }

    private int bookingsOf(String instructorId) {
        return kit.count("SELECT count(*) AS n FROM bookings WHERE instructor_id = ?", instructorId);
    }

    @Test
    void aBookingIsConfirmedWithItsSnapshotsEventAndAudit() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);

        BookingResponse booking = book(student, online(instructor, service, WED, "10:00", 60));

        assertThat(booking.status()).isEqualTo("CONFIRMED");
        assertThat(booking.instructorName()).isEqualTo("Sarah C.");
        assertThat(booking.startAt()).isEqualTo(Instant.parse("2026-12-02T15:00:00Z"));
        assertThat(booking.endAt()).isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
        assertThat(booking.endTime()).isEqualTo("11:00");
        assertThat(booking.lessonTimeZone()).isEqualTo("America/New_York");
        assertThat(booking.studentTimeZone()).isEqualTo("America/Chicago");
        assertThat(booking.serviceName()).isEqualTo("Piano");
        assertThat(booking.hourlyRateCents()).isEqualTo(7500);
        assertThat(booking.totalPriceCents()).isEqualTo(7500);
        assertThat(kit.platform.jdbc.queryOne("""
                SELECT booking_date, start_time, end_time, status, confirmed_at FROM bookings WHERE id = ?
                """, row -> tuple(row.date("booking_date"), row.time("start_time").toString(),
                row.time("end_time").toString(), row.string("status"), row.instant("confirmed_at")), booking.id()))
                .contains(tuple(WEDNESDAY, "10:00", "11:00", "CONFIRMED", BookingCreationTestKit.START));
        assertThat(kit.platform.jdbc.query("""
                SELECT event_type, payload::text AS payload FROM outbox_events WHERE aggregate_id = ?
                """, row -> row.string("event_type") + " " + row.string("payload"), booking.id()))
                .singleElement().satisfies(event -> assertThat(event).startsWith("booking.created")
                        .contains(booking.id(), student, instructor, service).doesNotContain("7500"));
        assertThat(kit.audit.entriesAbout(new AuditedEntity("booking", booking.id())))
                .extracting(e -> e.action()).containsExactly("booking.created");
    }

    @Test
    void thePriceIsTheHourlyRateProratedAndRoundedHalfUpToTheCent() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 8333);

        // 8333 x 45 / 60 = 6249.75 -> 6250; 8333 x 90 / 60 = 12499.5 -> 12500; 8333 x 30 / 60 = 4166.5 -> 4167
        assertThat(book(student, online(instructor, service, WED, "10:00", 45)).totalPriceCents()).isEqualTo(6250);
        assertThat(book(student, online(instructor, service, WED, "12:00", 90)).totalPriceCents()).isEqualTo(12500);
        assertThat(book(student, online(instructor, service, WED, "15:00", 30)).totalPriceCents()).isEqualTo(4167);
        assertThat(BookingRules.totalPriceCents(8333, 60)).isEqualTo(8333);
    }

    @Test
    void malformedFieldsAreA400NamingTheField() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);

        assertThatThrownBy(() -> book(student, null)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations().get(0).field()).isEqualTo("body");
        assertThatThrownBy(() -> book(student, online("nope", service, WED, "10:00", 60)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations().get(0).field()).isEqualTo("instructorId");
        assertThatThrownBy(() -> book(student, online(instructor, service, "2026-02-30", "10:00", 60)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations().get(0).field()).isEqualTo("bookingDate");
        assertThatThrownBy(() -> book(student, online(instructor, service, WED, "24:00", 60)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations().get(0).field()).isEqualTo("startTime");
        assertThatThrownBy(() -> book(student, online(instructor, service, WED, "9:00", 60)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations().get(0).field()).isEqualTo("startTime");
        assertThatThrownBy(() -> book(student, at("boat", instructor, service, WED, "10:00", 60, null, null)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations().get(0).field()).isEqualTo("locationType");
        assertThatThrownBy(() -> book(student, new CreateBookingRequest(instructor, service, WED, "10:00", 60,
                "online", null, null, null, null, null, "x".repeat(1001))))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations().get(0).field()).isEqualTo("studentNote");
        assertThat(book(student, new CreateBookingRequest(instructor, service, WED, "10:00", 60, null, null, null,
                null, null, null, "x".repeat(1000))).locationType()).isEqualTo("online");
        assertThat(bookingsOf(instructor)).isEqualTo(1);
    }

    @Test
    void durationIsAtLeast30MinutesAndOneOfTheServicesOptions() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);

        assertThatThrownBy(() -> book(student, online(instructor, service, WED, "10:00", 29)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations().get(0).rule()).isEqualTo("min");
        assertCode(() -> book(student, online(instructor, service, WED, "10:00", 120)), BusinessRuleException.class,
                "INVALID_DURATION");
        assertThat(book(student, online(instructor, service, WED, "10:00", 30)).durationMinutes()).isEqualTo(30);
    }

    @Test
    void theStudentMustBeInGoodStanding() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);
        CreateBookingRequest request = online(instructor, service, WED, "10:00", 60);

        String locked = kit.student();
        kit.setUser(locked, "account_locked", true);
        assertCode(() -> book(locked, request), BusinessRuleException.class, "ACCOUNT_LOCKED");
        String restricted = kit.student();
        kit.setUser(restricted, "account_restricted", true);
        assertCode(() -> book(restricted, request), BusinessRuleException.class, "ACCOUNT_RESTRICTED");
        String frozen = kit.student();
        kit.setUser(frozen, "credit_balance_frozen", true);
        assertCode(() -> book(frozen, request), BusinessRuleException.class, "CREDIT_FROZEN");
        String suspended = kit.student();
        kit.setUser(suspended, "account_status", "suspended");
        assertCode(() -> book(suspended, request), BusinessRuleException.class, "ACCOUNT_INACTIVE");
        assertCode(() -> book(instructor, request), BusinessRuleException.class, "CANNOT_BOOK_SELF");
        assertThat(bookingsOf(instructor)).isZero();
        assertThat(book(student, request).status()).isEqualTo("CONFIRMED");
    }

    @Test
    void theServiceMustExistBeActiveAndBelongToALiveActiveInstructor() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);
        String other = onlineInstructor();
        String othersService = kit.service(other, "online", 7500);

        assertCode(() -> book(student, online(instructor, kit.platform.ids.newId(), WED, "10:00", 60)),
                ResourceNotFoundException.class, "SERVICE_NOT_FOUND");
        assertCode(() -> book(student, online(instructor, othersService, WED, "10:00", 60)),
                ResourceNotFoundException.class, "SERVICE_NOT_FOUND");
        kit.set(other, "is_live", false);
        assertCode(() -> book(student, online(other, othersService, WED, "10:00", 60)), BusinessRuleException.class,
                "INSTRUCTOR_NOT_LIVE");
        kit.setUser(instructor, "account_status", "suspended");
        assertCode(() -> book(student, online(instructor, service, WED, "10:00", 60)), BusinessRuleException.class,
                "INSTRUCTOR_INACTIVE");
        kit.setUser(instructor, "account_status", "active");
        kit.platform.jdbc.update("UPDATE instructor_services SET is_active = false WHERE id = ?", service);
        assertCode(() -> book(student, online(instructor, service, WED, "10:00", 60)), BusinessRuleException.class,
                "SERVICE_INACTIVE");
        kit.platform.jdbc.update("UPDATE instructor_services SET is_active = true WHERE id = ?", service);
        assertThat(book(student, online(instructor, service, WED, "10:00", 60)).status()).isEqualTo("CONFIRMED");
    }

    @Test
    void aLessonMayEndAtMidnightButNotAfter() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);

        assertCode(() -> book(student, online(instructor, service, WED, "23:15", 60)), BusinessRuleException.class,
                "SPANS_MULTIPLE_DAYS");
        BookingResponse lastLesson = book(student, online(instructor, service, WED, "23:00", 60));
        assertThat(lastLesson.endTime()).isEqualTo("24:00");
        assertThat(lastLesson.endAt()).isEqualTo(Instant.parse("2026-12-03T05:00:00Z"));
        assertThat(kit.platform.jdbc.queryOne("SELECT end_time::text AS t FROM bookings WHERE id = ?",
                row -> row.string("t"), lastLesson.id())).contains("24:00:00");
    }

    @Test
    void lessonsStartOnAQuarterHour() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);

        assertCode(() -> book(student, online(instructor, service, WED, "10:10", 30)), BusinessRuleException.class,
                "INVALID_START_TIME");
        assertCode(() -> book(student, online(instructor, service, WED, "10:14", 30)), BusinessRuleException.class,
                "INVALID_START_TIME");
        assertThat(book(student, online(instructor, service, WED, "10:15", 30)).startTime()).isEqualTo("10:15");
    }

    @Test
    void everyMinuteMustBeInTheBitmapAndTheDayNotBlackedOut() {
        String instructor = kit.instructor();
        String service = kit.service(instructor, "online", 7500);
        kit.open(instructor, WEDNESDAY, "10:00-10:59", "12:00-13:00");

        // 10:59 is not set: a 60-minute lesson at 10:00 misses its last minute, a 45-minute one fits
        assertCode(() -> book(student, online(instructor, service, WED, "10:00", 60)), BusinessRuleException.class,
                "NOT_AVAILABLE");
        assertThat(book(student, online(instructor, service, WED, "10:00", 45)).endTime()).isEqualTo("10:45");
        // 11:45 is not set: a lesson starting there misses its first minute
        assertCode(() -> book(student, online(instructor, service, WED, "11:45", 30)), BusinessRuleException.class,
                "NOT_AVAILABLE");
        assertCode(() -> book(student, online(instructor, service, "2026-12-03", "12:00", 60)),
                BusinessRuleException.class, "NOT_AVAILABLE");
        kit.blackout(instructor, WEDNESDAY);
        assertCode(() -> book(kit.student(), online(instructor, service, WED, "12:00", 60)),
                BusinessRuleException.class, "NOT_AVAILABLE");
    }

    @Test
    void theFormatMustBeOfferedAndPriced() {
        String instructor = onlineInstructor();
        String onlineOnly = kit.service(instructor, "online", 7500);

        assertCode(() -> book(student, at("student_location", instructor, onlineOnly, WED, "14:00", 60, 40.67, -73.98)),
                BusinessRuleException.class, "TRAVEL_NOT_OFFERED");
        assertCode(() -> book(student, at("neutral_location", instructor, onlineOnly, WED, "14:00", 60, 40.67, -73.98)),
                BusinessRuleException.class, "IN_PERSON_NOT_OFFERED");
        assertCode(() -> book(student, at("instructor_location", instructor, onlineOnly, WED, "14:00", 60, null, null)),
                BusinessRuleException.class, "AT_LOCATION_NOT_OFFERED");

        String studio = onlineInstructor();
        String studioOnly = kit.service(studio, "instructor_location", 9000);
        assertCode(() -> book(student, online(studio, studioOnly, WED, "14:00", 60)), BusinessRuleException.class,
                "ONLINE_NOT_OFFERED");
        // a neutral place is priced as the instructor's location when the service offers it
        assertThat(book(student, at("neutral_location", studio, studioOnly, WED, "14:00", 60, null, null))
                .hourlyRateCents()).isEqualTo(9000);

        kit.platform.jdbc.update("UPDATE instructor_services SET offers_online = true WHERE id = ?", studioOnly);
        assertCode(() -> book(student, online(studio, studioOnly, WED, "18:00", 60)), BusinessRuleException.class,
                "LOCATION_TYPE_PRICING_NOT_FOUND");
        assertThat(bookingsOf(instructor)).isZero();
    }

    @Test
    void travelNeedsCoordinatesInsideAServiceArea() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "student_location", 12000);
        kit.serviceArea(instructor, "park-slope");

        assertCode(() -> book(student, at("student_location", instructor, service, WED, "14:00", 60, null, null)),
                BusinessRuleException.class, "COORDINATES_REQUIRED");
        // Park Slope's southern edge is latitude 40.662 (between -73.99 and -73.97); the edge counts as inside
        assertCode(() -> book(student, at("student_location", instructor, service, WED, "14:00", 60, 40.6619,
                -73.98)), BusinessRuleException.class, "OUTSIDE_SERVICE_AREA");
        BookingResponse booking = book(student, at("student_location", instructor, service, WED, "14:00", 60, 40.6620,
                -73.98));
        assertThat(booking.hourlyRateCents()).isEqualTo(12000);
        // a neutral place without the instructor's own location is a travel lesson too
        assertCode(() -> book(kit.student(), at("neutral_location", instructor, service, WED, "17:00", 60, 40.6619,
                -73.98)), BusinessRuleException.class, "OUTSIDE_SERVICE_AREA");
    }

    @Test
    void onlineAndStudioLessonsNeedAnHoursNotice() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500, "instructor_location", 9000);

        kit.nowInNewYork("2026-11-30T10:01");
        assertCode(() -> book(student, online(instructor, service, "2026-11-30", "11:00", 60)),
                BusinessRuleException.class, "ADVANCE_NOTICE");
        assertCode(() -> book(student, at("instructor_location", instructor, service, "2026-11-30", "11:00", 60, null,
                null)), BusinessRuleException.class, "ADVANCE_NOTICE");
        kit.nowInNewYork("2026-11-30T10:00");
        assertThat(book(student, online(instructor, service, "2026-11-30", "11:00", 60)).status())
                .isEqualTo("PENDING");
        assertThat(book(kit.student(), at("instructor_location", instructor, service, "2026-11-30", "13:00", 60, null,
                null)).status()).isEqualTo("PENDING");
        kit.nowInNewYork("2026-11-30T14:01");
        assertThatThrownBy(() -> book(kit.student(), online(instructor, service, "2026-11-30", "15:00", 30)))
                .hasMessage("Bookings must be made at least 1 hour in advance");
    }

    @Test
    void aLessonLessThan24HoursAheadStartsPendingUntilItsCardIsAuthorizedAndOneAtExactly24HoursIsConfirmed() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);
        kit.nowInNewYork("2026-11-30T10:00");

        BookingResponse atTheLine = book(student, online(instructor, service, "2026-12-01", "10:00", 30));
        BookingResponse justInside = book(kit.student(), online(instructor, service, "2026-12-01", "09:15", 30));

        assertThat(atTheLine.status()).isEqualTo("CONFIRMED");
        assertThat(justInside.status()).isEqualTo("PENDING");
        assertThat(kit.platform.jdbc.queryOne("SELECT confirmed_at FROM bookings WHERE id = ?",
                row -> java.util.Optional.ofNullable(row.instant("confirmed_at")), justInside.id()).orElseThrow())
                .as("a pending booking is not confirmed yet").isEmpty();
        // a PENDING booking holds its time like a confirmed one
        assertCode(() -> book(kit.student(), online(instructor, service, "2026-12-01", "09:30", 30)),
                ConflictException.class, "BOOKING_CONFLICT");
    }

    @Test
    void travelLessonsNeedThreeHoursNotice() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "student_location", 12000);
        kit.serviceArea(instructor, "park-slope");

        kit.nowInNewYork("2026-11-30T11:01");
        assertThatThrownBy(() -> book(student, at("student_location", instructor, service, "2026-11-30", "14:00", 60,
                40.67, -73.98))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("Bookings must be made at least 3 hours in advance");
        kit.nowInNewYork("2026-11-30T11:00");
        assertThat(book(student, at("student_location", instructor, service, "2026-11-30", "14:00", 60, 40.67,
                -73.98)).status()).isEqualTo("PENDING");
    }

    @Test
    void overnightProtectionStartsAtEightPmForTomorrowMorning() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);

        kit.nowInNewYork("2026-11-29T19:59");
        assertThat(book(student, online(instructor, service, "2026-11-30", "08:45", 30)).status())
                .isEqualTo("PENDING");
        kit.nowInNewYork("2026-11-29T20:00");
        assertCode(() -> book(kit.student(), online(instructor, service, "2026-11-30", "08:00", 30)),
                BusinessRuleException.class, "OVERNIGHT_PROTECTION");
        assertThat(book(kit.student(), online(instructor, service, "2026-11-30", "10:00", 30)).status())
                .isEqualTo("PENDING");
        // the day after tomorrow is not protected
        assertThat(book(kit.student(), online(instructor, service, "2026-12-01", "07:00", 30)).status())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void overnightProtectionsEarliestHourIsNineOnlineAndElevenTravelling() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500, "student_location", 12000);
        kit.serviceArea(instructor, "park-slope");

        kit.nowInNewYork("2026-11-29T21:00");
        assertCode(() -> book(student, online(instructor, service, "2026-11-30", "08:45", 30)),
                BusinessRuleException.class, "OVERNIGHT_PROTECTION");
        assertThat(book(student, online(instructor, service, "2026-11-30", "09:00", 30)).status())
                .isEqualTo("PENDING");
        assertCode(() -> book(kit.student(), at("student_location", instructor, service, "2026-11-30", "10:45", 30,
                40.67, -73.98)), BusinessRuleException.class, "OVERNIGHT_PROTECTION");
        assertThat(book(kit.student(), at("student_location", instructor, service, "2026-11-30", "11:00", 30, 40.67,
                -73.98)).status()).isEqualTo("PENDING");
    }

    @Test
    void beforeTheEarliestHourTodayIsProtected() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);

        kit.nowInNewYork("2026-11-30T05:00");
        assertCode(() -> book(student, online(instructor, service, "2026-11-30", "08:45", 30)),
                BusinessRuleException.class, "OVERNIGHT_PROTECTION");
        assertThat(book(student, online(instructor, service, "2026-11-30", "09:00", 30)).status())
                .isEqualTo("PENDING");
        kit.nowInNewYork("2026-11-30T09:00");
        // from 09:00 on, an online request no longer protects today (notice still applies)
        assertThat(kit.bookings.check(kit.student(), online(instructor, service, "2026-11-30", "08:45", 30)).code())
                .isEqualTo("ADVANCE_NOTICE");

        kit.set(instructor, "overnight_protection_enabled", false);
        kit.nowInNewYork("2026-11-30T21:00");
        assertThat(book(kit.student(), online(instructor, service, "2026-12-01", "07:00", 30)).status())
                .isEqualTo("PENDING");
    }

    @Test
    void theNonTravelBufferIsFifteenMinutesOnBothSides() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);
        String other = kit.student();

        // an existing lesson 10:00-10:46: 14 minutes before 11:00 is too close, 10:45 leaves exactly 15
        kit.existing(instructor, service, other, newYork("2026-12-02T10:00"), newYork("2026-12-02T10:46"), "online",
                null, null);
        ConflictException conflict = (ConflictException) catchConflict(
                () -> book(student, online(instructor, service, WED, "11:00", 30)));
        assertThat(conflict.extensions()).containsEntry("conflictScope", "instructor");
        assertThat(conflict.getMessage()).isEqualTo("Instructor already has a booking that overlaps this time");

        String second = kit.existing(instructor, service, other, newYork("2026-12-02T13:00"),
                newYork("2026-12-02T13:45"), "online", null, null);
        assertThat(book(student, online(instructor, service, WED, "14:00", 30)).status()).isEqualTo("CONFIRMED");
        // before an existing lesson: ending 12:46 is 14 minutes before 13:00 (refused), 12:45 is 15 (fine)
        assertThat(second).isNotNull();
        kit.existing(instructor, service, other, newYork("2026-12-02T16:14"), newYork("2026-12-02T17:00"), "online",
                null, null);
        assertCode(() -> book(kit.student(), online(instructor, service, WED, "15:30", 30)), ConflictException.class,
                "BOOKING_CONFLICT");
        kit.platform.jdbc.update("UPDATE bookings SET start_at = start_at + interval '1 minute' WHERE instructor_id = ?"
                + " AND start_at = ?", instructor, newYork("2026-12-02T16:14"));
        assertThat(book(kit.student(), online(instructor, service, WED, "15:30", 30)).status()).isEqualTo("CONFIRMED");
    }

    @Test
    void theTravelBufferIsSixtyMinutesWhenEitherLessonHasTheInstructorTravelling() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500, "student_location", 12000);
        kit.serviceArea(instructor, "park-slope");
        String other = kit.student();

        // existing travel lesson ending 10:01: an online lesson at 11:00 is 59 minutes after (refused)
        kit.existing(instructor, service, other, newYork("2026-12-02T09:00"), newYork("2026-12-02T10:01"),
                "student_location", 40.67, -73.98);
        assertCode(() -> book(student, online(instructor, service, WED, "11:00", 30)), ConflictException.class,
                "BOOKING_CONFLICT");
        kit.platform.jdbc.update("UPDATE bookings SET end_at = end_at - interval '1 minute' WHERE instructor_id = ?",
                instructor);
        assertThat(book(student, online(instructor, service, WED, "11:00", 30)).status()).isEqualTo("CONFIRMED");

        // new travel lesson after an online one (11:00-11:30): 12:15 is 45 minutes, 12:30 exactly 60
        assertCode(() -> book(kit.student(), at("student_location", instructor, service, WED, "12:15", 30, 40.67,
                -73.98)), ConflictException.class, "BOOKING_CONFLICT");
        assertThat(book(kit.student(), at("student_location", instructor, service, WED, "12:30", 30, 40.67, -73.98))
                .status()).isEqualTo("CONFIRMED");
        // two online lessons only need the non-travel buffer, but 13:15 is 15 minutes after a travel lesson
        assertCode(() -> book(kit.student(), online(instructor, service, WED, "13:15", 30)), ConflictException.class,
                "BOOKING_CONFLICT");
    }

    @Test
    void theBuffersAreTheInstructorsSettings() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);
        kit.set(instructor, "non_travel_buffer_minutes", 30);
        kit.existing(instructor, service, kit.student(), newYork("2026-12-02T10:00"), newYork("2026-12-02T11:00"),
                "online", null, null);

        assertCode(() -> book(student, online(instructor, service, WED, "11:15", 30)), ConflictException.class,
                "BOOKING_CONFLICT");
        assertThat(book(student, online(instructor, service, WED, "11:30", 30)).status()).isEqualTo("CONFIRMED");
    }

    @Test
    void aStudentCannotBeInTwoLessonsAtOnceButMayGoBackToBack() {
        String first = onlineInstructor();
        String firstService = kit.service(first, "online", 7500);
        String second = onlineInstructor();
        String secondService = kit.service(second, "online", 7500);
        kit.existing(first, firstService, student, newYork("2026-12-02T10:00"), newYork("2026-12-02T11:01"),
                "online", null, null);

        ConflictException conflict = (ConflictException) catchConflict(
                () -> book(student, online(second, secondService, WED, "11:00", 30)));
        assertThat(conflict.extensions()).containsEntry("conflictScope", "student");
        assertThat(conflict.getMessage()).isEqualTo("Student already has a booking that overlaps this time");
        kit.platform.jdbc.update("UPDATE bookings SET end_at = end_at - interval '1 minute' WHERE student_id = ?",
                student);
        assertThat(book(student, online(second, secondService, WED, "11:00", 30)).status()).isEqualTo("CONFIRMED");
    }

    @Test
    void cancelledBookingsHoldNoTime() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);
        String id = kit.existing(instructor, service, kit.student(), newYork("2026-12-02T10:00"),
                newYork("2026-12-02T11:00"), "online", null, null);
        kit.platform.jdbc.update("UPDATE bookings SET status = 'CANCELLED', cancelled_at = ? WHERE id = ?",
                kit.clock.instant(), id);

        assertThat(book(student, online(instructor, service, WED, "10:00", 60)).status()).isEqualTo("CONFIRMED");
    }

    @Test
    void checkAvailabilityAnswersTheSameRulesWithoutWriting() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "online", 7500);

        var free = kit.bookings.check(student, online(instructor, service, WED, "10:00", 60));
        assertThat(free.available()).isTrue();
        assertThat(free.proximityWarnings()).isEmpty();
        assertThat(bookingsOf(instructor)).isZero();

        book(kit.student(), online(instructor, service, WED, "10:00", 60));
        var taken = kit.bookings.check(student, online(instructor, service, WED, "10:00", 60));
        assertThat(taken.available()).isFalse();
        assertThat(taken.code()).isEqualTo("BOOKING_CONFLICT");
        assertThat(kit.bookings.check(student, online(instructor, service, WED, "10:10", 60)).code())
                .isEqualTo("INVALID_START_TIME");
        assertThatThrownBy(() -> kit.bookings.check(student, online(instructor, service, "tomorrow", "10:00", 60)))
                .isInstanceOf(ValidationException.class);
        assertThat(bookingsOf(instructor)).isEqualTo(1);
    }

    @Test
    void checkAvailabilityWarnsOfAnotherLessonWithin30MinutesSomewhereElse() {
        String instructor = onlineInstructor();
        String service = kit.service(instructor, "student_location", 12000);
        kit.serviceArea(instructor, "park-slope");
        kit.serviceArea(instructor, "williamsburg");
        String elsewhere = onlineInstructor();
        String elsewhereService = kit.service(elsewhere, "student_location", 12000);
        // the student's other lesson ends at 13:30 in Williamsburg; this one is in Park Slope
        kit.existing(elsewhere, elsewhereService, student, newYork("2026-12-02T12:30"), newYork("2026-12-02T13:30"),
                "student_location", 40.7081, -73.9571);

        var thirty = kit.bookings.check(student, at("student_location", instructor, service, WED, "14:00", 60, 40.67,
                -73.98));
        assertThat(thirty.available()).isTrue();
        assertThat(thirty.proximityWarnings()).singleElement().satisfies(w -> assertThat(w.gapMinutes()).isEqualTo(30));
        var fortyFive = kit.bookings.check(student, at("student_location", instructor, service, WED, "14:15", 60,
                40.67, -73.98));
        assertThat(fortyFive.proximityWarnings()).isEmpty();
        // the other lesson ending at 13:29 leaves 31 minutes: no warning
        kit.platform.jdbc.update("UPDATE bookings SET end_at = end_at - interval '1 minute' WHERE student_id = ?",
                student);
        assertThat(kit.bookings.check(student, at("student_location", instructor, service, WED, "14:00", 60, 40.67,
                -73.98)).proximityWarnings()).isEmpty();
        kit.platform.jdbc.update("UPDATE bookings SET end_at = end_at + interval '1 minute' WHERE student_id = ?",
                student);
        // the same place (within 0.1 mile) is no warning
        var samePlace = kit.bookings.check(student, at("student_location", instructor, service, WED, "14:00", 60,
                40.7085, -73.9571));
        assertThat(samePlace.proximityWarnings()).isEmpty();
    }

    private static Throwable catchConflict(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(ConflictException.class);
        return thrown;
    }
}
