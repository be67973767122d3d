package com.instainstru.bookings.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.users.User;
import com.instainstru.bookings.listing.BookingRowsTestKit.Teacher;
import com.instainstru.bookings.listing.schema.InstructorBookingView;
import com.instainstru.bookings.listing.schema.StudentBookingView;
import com.instainstru.bookings.listing.schema.StudentBookingsResponse;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingListingServiceTest {

    /** Saturday 2026-11-28 09:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-28T14:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final BookingRowsTestKit kit = new BookingRowsTestKit(NOW);
    private final BookingListingService service =
            new BookingListingService(new BookingListRepository(kit.jdbc), kit.clock);

    @Test
    void upcomingAndPastSplitAtTheExactEndInstant() {
        User student = kit.student("pat", "quinn");
        Teacher teacher = kit.instructor();
        String endsNow = kit.booking(student.id(), teacher, TODAY, "08:00", 60).insert();
        String endsInAMinute = kit.booking(student.id(), teacher, TODAY, "09:00", 1).status("PENDING").insert();
        String cancelledLater = kit.booking(student.id(), teacher, TODAY, "12:00", 60).status("CANCELLED").insert();
        String tomorrow = kit.booking(student.id(), teacher, TODAY.plusDays(1), "10:00", 30).insert();

        assertThat(ids(service.studentBookings(student.id(), ListingQuery.parse("upcoming", null, null))))
                .containsExactly(endsInAMinute, tomorrow);
        assertThat(ids(service.studentBookings(student.id(), ListingQuery.parse("past", null, null))))
                .containsExactly(cancelledLater, endsNow);

        kit.clock.advance(Duration.ofMinutes(1));
        assertThat(ids(service.studentBookings(student.id(), ListingQuery.parse(null, null, null))))
                .containsExactly(tomorrow);
    }

    @Test
    void completedBookingsArePastEvenBeforeTheyEnd() {
        User student = kit.student("pat", "quinn");
        Teacher teacher = kit.instructor();
        String completed = kit.booking(student.id(), teacher, TODAY.plusDays(2), "10:00", 60).status("COMPLETED")
                .insert();

        assertThat(ids(service.studentBookings(student.id(), ListingQuery.parse("upcoming", null, null)))).isEmpty();
        assertThat(ids(service.studentBookings(student.id(), ListingQuery.parse("past", null, null))))
                .containsExactly(completed);
    }

    @Test
    void pagesCountTheWholeList() {
        User student = kit.student("pat", "quinn");
        Teacher teacher = kit.instructor();
        List<String> booked = List.of(1, 2, 3, 4, 5).stream()
                .map(day -> kit.booking(student.id(), teacher, TODAY.plusDays(day), "10:00", 60).insert()).toList();

        StudentBookingsResponse first = service.studentBookings(student.id(), ListingQuery.parse("upcoming", "1", "2"));
        StudentBookingsResponse last = service.studentBookings(student.id(), ListingQuery.parse("upcoming", "3", "2"));
        StudentBookingsResponse beyond = service.studentBookings(student.id(), ListingQuery.parse("upcoming", "4", "2"));

        assertThat(ids(first)).containsExactlyElementsOf(booked.subList(0, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hasMore()).isTrue();
        assertThat(ids(last)).containsExactly(booked.get(4));
        assertThat(last.hasMore()).isFalse();
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void theQueryIsCheckedOnBothSidesOfEachBound() {
        assertThat(ListingQuery.parse(null, null, null)).isEqualTo(new ListingQuery(true, 1, 20));
        assertThat(ListingQuery.parse("past", "100", "50")).isEqualTo(new ListingQuery(false, 100, 50));
        assertThat(ListingQuery.parse("upcoming", "1", "1").limit()).isEqualTo(1);
        assertRejected("limit", "upcoming", "1", "0");
        assertRejected("limit", "upcoming", "1", "51");
        assertRejected("limit", "upcoming", "1", "ten");
        assertRejected("page", "upcoming", "0", "20");
        assertRejected("page", "upcoming", "101", "20");
        assertRejected("when", "later", "1", "20");
    }

    @Test
    void aStudentReadsOnlyTheirOwnBookingAndSeesTheInstructorsPublicName() {
        User student = kit.student("pat", "quinn");
        User other = kit.student("robin", "roe");
        Teacher teacher = kit.instructor();
        String id = kit.booking(student.id(), teacher, TODAY.plusDays(3), "10:00", 60)
                .notes("Bring the Czerny book", "Works on scales").insert();

        StudentBookingView view = service.studentBooking(student.id(), id);

        assertThat(view.instructor().id()).isEqualTo(teacher.id());
        assertThat(view.instructor().name().value()).isEqualTo("Sarah C.");
        assertThat(view.studentNote()).isEqualTo("Bring the Czerny book");
        assertThat(view.startTime()).isEqualTo("10:00");
        assertThat(view.endTime()).isEqualTo("11:00");
        assertThat(view.lessonTimeZone()).isEqualTo("America/New_York");
        assertThat(view.startAt()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
        assertThat(view.totalPriceCents()).isEqualTo(8000);
        assertThatThrownBy(() -> service.studentBooking(other.id(), id))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.studentBooking(teacher.id(), id))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.studentBooking(student.id(), "not-an-id"))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void anInstructorReadsOnlyTheirOwnBookingsWithTheirNoteAndTheStudentsPublicName() throws Exception {
        User student = kit.student("pat", "quinn");
        Teacher teacher = kit.instructor();
        Teacher otherTeacher = kit.instructor();
        String id = kit.booking(student.id(), teacher, TODAY.plusDays(3), "23:00", 60)
                .notes("Bring the Czerny book", "Works on scales").insert();

        InstructorBookingView view = service.instructorBooking(teacher.id(), id);

        assertThat(view.student().name().value()).isEqualTo("Pat Q.");
        assertThat(view.instructorNote()).isEqualTo("Works on scales");
        assertThat(view.endTime()).isEqualTo("24:00");
        String json = kit.instructors.platform.json.writeValueAsString(view);
        assertThat(json).doesNotContain("quinn", "@example.test", "2125550199");
        assertThat(kit.instructors.platform.json.writeValueAsString(service.studentBooking(student.id(), id)))
                .doesNotContain("Works on scales", "connor", "@example.test");
        assertThatThrownBy(() -> service.instructorBooking(otherTeacher.id(), id))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(service.instructorBookings(otherTeacher.id(), ListingQuery.parse(null, null, null)).bookings())
                .isEmpty();
        assertThat(service.instructorBookings(teacher.id(), ListingQuery.parse(null, null, null)).bookings())
                .extracting(InstructorBookingView::id).containsExactly(id);
    }

    private static void assertRejected(String field, String when, String page, String limit) {
        assertThatThrownBy(() -> ListingQuery.parse(when, page, limit))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly(field));
    }

    private static List<String> ids(StudentBookingsResponse response) {
        return response.bookings().stream().map(StudentBookingView::id).toList();
    }
}
