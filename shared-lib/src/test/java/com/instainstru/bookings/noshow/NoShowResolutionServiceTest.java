package com.instainstru.bookings.noshow;

import static com.instainstru.bookings.cancellation.CancellationTestKit.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.instainstru.bookings.noshow.NoShowTestKit.Lesson;
import com.instainstru.bookings.noshow.schema.AdminNoShowReportRequest;
import com.instainstru.bookings.noshow.schema.NoShowDisputeRequest;
import com.instainstru.bookings.noshow.schema.NoShowReportRequest;
import com.instainstru.bookings.noshow.schema.NoShowResolutionRequest;
import com.instainstru.bookings.noshow.schema.NoShowResponse;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ending no-show reports: the automatic confirmation at the dispute deadline and an admin's resolution, each with
 * the booking's status, the settlement outcome and the {@code booking.no_show_resolved} event.
 */
class NoShowResolutionServiceTest {

    private static final Duration DAY = Duration.ofHours(24);

    private final NoShowTestKit kit = new NoShowTestKit();

    /**
     * Lessons two months before the other tests' lessons, so that no other test's open report is due yet and the
     * counts are exactly this test's.
     */
    @Test
    void undisputedReportsAreConfirmedAtTheirDeadlineExactlyOnceWithTheirTypesOutcome() {
        String admin = kit.admin();
        Instant start = NOW.minus(Duration.ofDays(60));
        Lesson instructorAbsent = kit.lesson(start);
        Lesson studentAbsent = kit.lesson(start);
        Lesson nobodyCame = kit.lesson(start);
        Lesson disputed = kit.lesson(start);
        Instant reportedAt = start.plus(Duration.ofMinutes(90));
        kit.at(reportedAt);
        kit.noShows.reportAsStudent(instructorAbsent.studentId(), instructorAbsent.id(), null);
        kit.noShows.reportAsInstructor(studentAbsent.instructorId(), studentAbsent.id(), null);
        kit.noShows.reportAsAdmin(admin, nobodyCame.id(), new AdminNoShowReportRequest("mutual", null));
        kit.noShows.reportAsInstructor(disputed.instructorId(), disputed.id(), null);
        kit.noShows.disputeAsStudent(disputed.studentId(), disputed.id(),
                new NoShowDisputeRequest("I was there the whole hour"));
        Instant deadline = reportedAt.plus(DAY);

        assertThat(kit.resolutions.confirmDue(deadline.minusSeconds(1))).isZero();
        assertThat(kit.resolutions.confirmDue(deadline)).isEqualTo(3);
        assertThat(kit.resolutions.confirmDue(deadline)).isZero();
        assertThat(kit.resolutions.confirmDue(deadline.plus(Duration.ofMinutes(15)))).isZero();

        assertConfirmed(instructorAbsent, "instructor", "instructor_no_show_full_refund", deadline);
        assertConfirmed(studentAbsent, "student", "student_no_show_full_payout", deadline);
        assertConfirmed(nobodyCame, "mutual", "instructor_no_show_full_refund", deadline);
        assertThat(kit.count("SELECT count(*) AS n FROM booking_no_shows WHERE booking_id = ? AND resolution IS NULL",
                disputed.id())).isOne();
        assertThat(kit.events("booking.no_show_resolved", disputed.id())).isZero();
    }

