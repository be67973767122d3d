package com.instainstru.bookings.cancellation;

import static com.instainstru.bookings.cancellation.CancellationTestKit.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.instainstru.bookings.cancellation.CancellationTestKit.Instructor;
import com.instainstru.bookings.cancellation.schema.BookingCancellationResponse;
import com.instainstru.bookings.cancellation.schema.CancellationAmounts;
import com.instainstru.bookings.cancellation.schema.InstructorCancellationRequest;
import com.instainstru.bookings.cancellation.schema.StudentCancellationRequest;
import com.instainstru.bookings.status.BookingStatus;
import com.instainstru.platform.audit.AuditEntry;
import com.instainstru.platform.audit.AuditedEntity;
import com.instainstru.platform.db.DataAccessException;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookingCancellationServiceTest {

    private final CancellationTestKit kit = new CancellationTestKit();

    @Test
    void aStudentCancelAtExactly24HoursIsFreeAndRecordedWithItsEventAndAuditEntry() {
        String student = kit.student();
        Instructor instructor = kit.instructor("12.00");
        String booking = kit.booking(student, instructor, Duration.ofHours(24));

        BookingCancellationResponse response =
                kit.cancellations.cancelByStudent(student, booking, new StudentCancellationRequest("  Sick  "));

        assertThat(response.status()).isEqualTo("CANCELLED");
        assertThat(response.cancelledBy()).isEqualTo("student");
        assertThat(response.policyWindow()).isEqualTo("ge_24h");
        assertThat(response.outcome()).isEqualTo("student_cancel_gt24_no_charge");
        assertThat(response.hoursBeforeStart()).isEqualByComparingTo("24");
        assertThat(response.amounts()).isEqualTo(
                new CancellationAmounts(12_000, 1_440, new BigDecimal("12.00"), 1_440, 0, 0, 0, 0));
        assertThat(kit.platform.jdbc.queryOne("""
                SELECT status, cancelled_at, cancelled_by_id, cancellation_reason FROM bookings WHERE id = ?
                """, row -> List.of(row.string("status"), row.instant("cancelled_at"), row.trimmed("cancelled_by_id"),
                row.string("cancellation_reason")), booking).orElseThrow())
                .containsExactly("CANCELLED", NOW, student, "Sick");
        assertThat(kit.platform.jdbc.queryOne("""
                SELECT cancelled_by_role || ' ' || policy_window || ' ' || outcome || ' ' || hours_before_start
                       || ' ' || lesson_price_cents || ' ' || student_fee_cents || ' ' || instructor_fee_pct || ' '
                       || instructor_fee_cents || ' ' || student_charge_cents || ' ' || student_credit_cents || ' '
                       || student_refund_cents || ' ' || instructor_payout_cents || ' ' || gaming_reschedule AS r
                  FROM booking_cancellations WHERE booking_id = ?
                """, row -> row.string("r"), booking).orElseThrow())
                .isEqualTo("student ge_24h student_cancel_gt24_no_charge 24.000 12000 1440 12.00 1440 0 0 0 0 false");
        JsonNode event = kit.platform.jdbc.queryOne("""
                SELECT payload::text AS p FROM outbox_events WHERE event_type = 'booking.cancelled' AND aggregate_id = ?
                """, row -> readTree(row.string("p")), booking).orElseThrow();
        assertThat(event.path("bookingId").asText()).isEqualTo(booking);
        assertThat(event.path("outcome").asText()).isEqualTo("student_cancel_gt24_no_charge");
        assertThat(event.path("previousStatus").asText()).isEqualTo("CONFIRMED");
        List<AuditEntry> audit = kit.audit.entriesAbout(new AuditedEntity("booking", booking));
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.actorId()).isEqualTo(student);
            assertThat(entry.action()).isEqualTo("booking.cancelled");
            assertThat(entry.before().path("status").asText()).isEqualTo("CONFIRMED");
            assertThat(entry.after().path("outcome").asText()).isEqualTo("student_cancel_gt24_no_charge");
        });
    }

    @ParameterizedTest(name = "{0} min before start -> {1} {2}")
    @CsvSource({
        "1440, ge_24h, student_cancel_gt24_no_charge, 0, 0, 0",
        "1439, between_12_24h, student_cancel_12_24_full_credit, 13440, 12000, 0",
        "720, between_12_24h, student_cancel_12_24_full_credit, 13440, 12000, 0",
        "719, lt_12h, student_cancel_lt12_split_50_50, 13440, 6000, 5280"})
    void windowBoundariesForA120DollarLessonAtTheTwelvePercentTier(long minutes, String window, String outcome,
            int charge, int credit, int payout) {
        String student = kit.student();
        String booking = kit.booking(student, kit.instructor("12.00"), Duration.ofMinutes(minutes));

        BookingCancellationResponse response = kit.cancellations.cancelByStudent(student, booking, null);

        assertThat(response.policyWindow()).isEqualTo(window);
        assertThat(response.outcome()).isEqualTo(outcome);
        assertThat(response.amounts()).isEqualTo(
                new CancellationAmounts(12_000, 1_440, new BigDecimal("12.00"), 1_440, charge, credit, 0, payout));
        assertThat(kit.count("SELECT count(*) AS n FROM booking_cancellations WHERE booking_id = ? AND outcome = ?"
                + " AND student_credit_cents = ? AND instructor_payout_cents = ? AND policy_window = ?",
                booking, outcome, credit, payout, window)).isOne();
    }

    @ParameterizedTest(name = "tier {0} founding {1}: IF {2}, payout {3}")
    @CsvSource({"15.00, false, 15.00, 1800, 5100", "12.00, false, 12.00, 1440, 5280",
        "15.00, true, 8.00, 960, 5520"})
    void theInstructorsTierSetsTheLateCancelPayout(String tier, boolean founding, String appliedPct,
            int instructorFee, int payout) {
        String student = kit.student();
        String booking = kit.booking(student, kit.instructor(tier, founding), Duration.ofHours(2));

        CancellationAmounts amounts = kit.cancellations.cancelByStudent(student, booking, null).amounts();

        assertThat(amounts.instructorFeePct()).isEqualByComparingTo(appliedPct);
        assertThat(amounts.instructorFeeCents()).isEqualTo(instructorFee);
        assertThat(amounts.studentCreditCents()).isEqualTo(6_000);
        assertThat(amounts.instructorPayoutCents()).isEqualTo(payout);
    }

    @Test
    void oddCentsRoundHalfUp() {
        String student = kit.student();
        Instructor instructor = kit.instructor("15.00");
        String booking = kit.booking(student, instructor, NOW.plus(Duration.ofHours(3)), 60, 12_345,
                BookingStatus.CONFIRMED, null);

        CancellationAmounts amounts = kit.cancellations.cancelByStudent(student, booking, null).amounts();

        // SF 1481.4 -> 1481; IF 1851.75 -> 1852; credit 6172.5 -> 6173; payout (12345 - 1852) / 2 = 5246.5 -> 5247
        assertThat(amounts).isEqualTo(
                new CancellationAmounts(12_345, 1_481, new BigDecimal("15.00"), 1_852, 13_826, 6_173, 0, 5_247));
    }

    @Test
    void anInstructorCancelRefundsEverythingAndNeedsAReason() {
        String student = kit.student();
        Instructor instructor = kit.instructor("12.00");
        String booking = kit.booking(student, instructor, Duration.ofHours(5));

        assertThatThrownBy(() -> kit.cancellations.cancelByInstructor(instructor.id(), booking, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> kit.cancellations.cancelByInstructor(instructor.id(), booking,
                new InstructorCancellationRequest("  "))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> kit.cancellations.cancelByInstructor(instructor.id(), booking,
                new InstructorCancellationRequest("x".repeat(501)))).isInstanceOf(ValidationException.class);
        assertThat(kit.status(booking)).isEqualTo("CONFIRMED");

        BookingCancellationResponse response = kit.cancellations.cancelByInstructor(instructor.id(), booking,
                new InstructorCancellationRequest("x".repeat(500)));

        assertThat(response.cancelledBy()).isEqualTo("instructor");
        assertThat(response.policyWindow()).isEqualTo("lt_12h");
        assertThat(response.outcome()).isEqualTo("instructor_cancel_full_refund");
        assertThat(response.amounts()).isEqualTo(
                new CancellationAmounts(12_000, 1_440, new BigDecimal("12.00"), 1_440, 0, 0, 13_440, 0));
    }

    @Test
    void aStudentReasonIsOptionalButAtMost500Characters() {
        String student = kit.student();
        String booking = kit.booking(student, kit.instructor("12.00"), Duration.ofDays(3));

        assertThatThrownBy(() -> kit.cancellations.cancelByStudent(student, booking,
                new StudentCancellationRequest("x".repeat(501)))).isInstanceOf(ValidationException.class);
        assertThat(kit.cancellations.cancelByStudent(student, booking, new StudentCancellationRequest(null))
                .status()).isEqualTo("CANCELLED");
    }

    @Test
    void aPendingBookingIsCancelledWithoutCharge() {
        String student = kit.student();
        Instructor instructor = kit.instructor("12.00");
        String booking = kit.booking(student, instructor, NOW.plus(Duration.ofHours(2)), 60, 12_000,
                BookingStatus.PENDING, null);

        BookingCancellationResponse response = kit.cancellations.cancelByStudent(student, booking, null);

        assertThat(response.policyWindow()).isEqualTo("lt_12h");
        assertThat(response.outcome()).isEqualTo("student_cancel_gt24_no_charge");
        assertThat(response.amounts().studentChargeCents()).isZero();
        assertThat(response.amounts().instructorPayoutCents()).isZero();
    }

    @Test
    void cancellingTwiceOrAFinishedBookingIsAConflictThatChangesNothing() {
        String student = kit.student();
        Instructor instructor = kit.instructor("12.00");
        String booking = kit.booking(student, instructor, Duration.ofHours(30));
        kit.cancellations.cancelByStudent(student, booking, null);

        assertThatThrownBy(() -> kit.cancellations.cancelByStudent(student, booking, null))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_BOOKING_STATUS_TRANSITION");
                    assertThat(e.extensions()).containsEntry("from", "CANCELLED").containsEntry("to", "CANCELLED");
                });
        assertThatThrownBy(() -> kit.cancellations.cancelByInstructor(instructor.id(), booking,
                new InstructorCancellationRequest("Double booked"))).isInstanceOf(ConflictException.class);
        assertThat(kit.count("SELECT count(*) AS n FROM booking_cancellations WHERE booking_id = ?", booking)).isOne();
        assertThat(kit.count("SELECT count(*) AS n FROM outbox_events WHERE aggregate_id = ?", booking)).isOne();

        String completed = kit.booking(student, instructor, NOW.minus(Duration.ofDays(2)), 60, 12_000,
                BookingStatus.COMPLETED, null);
        assertThatThrownBy(() -> kit.cancellations.cancelByStudent(student, completed, null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.extensions()).containsEntry("from", "COMPLETED"));
        assertThat(kit.status(completed)).isEqualTo("COMPLETED");
    }

    @Test
    void aLessonThatHasStartedCannotBeCancelled() {
        String student = kit.student();
        Instructor instructor = kit.instructor("12.00");
        String startsNow = kit.booking(student, instructor, NOW, 60, 12_000, BookingStatus.CONFIRMED, null);
        String startsInAnHour = kit.booking(kit.student(), instructor, NOW.plusSeconds(3600), 60, 12_000,
                BookingStatus.CONFIRMED, null);

        assertThatThrownBy(() -> kit.cancellations.cancelByStudent(student, startsNow, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("BOOKING_ALREADY_STARTED"));
        assertThat(kit.status(startsNow)).isEqualTo("CONFIRMED");
        kit.clock.advance(Duration.ofSeconds(3599));
        assertThat(kit.cancellations.cancelByInstructor(instructor.id(), startsInAnHour,
                new InstructorCancellationRequest("Ill")).hoursBeforeStart()).isEqualByComparingTo("0.000");
    }

    @Test
    void onlyTheBookingsOwnStudentOrInstructorMayCancelIt() {
        String student = kit.student();
        Instructor instructor = kit.instructor("12.00");
        String booking = kit.booking(student, instructor, Duration.ofDays(2));
        String otherStudent = kit.student();
        Instructor otherInstructor = kit.instructor("12.00");

        assertThatThrownBy(() -> kit.cancellations.cancelByStudent(otherStudent, booking, null))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> kit.cancellations.cancelByInstructor(otherInstructor.id(), booking,
                new InstructorCancellationRequest("Not mine"))).isInstanceOf(ResourceNotFoundException.class);
        // each side only through its own route
        assertThatThrownBy(() -> kit.cancellations.cancelByStudent(instructor.id(), booking, null))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> kit.cancellations.cancelByInstructor(student, booking,
                new InstructorCancellationRequest("Not an instructor"))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> kit.cancellations.cancelByStudent(student, "not-a-ulid", null))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> kit.cancellations.cancelByStudent(student, kit.platform.ids.newId(), null))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(kit.status(booking)).isEqualTo("CONFIRMED");
        assertThat(kit.count("SELECT count(*) AS n FROM booking_cancellations WHERE booking_id = ?", booking)).isZero();
    }

    @Test
    void aCancelledBookingFreesItsSlotForBothConstraints() {
        String student = kit.student();
        Instructor instructor = kit.instructor("12.00");
        var start = NOW.plus(Duration.ofDays(4));
        String booking = kit.booking(student, instructor, start, 60, 12_000, BookingStatus.CONFIRMED, null);
        String otherStudent = kit.student();

        assertThatThrownBy(() -> kit.booking(otherStudent, instructor, start, 60, 12_000, BookingStatus.CONFIRMED,
                null)).isInstanceOfSatisfying(DataAccessException.class,
                        e -> assertThat(e.sqlState()).isEqualTo("23P01"));

        kit.cancellations.cancelByStudent(student, booking, null);

        // the same instructor slot for another student, and the same student's time with another instructor
        String rebooked = kit.booking(otherStudent, instructor, start, 60, 12_000, BookingStatus.CONFIRMED, null);
        String sameStudent = kit.booking(student, kit.instructor("12.00"), start, 60, 12_000,
                BookingStatus.CONFIRMED, null);
        assertThat(kit.status(rebooked)).isEqualTo("CONFIRMED");
        assertThat(kit.status(sameStudent)).isEqualTo("CONFIRMED");
    }

    @Test
    void aBookingMadeByReschedulingALessonLessThan24HoursAwayIsAPenaltyEvenDaysAhead() {
        String student = kit.student();
        Instructor instructor = kit.instructor("12.00");
        // rescheduled now: the original was 23 h 59 m away (gaming) or exactly 24 h away (fair)
        String gamingOriginal = kit.booking(student, instructor, NOW.plus(Duration.ofMinutes(23 * 60 + 59)), 60,
                12_000, BookingStatus.CANCELLED, null);
        String fairOriginal = kit.booking(student, instructor, NOW.plus(Duration.ofHours(24)).plus(Duration.ofDays(1)),
                60, 12_000, BookingStatus.CANCELLED, null);
        String gaming = kit.booking(student, instructor, NOW.plus(Duration.ofDays(5)), 60, 12_000,
                BookingStatus.CONFIRMED, gamingOriginal);
        String fair = kit.booking(student, instructor, NOW.plus(Duration.ofDays(6)), 60, 12_000,
                BookingStatus.CONFIRMED, fairOriginal);
        kit.clock.advance(Duration.ofHours(1));

        BookingCancellationResponse penalty = kit.cancellations.cancelByStudent(student, gaming, null);
        BookingCancellationResponse free = kit.cancellations.cancelByStudent(student, fair, null);

        assertThat(penalty.policyWindow()).isEqualTo("ge_24h");
        assertThat(penalty.gamingReschedule()).isTrue();
        assertThat(penalty.outcome()).isEqualTo("student_cancel_12_24_full_credit");
        assertThat(penalty.amounts().studentCreditCents()).isEqualTo(12_000);
        assertThat(penalty.amounts().studentChargeCents()).isEqualTo(13_440);
        assertThat(free.gamingReschedule()).isFalse();
        assertThat(free.outcome()).isEqualTo("student_cancel_gt24_no_charge");
        assertThat(kit.count("SELECT count(*) AS n FROM booking_cancellations WHERE booking_id = ? AND gaming_reschedule",
                gaming)).isOne();
    }

    @Test
    void twoSimultaneousCancellationsOfOneBookingDecideOnce() throws Exception {
        String student = kit.student();
        Instructor instructor = kit.instructor("12.00");
        String booking = kit.booking(student, instructor, Duration.ofHours(6));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> byStudent = pool.submit(() -> attempt(go,
                    () -> kit.cancellations.cancelByStudent(student, booking, null)));
            Future<String> byInstructor = pool.submit(() -> attempt(go, () -> kit.cancellations
                    .cancelByInstructor(instructor.id(), booking, new InstructorCancellationRequest("Ill"))));
            go.countDown();

            assertThat(List.of(byStudent.get(10, TimeUnit.SECONDS), byInstructor.get(10, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder("CANCELLED", "INVALID_BOOKING_STATUS_TRANSITION");
        } finally {
            pool.shutdownNow();
        }
        assertThat(kit.count("SELECT count(*) AS n FROM booking_cancellations WHERE booking_id = ?", booking)).isOne();
        assertThat(kit.count("SELECT count(*) AS n FROM outbox_events WHERE aggregate_id = ?", booking)).isOne();
    }

    private static String attempt(CountDownLatch go, Supplier<BookingCancellationResponse> cancel)
            throws InterruptedException {
        go.await();
        try {
            return cancel.get().status();
        } catch (ConflictException e) {
            return e.code();
        }
    }

    private JsonNode readTree(String text) {
        try {
            return kit.platform.json.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
