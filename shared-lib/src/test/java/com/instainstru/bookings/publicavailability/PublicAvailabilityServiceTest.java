package com.instainstru.bookings.publicavailability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.users.User;
import com.instainstru.bookings.listing.BookingRowsTestKit;
import com.instainstru.bookings.listing.BookingRowsTestKit.Teacher;
import com.instainstru.bookings.publicavailability.schema.FreeWindow;
import com.instainstru.bookings.publicavailability.schema.NextAvailableResponse;
import com.instainstru.bookings.publicavailability.schema.PublicAvailabilityResponse;
import com.instainstru.bookings.publicavailability.schema.PublicDayAvailability;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicAvailabilityServiceTest {

    /** Saturday 2026-11-28 09:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-28T14:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    private final BookingRowsTestKit kit = new BookingRowsTestKit(NOW);
    private final PublicAvailabilityService service = new PublicAvailabilityService(
            new PublicAvailabilityRepository(kit.jdbc), kit.days, kit.blackouts, kit.cache, kit.clock);

    @Test
    void aBookingWithItsBufferIsTakenOutOfTheWindowAndOfEveryStartThatWouldTouchIt() {
        Teacher teacher = kit.liveInstructor();
        kit.available(teacher.id(), WEDNESDAY, "08:00", "13:00");
        kit.booking(kit.student("pat", "quinn").id(), teacher, WEDNESDAY, "10:00", 60).insert();

        PublicDayAvailability day = day(teacher, WEDNESDAY, 60);

        assertThat(day.windows()).containsExactly(new FreeWindow("08:00", "09:45"), new FreeWindow("11:15", "13:00"));
        assertThat(day.starts()).containsExactly("08:00", "08:15", "08:30", "08:45", "11:15", "11:30", "11:45",
                "12:00");
    }

    @Test
    void travelBookingsKeepTheTravelBufferAndCancelledOnesHoldNothing() {
        Teacher teacher = kit.liveInstructor();
        kit.buffers(teacher.id(), 15, 45);
        kit.available(teacher.id(), WEDNESDAY, "08:00", "13:00", "14:00", "16:00");
        kit.booking(kit.student("pat", "quinn").id(), teacher, WEDNESDAY, "10:00", 60).at("student_location").insert();
        kit.booking(kit.student("robin", "roe").id(), teacher, WEDNESDAY, "14:00", 60).status("CANCELLED").insert();

        PublicDayAvailability day = day(teacher, WEDNESDAY, 60);

        assertThat(day.windows()).containsExactly(new FreeWindow("08:00", "09:15"), new FreeWindow("11:45", "13:00"),
                new FreeWindow("14:00", "16:00"));
        assertThat(day.starts()).containsExactly("08:00", "08:15", "11:45", "12:00", "14:00", "14:15", "14:30", "14:45",
                "15:00");
    }

    @Test
    void aLateBookingOnTheDayBeforeReachesPastMidnightWithItsBuffer() {
        Teacher teacher = kit.liveInstructor();
        kit.available(teacher.id(), WEDNESDAY, "00:00", "02:00");
        kit.booking(kit.student("pat", "quinn").id(), teacher, WEDNESDAY.minusDays(1), "23:00", 60)
                .at("neutral_location").insert();

        assertThat(day(teacher, WEDNESDAY, 60).windows()).containsExactly(new FreeWindow("01:00", "02:00"));
    }

    @Test
    void aBlackoutDayHasNothing() {
        Teacher teacher = kit.liveInstructor();
        kit.available(teacher.id(), WEDNESDAY, "08:00", "13:00");
        kit.available(teacher.id(), WEDNESDAY.plusDays(1), "08:00", "09:00");
        kit.blackout(teacher.id(), WEDNESDAY);

        PublicAvailabilityResponse range = service.availability(teacher.id(), WEDNESDAY.toString(),
                WEDNESDAY.plusDays(1).toString(), null);

        assertThat(range.days().get(0).windows()).isEmpty();
        assertThat(range.days().get(0).starts()).isEmpty();
        assertThat(range.days().get(1).starts()).containsExactly("08:00");
    }

    @Test
    void todayStartsAnHourFromNowRoundedUpToTheNextQuarter() {
        Teacher teacher = kit.liveInstructor();
        kit.available(teacher.id(), TODAY, "08:00", "12:00");
        kit.clock.advance(Duration.ofMinutes(7));

        PublicDayAvailability day = day(teacher, TODAY, 60);

        assertThat(day.windows()).containsExactly(new FreeWindow("10:07", "12:00"));
        assertThat(day.starts()).containsExactly("10:15", "10:30", "10:45", "11:00");
    }

    @Test
    void aLessonFitsOnlyWhereItsWholeDurationIsFree() {
        Teacher teacher = kit.liveInstructor();
        kit.available(teacher.id(), WEDNESDAY, "09:00", "10:00", "23:00", "24:00");

        assertThat(day(teacher, WEDNESDAY, 60).starts()).containsExactly("09:00", "23:00");
        assertThat(day(teacher, WEDNESDAY, 90).starts()).isEmpty();
        assertThat(day(teacher, WEDNESDAY, 30).starts())
                .containsExactly("09:00", "09:15", "09:30", "23:00", "23:15", "23:30");
        assertThat(day(teacher, WEDNESDAY, 60).windows()).containsExactly(new FreeWindow("09:00", "10:00"),
                new FreeWindow("23:00", "24:00"));
    }

    @Test
    void theSpringForwardHourDoesNotExistSoNoLessonCrossesIt() {
        Teacher teacher = kit.liveInstructor();
        LocalDate springForward = LocalDate.of(2027, 3, 14);
        kit.available(teacher.id(), springForward, "00:00", "05:00");

        PublicAvailabilityResponse range = service.compute(
                new PublicAvailabilityRepository(kit.jdbc).liveCalendar(teacher.id()).orElseThrow(), springForward,
                springForward, 60);

        assertThat(range.days().get(0).windows()).containsExactly(new FreeWindow("00:00", "02:00"),
                new FreeWindow("03:00", "05:00"));
        assertThat(range.days().get(0).starts()).containsExactly("00:00", "00:15", "00:30", "00:45", "01:00",
                "03:00", "03:15", "03:30", "03:45", "04:00");
    }

    @Test
    void theDefaultRangeIsThirtyDaysFromTheInstructorsTodayAndAtMostNinety() {
        Teacher teacher = kit.liveInstructor();

        PublicAvailabilityResponse defaults = service.availability(teacher.id(), null, null, null);

        assertThat(defaults.startDate()).isEqualTo(TODAY);
        assertThat(defaults.endDate()).isEqualTo(TODAY.plusDays(29));
        assertThat(defaults.days()).hasSize(30);
        assertThat(defaults.durationMinutes()).isEqualTo(60);
        assertThat(defaults.timeZone()).isEqualTo("America/New_York");
        assertThat(service.availability(teacher.id(), "2026-12-01", "2027-02-28", "30").days()).hasSize(90);
        assertThatThrownBy(() -> service.availability(teacher.id(), "2026-12-01", "2027-03-01", "30"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("RANGE_TOO_LONG");
                });
        assertRejected(() -> service.availability(teacher.id(), "2026-12-02", "2026-12-01", null), "end_date");
        assertRejected(() -> service.availability(teacher.id(), "12/01/2026", null, null), "start_date");
        assertRejected(() -> service.availability(teacher.id(), null, null, "29"), "duration");
        assertRejected(() -> service.availability(teacher.id(), null, null, "721"), "duration");
        assertRejected(() -> service.availability("not-a-ulid", null, null, null), "instructorId");
        assertThat(service.availability(teacher.id(), null, null, "720").durationMinutes()).isEqualTo(720);
    }

    @Test
    void onlyLiveInstructorsWithAnActiveAccountHavePublicAvailability() {
        Teacher draft = kit.instructor();
        Teacher paused = kit.liveInstructor();
        kit.jdbc.update("UPDATE users SET account_status = 'suspended' WHERE id = ?", paused.id());
        User student = kit.student("pat", "quinn");

        for (String id : List.of(draft.id(), paused.id(), student.id())) {
            assertThatThrownBy(() -> service.availability(id, null, null, null))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> service.nextAvailable(id, null)).isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void nextAvailableIsTheFirstStartThatFits() {
        Teacher teacher = kit.liveInstructor();
        kit.available(teacher.id(), TODAY, "08:00", "10:30");
        kit.available(teacher.id(), TODAY.plusDays(2), "13:00", "15:00");

        NextAvailableResponse sixty = service.nextAvailable(teacher.id(), null);
        NextAvailableResponse thirty = service.nextAvailable(teacher.id(), "30");

        assertThat(sixty.date()).isEqualTo(TODAY.plusDays(2));
        assertThat(sixty.time()).isEqualTo("13:00");
        assertThat(sixty.startAt()).isEqualTo(Instant.parse("2026-11-30T18:00:00Z"));
        assertThat(thirty.date()).isEqualTo(TODAY);
        assertThat(thirty.time()).isEqualTo("10:00");
        assertThat(thirty.durationMinutes()).isEqualTo(30);
    }

    @Test
    void nextAvailableLooksNinetyDaysAhead() {
        Teacher teacher = kit.liveInstructor();
        kit.available(teacher.id(), TODAY.plusDays(90), "13:00", "15:00");

        assertThatThrownBy(() -> service.nextAvailable(teacher.id(), null))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("NO_AVAILABILITY"));

        kit.available(teacher.id(), TODAY.plusDays(89), "13:00", "14:00");
        kit.cache.invalidateFamily(com.instainstru.platform.cache.CacheFamilies.PUBLIC_AVAILABILITY);
        assertThat(service.nextAvailable(teacher.id(), null).date()).isEqualTo(TODAY.plusDays(89));
    }

    private PublicDayAvailability day(Teacher teacher, LocalDate date, int duration) {
        PublicAvailabilityResponse range = service.availability(teacher.id(), date.toString(), date.toString(),
                String.valueOf(duration));
        assertThat(range.days()).hasSize(1);
        return range.days().get(0);
    }

    private static void assertRejected(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly(field));
    }
}