    private void assertConfirmed(Lesson lesson, String type, String outcome, Instant at) {
        assertThat(kit.status(lesson.id())).isEqualTo("NO_SHOW");
        assertThat(kit.count("""
                SELECT count(*) AS n FROM booking_no_shows
                 WHERE booking_id = ? AND resolution = 'confirmed_no_dispute' AND settlement_outcome = ?
                   AND resolved_at = ? AND resolved_by_id IS NULL
                """, lesson.id(), outcome, at)).isOne();
        assertThat(kit.events("booking.no_show_resolved", lesson.id())).isOne();
        JsonNode event = kit.event("booking.no_show_resolved", lesson.id());
        assertThat(event.path("type").asText()).isEqualTo(type);
        assertThat(event.path("resolution").asText()).isEqualTo("confirmed_no_dispute");
        assertThat(event.path("settlementOutcome").asText()).isEqualTo(outcome);
        assertThat(event.path("bookingStatus").asText()).isEqualTo("NO_SHOW");
        assertThat(event.path("studentId").asText()).isEqualTo(lesson.studentId());
        assertThat(event.path("resolvedById").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0} no-show, {1} -> {2} {3}")
    @CsvSource({
        "instructor, confirmed_after_review, NO_SHOW, instructor_no_show_full_refund",
        "mutual, confirmed_after_review, NO_SHOW, instructor_no_show_full_refund",
        "student, confirmed_after_review, NO_SHOW, student_no_show_full_payout",
        "student, dispute_upheld, COMPLETED, lesson_held",
        "instructor, dispute_upheld, COMPLETED, lesson_held",
        "instructor, cancelled, CONFIRMED, report_cancelled",
        "student, cancelled, CONFIRMED, report_cancelled"})
    void anAdminResolvesAnOpenReport(String type, String resolution, String status, String outcome) {
        String admin = kit.admin();
        Lesson lesson = kit.lesson(NOW.plus(Duration.ofDays(1)));
        Instant resolvedAt = lesson.endAt().plus(Duration.ofHours(30));
        kit.at(lesson.endAt());
        kit.noShows.reportAsAdmin(admin, lesson.id(), new AdminNoShowReportRequest(type, null));
        kit.at(resolvedAt);

        NoShowResponse response = kit.resolutions.resolve(admin, lesson.id(), new NoShowResolutionRequest(resolution));

        assertThat(response.bookingStatus()).isEqualTo(status);
        assertThat(response.type()).isEqualTo(type);
        assertThat(response.resolution()).isEqualTo(resolution);
        assertThat(response.settlementOutcome()).isEqualTo(outcome);
        assertThat(response.resolvedAt()).isEqualTo(resolvedAt);
        assertThat(kit.status(lesson.id())).isEqualTo(status);
        assertThat(kit.count("SELECT count(*) AS n FROM bookings WHERE id = ? AND completed_at IS NOT DISTINCT FROM ?",
                lesson.id(), "COMPLETED".equals(status) ? resolvedAt : null)).isOne();
        assertThat(kit.count("""
                SELECT count(*) AS n FROM booking_no_shows
                 WHERE booking_id = ? AND resolution = ? AND settlement_outcome = ? AND resolved_by_id = ?
                   AND resolved_at = ?
                """, lesson.id(), resolution, outcome, admin, resolvedAt)).isOne();
        JsonNode event = kit.event("booking.no_show_resolved", lesson.id());
        assertThat(List.of(event.path("type").asText(), event.path("resolution").asText(),
                event.path("settlementOutcome").asText(), event.path("bookingStatus").asText(),
                event.path("resolvedById").asText(), event.path("instructorId").asText()))
                .containsExactly(type, resolution, outcome, status, admin, lesson.instructorId());
        assertThat(kit.bookings.audit.entriesAbout(new AuditedEntity("booking", lesson.id())))
                .last().satisfies(entry -> {
                    assertThat(entry.actorId()).isEqualTo(admin);
                    assertThat(entry.action()).isEqualTo("booking.no_show_resolved");
                    assertThat(entry.before().path("status").asText()).isEqualTo("NO_SHOW");
                    assertThat(entry.after().path("status").asText()).isEqualTo(status);
                    assertThat(entry.after().path("settlementOutcome").asText()).isEqualTo(outcome);
                });
    }

    @Test
    void aReportIsResolvedOnceByAnAdminOrByTheJob() {
        String admin = kit.admin();
        Lesson resolved = kit.lesson(NOW.plus(Duration.ofDays(3)));
        Lesson autoConfirmed = kit.lesson(NOW.plus(Duration.ofDays(3)));
        kit.at(resolved.endAt());
        kit.noShows.reportAsStudent(resolved.studentId(), resolved.id(), null);
        kit.noShows.reportAsStudent(autoConfirmed.studentId(), autoConfirmed.id(), null);
        kit.resolutions.resolve(admin, resolved.id(), new NoShowResolutionRequest("dispute_upheld"));
        kit.resolutions.confirmDue(resolved.endAt().plus(DAY));

        assertThatThrownBy(() -> kit.resolutions.resolve(admin, resolved.id(),
                new NoShowResolutionRequest("cancelled"))).isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("NO_SHOW_ALREADY_RESOLVED");
                    assertThat(e.extensions()).containsEntry("resolution", "dispute_upheld");
                });
        assertRefused(() -> kit.resolutions.resolve(admin, autoConfirmed.id(),
                new NoShowResolutionRequest("dispute_upheld")), ConflictException.class, "NO_SHOW_ALREADY_RESOLVED");
        assertThat(kit.status(resolved.id())).isEqualTo("COMPLETED");
        assertThat(kit.status(autoConfirmed.id())).isEqualTo("NO_SHOW");
        assertThat(kit.events("booking.no_show_resolved", resolved.id())).isOne();
        assertThat(kit.events("booking.no_show_resolved", autoConfirmed.id())).isOne();
    }

    @Test
    void aCancelledReportPutsTheBookingBackAndStaysTheBookingsOneReport() {
        String admin = kit.admin();
        Lesson lesson = kit.lesson(NOW.plus(Duration.ofDays(4)));
        kit.at(lesson.startAt().plus(Duration.ofMinutes(10)));
        kit.noShows.reportAsInstructor(lesson.instructorId(), lesson.id(), new NoShowReportRequest("Not here"));
        kit.resolutions.resolve(admin, lesson.id(), new NoShowResolutionRequest("cancelled"));

        assertThat(kit.status(lesson.id())).isEqualTo("CONFIRMED");
        assertRefused(() -> kit.noShows.reportAsStudent(lesson.studentId(), lesson.id(), null),
                ConflictException.class, "NO_SHOW_ALREADY_REPORTED");
        // still inside the dispute window, but there is nothing left to dispute
        assertRefused(() -> kit.noShows.disputeAsStudent(lesson.studentId(), lesson.id(),
                new NoShowDisputeRequest("I was there on time")), ConflictException.class, "NO_SHOW_ALREADY_RESOLVED");
    }

    @Test
    void atTheExactDeadlineTheFirstOfDisputeAndConfirmationWins() {
        Lesson disputedFirst = kit.lesson(NOW.plus(Duration.ofDays(5)));
        Lesson confirmedFirst = kit.lesson(NOW.plus(Duration.ofDays(5)));
        kit.at(disputedFirst.endAt());
        kit.noShows.reportAsInstructor(disputedFirst.instructorId(), disputedFirst.id(), null);
        kit.noShows.reportAsInstructor(confirmedFirst.instructorId(), confirmedFirst.id(), null);
        Instant deadline = disputedFirst.endAt().plus(DAY);
        kit.at(deadline);
        NoShowDisputeRequest dispute = new NoShowDisputeRequest("I was there the whole hour");

        kit.noShows.disputeAsStudent(disputedFirst.studentId(), disputedFirst.id(), dispute);
        kit.resolutions.confirmDue(deadline);

        assertRefused(() -> kit.noShows.disputeAsStudent(confirmedFirst.studentId(), confirmedFirst.id(), dispute),
                ConflictException.class, "NO_SHOW_ALREADY_RESOLVED");
        assertThat(kit.count("SELECT count(*) AS n FROM booking_no_shows WHERE booking_id = ? AND resolution IS NULL"
                + " AND disputed_at IS NOT NULL", disputedFirst.id())).isOne();
        assertThat(kit.count("SELECT count(*) AS n FROM booking_no_shows WHERE booking_id = ?"
                + " AND resolution = 'confirmed_no_dispute' AND disputed_at IS NULL", confirmedFirst.id())).isOne();
    }

    @Test
    void theResolutionMustBeOneOfTheAdminsThreeAndTheReportMustExist() {
        String admin = kit.admin();
        Lesson lesson = kit.lesson(NOW.plus(Duration.ofDays(6)));
        kit.at(lesson.endAt());

        assertRefused(() -> kit.resolutions.resolve(admin, lesson.id(), new NoShowResolutionRequest("cancelled")),
                ResourceNotFoundException.class, "NO_SHOW_NOT_REPORTED");
        assertRefused(() -> kit.resolutions.resolve(admin, kit.bookings.platform.ids.newId(),
                new NoShowResolutionRequest("cancelled")), ResourceNotFoundException.class, "BOOKING_NOT_FOUND");
        kit.noShows.reportAsStudent(lesson.studentId(), lesson.id(), null);

        assertInvalid(admin, lesson.id(), new NoShowResolutionRequest(null), "required");
        assertInvalid(admin, lesson.id(), new NoShowResolutionRequest("confirmed_no_dispute"), "one_of");
        assertInvalid(admin, lesson.id(), new NoShowResolutionRequest("refund"), "one_of");
        assertThatThrownBy(() -> kit.resolutions.resolve(admin, lesson.id(), null))
                .isInstanceOf(ValidationException.class);
        assertThat(kit.count("SELECT count(*) AS n FROM booking_no_shows WHERE booking_id = ? AND resolution IS NULL",
                lesson.id())).isOne();
    }

    private void assertInvalid(String admin, String bookingId, NoShowResolutionRequest request, String rule) {
        assertThatThrownBy(() -> kit.resolutions.resolve(admin, bookingId, request))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(violation -> {
                            assertThat(violation.field()).isEqualTo("resolution");
                            assertThat(violation.rule()).isEqualTo(rule);
                        }));
    }

    private static void assertRefused(ThrowingCallable call, Class<? extends DomainException> type, String code) {
        assertThatThrownBy(call).isInstanceOf(type).extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }
}
