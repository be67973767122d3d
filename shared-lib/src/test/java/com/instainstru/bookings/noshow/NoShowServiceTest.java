package com.instainstru.bookings.noshow;

import static com.instainstru.bookings.cancellation.CancellationTestKit.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.instainstru.bookings.cancellation.CancellationTestKit.Instructor;
import com.instainstru.bookings.completion.BookingCompletionService;
import com.instainstru.bookings.completion.CompletionRepository;
import com.instainstru.bookings.noshow.NoShowTestKit.Lesson;
import com.instainstru.bookings.noshow.schema.AdminNoShowReportRequest;
import com.instainstru.bookings.noshow.schema.NoShowDisputeRequest;
import com.instainstru.bookings.noshow.schema.NoShowReportRequest;
import com.instainstru.bookings.noshow.schema.NoShowResponse;
import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.platform.audit.AuditEntry;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.ForbiddenException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Reporting and disputing no-shows, with a fixed clock so every window is probed on both sides of its edge. */
class NoShowServiceTest {

    private static final Duration DAY = Duration.ofHours(24);

    private final NoShowTestKit kit = new NoShowTestKit();

    @Test
    void aStudentReportsTheInstructorFromTheLessonsStartWithItsEventAndAuditEntry() {
        Lesson lesson = kit.lesson(NOW.plus(Duration.ofHours(3)));

        kit.at(lesson.startAt().minusSeconds(1));
        assertRefused(() -> kit.noShows.reportAsStudent(lesson.studentId(), lesson.id(), null),
                BusinessRuleException.class, "NO_SHOW_TOO_EARLY");
        assertThat(kit.status(lesson.id())).isEqualTo("CONFIRMED");
        assertThat(kit.count("SELECT count(*) AS n FROM booking_no_shows WHERE booking_id = ?", lesson.id())).isZero();

        kit.at(lesson.startAt());
        NoShowResponse response = kit.noShows.reportAsStudent(lesson.studentId(), lesson.id(),
                new NoShowReportRequest("  Waited 20 minutes, nobody came  "));

        assertThat(response).isEqualTo(new NoShowResponse(lesson.id(), "NO_SHOW", "instructor", "student",
                "Waited 20 minutes, nobody came", lesson.startAt(), lesson.startAt().plus(DAY), null, null, null,
                null, null));
        assertThat(kit.status(lesson.id())).isEqualTo("NO_SHOW");
        assertThat(kit.count("""
                SELECT count(*) AS n FROM booking_no_shows
                 WHERE booking_id = ? AND no_show_type = 'instructor' AND reported_by_id = ?
                   AND reported_by_role = 'student' AND reported_at = ? AND dispute_deadline = ? AND resolution IS NULL
                """, lesson.id(), lesson.studentId(), lesson.startAt(), lesson.startAt().plus(DAY))).isOne();
        JsonNode event = kit.event("booking.no_show_reported", lesson.id());
        assertThat(event.path("type").asText()).isEqualTo("instructor");
        assertThat(event.path("studentId").asText()).isEqualTo(lesson.studentId());
        assertThat(event.path("instructorId").asText()).isEqualTo(lesson.instructorId());
        assertThat(event.path("reportedByRole").asText()).isEqualTo("student");
        assertThat(Instant.parse(event.path("disputeDeadline").asText())).isEqualTo(lesson.startAt().plus(DAY));
        List<AuditEntry> audit = kit.bookings.audit.entriesAbout(new AuditedEntity("booking", lesson.id()));
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.actorId()).isEqualTo(lesson.studentId());
            assertThat(entry.action()).isEqualTo("booking.no_show_reported");
            assertThat(entry.before().path("status").asText()).isEqualTo("CONFIRMED");
            assertThat(entry.after().path("status").asText()).isEqualTo("NO_SHOW");
            assertThat(entry.after().path("type").asText()).isEqualTo("instructor");
        });
    }

    @Test
    void reportsCloseTwentyFourHoursAfterTheLessonEndsThatInstantIncluded() {
        Lesson lesson = kit.lesson(NOW.plus(Duration.ofDays(1)));

        kit.at(lesson.endAt().plus(DAY).plusSeconds(1));
        assertRefused(() -> kit.noShows.reportAsInstructor(lesson.instructorId(), lesson.id(), null),
                BusinessRuleException.class, "NO_SHOW_WINDOW_CLOSED");
        assertThat(kit.status(lesson.id())).isEqualTo("CONFIRMED");

        kit.at(lesson.endAt().plus(DAY));
        NoShowResponse response = kit.noShows.reportAsInstructor(lesson.instructorId(), lesson.id(),
                new NoShowReportRequest(null));

        assertThat(response.type()).isEqualTo("student");
        assertThat(response.reportedByRole()).isEqualTo("instructor");
        assertThat(response.reason()).isNull();
        assertThat(response.disputeDeadline()).isEqualTo(lesson.endAt().plus(DAY).plus(DAY));
        assertThat(kit.status(lesson.id())).isEqualTo("NO_SHOW");
    }

    @Test
    void anAdminReportsAnyTypeIncludingMutualOnAnyBooking() {
        String admin = kit.admin();
        Lesson lesson = kit.lesson(NOW.plus(Duration.ofDays(2)));
        kit.at(lesson.endAt());

        assertInvalid(() -> kit.noShows.reportAsAdmin(admin, lesson.id(), new AdminNoShowReportRequest(null, null)),
                "type", "required");
        assertInvalid(() -> kit.noShows.reportAsAdmin(admin, lesson.id(),
                new AdminNoShowReportRequest("nobody", null)), "type", "one_of");
        assertInvalid(() -> kit.noShows.reportAsAdmin(admin, lesson.id(),
                new AdminNoShowReportRequest("mutual", "x".repeat(501))), "reason", "max_length");
        assertInvalid(() -> kit.noShows.reportAsAdmin(admin, lesson.id(), null), "body", "required");
        assertThat(kit.status(lesson.id())).isEqualTo("CONFIRMED");

        NoShowResponse response = kit.noShows.reportAsAdmin(admin, lesson.id(),
                new AdminNoShowReportRequest("mutual", "Video logs show nobody joined"));

        assertThat(response.type()).isEqualTo("mutual");
        assertThat(response.reportedByRole()).isEqualTo("admin");
        assertThat(kit.count("SELECT count(*) AS n FROM booking_no_shows WHERE booking_id = ? AND reported_by_id = ?"
                + " AND no_show_type = 'mutual'", lesson.id(), admin)).isOne();
        assertThat(kit.event("booking.no_show_reported", lesson.id()).path("reportedByRole").asText())
                .isEqualTo("admin");
        assertRefused(() -> kit.noShows.reportAsAdmin(admin, kit.bookings.platform.ids.newId(),
                new AdminNoShowReportRequest("student", null)), ResourceNotFoundException.class, "BOOKING_NOT_FOUND");
    }

    @Test
    void aBookingIsReportedOnceWhoeverTriesAgain() {
        String admin = kit.admin();
        Lesson lesson = kit.lesson(NOW.plus(Duration.ofHours(5)));
        kit.at(lesson.startAt().plus(Duration.ofMinutes(15)));
        kit.noShows.reportAsStudent(lesson.studentId(), lesson.id(), null);

        assertRefused(() -> kit.noShows.reportAsStudent(lesson.studentId(), lesson.id(), null),
                ConflictException.class, "NO_SHOW_ALREADY_REPORTED");
        assertRefused(() -> kit.noShows.reportAsInstructor(lesson.instructorId(), lesson.id(), null),
                ConflictException.class, "NO_SHOW_ALREADY_REPORTED");
        assertRefused(() -> kit.noShows.reportAsAdmin(admin, lesson.id(), new AdminNoShowReportRequest("mutual",
                null)), ConflictException.class, "NO_SHOW_ALREADY_REPORTED");
        assertThat(kit.events("booking.no_show_reported", lesson.id())).isOne();
    }

    @Test
    void onlyAConfirmedBookingCanBeReported() {
        Instructor instructor = kit.bookings.instructor("12.00");
        Instant start = NOW.plus(Duration.ofDays(3));
        String pending = kit.bookings.booking(kit.bookings.student(), instructor, start, 60, 12_000,
                BookingStatus.PENDING, null);
        String cancelled = kit.bookings.booking(kit.bookings.student(), instructor, start, 60, 12_000,
                BookingStatus.CANCELLED, null);
        String completed = kit.bookings.booking(kit.bookings.student(), instructor, start.plus(Duration.ofHours(2)),
                60, 12_000, BookingStatus.COMPLETED, null);
        kit.at(start.plus(Duration.ofHours(4)));

        for (String booking : List.of(pending, cancelled, completed)) {
            assertThatThrownBy(() -> kit.noShows.reportAsInstructor(instructor.id(), booking, null))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo(BookingStatus.INVALID_TRANSITION);
                        assertThat(e.extensions()).containsEntry("from", kit.status(booking))
                                .containsEntry("to", "NO_SHOW");
                    });
        }
        assertThat(kit.count("SELECT count(*) AS n FROM booking_no_shows WHERE booking_id IN (?, ?, ?)", pending,
                cancelled, completed)).isZero();
    }

    @Test
    void onlyTheBookingsOwnStudentOrInstructorMayReportIt() {
        Lesson lesson = kit.lesson(NOW.plus(Duration.ofHours(6)));
        Lesson other = kit.lesson(NOW.plus(Duration.ofHours(6)));
        kit.at(lesson.endAt());

        List<ThrowingCallable> strangers = List.of(
                () -> kit.noShows.reportAsStudent(other.studentId(), lesson.id(), null),
                () -> kit.noShows.reportAsInstructor(other.instructorId(), lesson.id(), null),
                // each side only through its own route
                () -> kit.noShows.reportAsStudent(lesson.instructorId(), lesson.id(), null),
                () -> kit.noShows.reportAsInstructor(lesson.studentId(), lesson.id(), null),
                () -> kit.noShows.reportAsStudent(lesson.studentId(), "not-a-ulid", null),
                () -> kit.noShows.reportAsStudent(lesson.studentId(), kit.bookings.platform.ids.newId(), null));
        for (ThrowingCallable stranger : strangers) {
            assertRefused(stranger, ResourceNotFoundException.class, "BOOKING_NOT_FOUND");
        }
        assertThat(kit.status(lesson.id())).isEqualTo("CONFIRMED");
    }

    @Test
    void aParticipantsReasonIsOptionalButAtMost500Characters() {
        Lesson lesson = kit.lesson(NOW.plus(Duration.ofHours(7)));
        kit.at(lesson.startAt().plus(Duration.ofMinutes(30)));

        assertInvalid(() -> kit.noShows.reportAsStudent(lesson.studentId(), lesson.id(),
                new NoShowReportRequest("x".repeat(501))), "reason", "max_length");
        assertThat(kit.status(lesson.id())).isEqualTo("CONFIRMED");

        assertThat(kit.noShows.reportAsStudent(lesson.studentId(), lesson.id(),
                new NoShowReportRequest("x".repeat(500))).reason()).hasSize(500);
    }

    @Test
    void aReportedLessonCannotBeMarkedCompleteByItsInstructor() {
        BookingCompletionService completions = new BookingCompletionService(
                new CompletionRepository(kit.bookings.platform.jdbc), kit.bookings.outbox, kit.bookings.audit,
                kit.bookings.platform.tx, kit.bookings.clock);
        Lesson lesson = kit.lesson(NOW.plus(Duration.ofHours(8)));
        kit.at(lesson.endAt());
        kit.noShows.reportAsStudent(lesson.studentId(), lesson.id(), null);

        assertThatThrownBy(() -> completions.complete(lesson.instructorId(), lesson.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.extensions()).containsEntry("from", "NO_SHOW"));
        assertThat(kit.status(lesson.id())).isEqualTo("NO_SHOW");
    }

    @Test
    void theAccusedDisputesUntilTheDeadlineThatInstantIncludedAndOnlyOnce() {
        Lesson lesson = kit.lesson(NOW.plus(Duration.ofDays(1)));
        Instant reportedAt = lesson.endAt().plus(Duration.ofMinutes(5));
        kit.at(reportedAt);
        kit.noShows.reportAsInstructor(lesson.instructorId(), lesson.id(), new NoShowReportRequest("Never came"));
        NoShowDisputeRequest dispute = new NoShowDisputeRequest("  I was at the door at 12:00 and rang twice  ");

        kit.at(reportedAt.plus(DAY).plusSeconds(1));
        assertThatThrownBy(() -> kit.noShows.disputeAsStudent(lesson.studentId(), lesson.id(), dispute))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("DISPUTE_WINDOW_CLOSED");
                    assertThat(e.extensions()).containsEntry("disputeDeadline", reportedAt.plus(DAY).toString());
                });

        kit.at(reportedAt.plus(DAY));
        NoShowResponse response = kit.noShows.disputeAsStudent(lesson.studentId(), lesson.id(), dispute);

        assertThat(response.bookingStatus()).isEqualTo("NO_SHOW");
        assertThat(response.disputedAt()).isEqualTo(reportedAt.plus(DAY));
        assertThat(response.disputeReason()).isEqualTo("I was at the door at 12:00 and rang twice");
        assertThat(response.resolution()).isNull();
        assertThat(kit.count("SELECT count(*) AS n FROM booking_no_shows WHERE booking_id = ? AND disputed_by_id = ?"
                + " AND disputed_at = ? AND dispute_reason = 'I was at the door at 12:00 and rang twice'",
                lesson.id(), lesson.studentId(), reportedAt.plus(DAY))).isOne();
        JsonNode event = kit.event("booking.no_show_disputed", lesson.id());
        assertThat(event.path("disputedById").asText()).isEqualTo(lesson.studentId());
        assertThat(event.path("type").asText()).isEqualTo("student");
        assertThat(kit.bookings.audit.entriesAbout(new AuditedEntity("booking", lesson.id())))
                .extracting(AuditEntry::action)
                .containsExactly("booking.no_show_reported", "booking.no_show_disputed");

        assertRefused(() -> kit.noShows.disputeAsStudent(lesson.studentId(), lesson.id(), dispute),
                ConflictException.class, "NO_SHOW_ALREADY_DISPUTED");
        assertThat(kit.events("booking.no_show_disputed", lesson.id())).isOne();
    }

    @Test
    void onlyTheAccusedPartyMayDisputeAndEitherParticipantForAMutualReport() {
        String admin = kit.admin();
        Lesson reportedByStudent = kit.lesson(NOW.plus(Duration.ofHours(10)));
        Lesson mutualDisputedByStudent = kit.lesson(NOW.plus(Duration.ofHours(10)));
        Lesson mutualDisputedByInstructor = kit.lesson(NOW.plus(Duration.ofHours(10)));
        kit.at(NOW.plus(Duration.ofHours(12)));
        kit.noShows.reportAsStudent(reportedByStudent.studentId(), reportedByStudent.id(), null);
        kit.noShows.reportAsAdmin(admin, mutualDisputedByStudent.id(), new AdminNoShowReportRequest("mutual", null));
        kit.noShows.reportAsAdmin(admin, mutualDisputedByInstructor.id(),
                new AdminNoShowReportRequest("mutual", null));
        NoShowDisputeRequest dispute = new NoShowDisputeRequest("We did have the lesson");

        // the reporter is not the accused; a stranger does not see the booking at all
        assertRefused(() -> kit.noShows.disputeAsStudent(reportedByStudent.studentId(), reportedByStudent.id(),
                dispute), ForbiddenException.class, "NOT_THE_ACCUSED_PARTY");
        assertRefused(() -> kit.noShows.disputeAsInstructor(mutualDisputedByStudent.instructorId(),
                reportedByStudent.id(), dispute), ResourceNotFoundException.class, "BOOKING_NOT_FOUND");
        assertRefused(() -> kit.noShows.disputeAsInstructor(reportedByStudent.studentId(), reportedByStudent.id(),
                dispute), ResourceNotFoundException.class, "BOOKING_NOT_FOUND");

        assertThat(kit.noShows.disputeAsInstructor(reportedByStudent.instructorId(), reportedByStudent.id(), dispute)
                .disputedAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        assertThat(kit.noShows.disputeAsStudent(mutualDisputedByStudent.studentId(), mutualDisputedByStudent.id(),
                dispute).type()).isEqualTo("mutual");
        assertThat(kit.noShows.disputeAsInstructor(mutualDisputedByInstructor.instructorId(),
                mutualDisputedByInstructor.id(), dispute).type()).isEqualTo("mutual");
        // one dispute per report, even when either side could have filed it
        assertRefused(() -> kit.noShows.disputeAsInstructor(mutualDisputedByStudent.instructorId(),
                mutualDisputedByStudent.id(), dispute), ConflictException.class, "NO_SHOW_ALREADY_DISPUTED");
    }

    @Test
    void aDisputeReasonIs10To500CharactersAndNeedsAReport() {
        Lesson lesson = kit.lesson(NOW.plus(Duration.ofHours(9)));
        kit.at(lesson.endAt());

        assertRefused(() -> kit.noShows.disputeAsStudent(lesson.studentId(), lesson.id(),
                new NoShowDisputeRequest("A real reason")), ResourceNotFoundException.class, "NO_SHOW_NOT_REPORTED");
        kit.noShows.reportAsInstructor(lesson.instructorId(), lesson.id(), null);

        assertInvalid(() -> kit.noShows.disputeAsStudent(lesson.studentId(), lesson.id(), null), "body", "required");
        assertInvalid(() -> kit.noShows.disputeAsStudent(lesson.studentId(), lesson.id(),
                new NoShowDisputeRequest("   ")), "reason", "required");
        assertInvalid(() -> kit.noShows.disputeAsStudent(lesson.studentId(), lesson.id(),
                new NoShowDisputeRequest("  123456789  ")), "reason", "min_length");
        assertInvalid(() -> kit.noShows.disputeAsStudent(lesson.studentId(), lesson.id(),
                new NoShowDisputeRequest("x".repeat(501))), "reason", "max_length");
        assertThat(kit.events("booking.no_show_disputed", lesson.id())).isZero();

        assertThat(kit.noShows.disputeAsStudent(lesson.studentId(), lesson.id(),
                new NoShowDisputeRequest("1234567890")).disputeReason()).isEqualTo("1234567890");
    }

    private static void assertRefused(ThrowingCallable call, Class<? extends DomainException> type, String code) {
        assertThatThrownBy(call).isInstanceOf(type).extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }

    private static void assertInvalid(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).singleElement().satisfies(violation -> {
                assertThat(violation.field()).isEqualTo(field);
                assertThat(violation.rule()).isEqualTo(rule);
            });
        });
    }
}
