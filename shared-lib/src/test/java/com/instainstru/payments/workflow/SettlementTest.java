package com.instainstru.payments.workflow;

import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.capturePath;
import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.intentId;
import static com.instainstru.payments.workflow.PaymentWorkflowTestKit.of;
import static com.instainstru.testsupport.stripe.StripeStub.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.instainstru.bookings.TestBookingRows;
import com.instainstru.bookings.cancellation.BookingCancellationRepository;
import com.instainstru.bookings.cancellation.BookingCancellationService;
import com.instainstru.bookings.cancellation.schema.InstructorCancellationRequest;
import com.instainstru.bookings.cancellation.schema.StudentCancellationRequest;
import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.platform.audit.AuditRepository;
import com.instainstru.platform.audit.AuditService;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.testsupport.stripe.StripeObjects;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Settlements (reference §12, §13, §14) of a $120/h lesson at the 12 % tier, in cents: LP 12000, SF 1440, IF 1440,
 * card 13440, application fee 2880, so the destination charge transfers 10560 to the instructor. Cancellations go
 * through the real cancellation service (which decides the outcome and amounts); the scheduler then finds the
 * settlement and the worker moves the money against the Stripe stub.
 */
class SettlementTest {

    private static final Duration HOUR = Duration.ofHours(1);
    /** A 60-minute lesson three days after {@link PaymentsTestKit#NOW}. */
    private static final Instant START = PaymentsTestKit.NOW.plus(Duration.ofDays(3));
    private static final Instant T_MINUS_24H = START.minus(Duration.ofHours(24));

    private final PaymentWorkflowTestKit kit = new PaymentWorkflowTestKit();
    private final BookingCancellationService cancellations = new BookingCancellationService(
            new BookingCancellationRepository(kit.base.platform.jdbc), kit.outbox,
            new AuditService(new AuditRepository(kit.base.platform.jdbc), kit.base.platform.tx, kit.base.platform.json,
                    kit.base.platform.ids, kit.base.clock),
            new Cache(new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250)), kit.base.platform.json,
                    kit.base.platform.tx, kit.base.clock),
            kit.base.platform.tx, kit.base.clock);

    @AfterEach
    void stop() {
        kit.close();
    }

    // ---- student cancellations --------------------------------------------------------------------------------

    @Test
    void aStudentCancelling24HoursOrMoreAheadPaysNothingAndGetsReservedCreditsBack() {
        String booking = kit.scheduledBooking(START);
        int reserved = reserveCredit(booking, 2_000);

        cancelByStudent(booking, T_MINUS_24H.minusSeconds(1));

        assertThat(of(kit.runAt(T_MINUS_24H), booking, PaymentAction.SETTLE)).containsExactly(ActionResult.SETTLED);
        assertThat(kit.paymentColumn(booking, "status || ' ' || settlement_outcome"))
                .isEqualTo("settled student_cancel_gt24_no_charge");
        assertThat(kit.stripe.posts("/v1/payment_intents")).isEmpty();
        assertThat(reserved).isEqualTo(2_000);
        assertThat(availableCredit()).isEqualTo(2_000);
        // nothing is authorized afterwards, although T-24h has come
        assertThat(of(kit.runAt(T_MINUS_24H.plus(HOUR)), booking, PaymentAction.AUTHORIZE)).isEmpty();
    }

    @Test
    void aStudentCancelling12To24HoursAheadIsChargedAndCreditedTheWholeLessonPrice() {
        String booking = authorizedBooking();

        cancelByStudent(booking, START.minus(Duration.ofHours(20)));
        assertThat(of(kit.runAt(START.minus(Duration.ofHours(20))), booking, PaymentAction.SETTLE))
                .containsExactly(ActionResult.SETTLED);

        assertThat(kit.stripe.onlyPost(capturePath(booking)).getHeader("Idempotency-Key"))
                .isEqualTo("booking:" + booking + ":settlement_capture");
        var reversal = kit.stripe.onlyPost(reversalPath(booking));
        assertThat(form(reversal)).containsEntry("amount", "10560");
        assertThat(reversal.getHeader("Idempotency-Key")).isEqualTo("booking:" + booking + ":transfer_reversal");
        assertThat(kit.stripe.posts("/v1/transfers")).isEmpty();
        assertThat(kit.paymentColumn(booking, "status || ' ' || settlement_outcome || ' ' || amount_captured_cents"))
                .isEqualTo("settled student_cancel_12_24_full_credit 13440");
        assertThat(availableCredit()).isEqualTo(12_000);
        assertThat(ledgerAmount(booking, "transfer_reversed")).isEqualTo(10_560);
    }

    @Test
    void aStudentCancellingUnder12HoursAheadSplitsTheLesson5050() {
        String booking = authorizedBooking();

        cancelByStudent(booking, START.minus(Duration.ofHours(6)));
        assertThat(of(kit.runAt(START.minus(Duration.ofHours(6))), booking, PaymentAction.SETTLE))
                .containsExactly(ActionResult.SETTLED);

        assertThat(form(kit.stripe.onlyPost(reversalPath(booking)))).containsEntry("amount", "10560");
        var payout = kit.stripe.onlyPost("/v1/transfers");
        assertThat(form(payout)).contains(entry("amount", "5280"), entry("destination", kit.account),
                entry("transfer_group", "booking:" + booking));
        assertThat(payout.getHeader("Idempotency-Key")).isEqualTo("booking:" + booking + ":payout_transfer");
        assertThat(kit.paymentColumn(booking, "settlement_outcome")).isEqualTo("student_cancel_lt12_split_50_50");
        assertThat(availableCredit()).isEqualTo(6_000);
        assertThat(kit.stripe.posts("/v1/refunds")).isEmpty();
    }

    @Test
    void reservedCreditsCountTowardsThePenaltyCreditAndTheCardChargeIsWhatWasCaptured() {
        String booking = authorizedBookingWithCredit(2_000);

        cancelByStudent(booking, START.minus(Duration.ofHours(6)));
        kit.runAt(START.minus(Duration.ofHours(6)));

        // card 11440 - fee (1440 + 1440 - 2000 = 880) = 10560 transferred, all of it reversed
        assertThat(form(kit.stripe.onlyPost(reversalPath(booking)))).containsEntry("amount", "10560");
        assertThat(form(kit.stripe.onlyPost("/v1/transfers"))).containsEntry("amount", "5280");
        // the 6000 credit: the 2000 reserved come back, 4000 are new
        assertThat(availableCredit()).isEqualTo(6_000);
        assertThat(kit.base.count("""
                SELECT count(*) AS n FROM platform_credits
                 WHERE user_id = ? AND status = 'available' AND source_type = 'cancellation' AND amount_cents = 4000
                """, kit.student)).isEqualTo(1);
    }

    @Test
    void aPenaltyCancellationWithoutAnAuthorizationReleasesCreditsAndGoesToManualReview() {
        String booking = kit.scheduledBooking(START);
        reserveCredit(booking, 2_000);
        kit.stripe.declineCard(PaymentWorkflowTestKit.AUTHORIZE_PATH, "insufficient_funds", intentId(booking));
        kit.runAt(T_MINUS_24H);
        assertThat(kit.paymentColumn(booking, "status")).isEqualTo("payment_method_required");

        cancelByStudent(booking, START.minus(Duration.ofHours(13).plusMinutes(30)));
        assertThat(of(kit.runAt(START.minus(Duration.ofHours(13).plusMinutes(30))), booking, PaymentAction.SETTLE))
                .containsExactly(ActionResult.MANUAL_REVIEW);

        assertThat(kit.paymentColumn(booking, "status || ' ' || manual_review_reason"))
                .isEqualTo("manual_review missing_payment_intent");
        assertThat(availableCredit()).isEqualTo(2_000);
        assertThat(kit.stripe.posts(capturePath(booking))).isEmpty();
    }

    // ---- instructor cancellation ------------------------------------------------------------------------------

    @Test
    void anInstructorCancellingReleasesTheAuthorizationAndTheCredits() {
        String booking = authorizedBookingWithCredit(2_000);

        kit.base.clock.set(START.minus(Duration.ofHours(2)));
        cancellations.cancelByInstructor(kit.instructor.id(), booking, new InstructorCancellationRequest("Sick"));
        assertThat(of(kit.runAt(START.minus(Duration.ofHours(2))), booking, PaymentAction.SETTLE))
                .containsExactly(ActionResult.SETTLED);

        var release = kit.stripe.onlyPost("/v1/payment_intents/" + intentId(booking) + "/cancel");
        assertThat(release.getHeader("Idempotency-Key")).isEqualTo("booking:" + booking + ":release_authorization");
        assertThat(kit.stripe.posts(capturePath(booking))).isEmpty();
        assertThat(kit.paymentColumn(booking, "settlement_outcome")).isEqualTo("instructor_cancel_full_refund");
        assertThat(availableCredit()).isEqualTo(2_000);
    }

    // ---- LOCK (late reschedule) -------------------------------------------------------------------------------

    @Test
    void aLateRescheduleCarriesThePaymentOverAndLocksItThenACancel12HoursAheadCreditsTheLessonPrice() {
        String replacement = lockedReplacement();

        Instant cancelAt = startOf(replacement).minus(Duration.ofHours(12));
        cancelByStudent(replacement, cancelAt);
        assertThat(of(kit.runAt(cancelAt), replacement, PaymentAction.SETTLE)).containsExactly(ActionResult.SETTLED);

        assertThat(kit.paymentColumn(replacement, "settlement_outcome")).isEqualTo("locked_cancel_ge12_full_credit");
        assertThat(kit.stripe.posts("/v1/transfers")).isEmpty();
        assertThat(kit.stripe.posts("/v1/refunds")).isEmpty();
        assertThat(availableCredit()).isEqualTo(12_000);
        assertThat(kit.base.count("SELECT count(*) AS n FROM platform_credits WHERE user_id = ? AND source_type = 'lock_resolution'",
                kit.student)).isEqualTo(1);
    }

    @Test
    void aReplacementLessThan24HoursAheadWaitsPendingUntilTheCarriedAuthorizationConfirmsIt() {
        String replacement = lockedReplacement(START.plus(Duration.ofHours(2)), "PENDING");

        assertThat(kit.bookingStatus(replacement)).isEqualTo("CONFIRMED");
        assertThat(kit.outboxEvents(replacement, AuthorizationStep.BOOKING_CONFIRMED_EVENT)).isEqualTo(1);
        assertThat(of(kit.runAt(START.minus(Duration.ofHours(19))), replacement, PaymentAction.FAIL_PENDING))
                .isEmpty();
    }

    @Test
    void aLockedLessonCancelledUnder12HoursAheadPaysHalfTheInstructorsPayoutAndCreditsHalfTheLesson() {
        String replacement = lockedReplacement();

        Instant cancelAt = startOf(replacement).minus(Duration.ofHours(11));
        cancelByStudent(replacement, cancelAt);
        kit.runAt(cancelAt);

        assertThat(kit.paymentColumn(replacement, "settlement_outcome")).isEqualTo("locked_cancel_lt12_split_50_50");
        assertThat(form(kit.stripe.onlyPost("/v1/transfers"))).containsEntry("amount", "5280");
        assertThat(availableCredit()).isEqualTo(6_000);
    }

    @Test
    void anInstructorCancellingALockedLessonRefundsEverythingIncludingTheFee() {
        String replacement = lockedReplacement();
        kit.stripe.answerPost("/v1/refunds", StripeObjects.refund("re_" + replacement, "pi_original", 13_440,
                "succeeded"));

        kit.base.clock.set(startOf(replacement).minus(Duration.ofHours(3)));
        cancellations.cancelByInstructor(kit.instructor.id(), replacement, new InstructorCancellationRequest("Ill"));
        kit.runAt(startOf(replacement).minus(Duration.ofHours(3)));

        // the payment was captured under the original booking's PaymentIntent and carried over with it
        var refund = kit.stripe.onlyPost("/v1/refunds");
        assertThat(form(refund)).contains(entry("reverse_transfer", "false"), entry("refund_application_fee", "false"));
        assertThat(refund.getHeader("Idempotency-Key")).isEqualTo("booking:" + replacement + ":full_refund");
        assertThat(kit.paymentColumn(replacement, "settlement_outcome")).isEqualTo("instructor_cancel_full_refund");
        assertThat(ledgerAmount(replacement, "refunded")).isEqualTo(13_440);
    }

    @Test
    void aCompletedLockedLessonPaysTheInstructorByTransfer24HoursAfterItEnds() {
        String replacement = lockedReplacement();
        Instant end = startOf(replacement).plus(HOUR);
        kit.complete(replacement, end);

        assertThat(of(kit.runAt(end.plus(Duration.ofHours(24)).minusSeconds(1)), replacement, PaymentAction.SETTLE))
                .isEmpty();
        assertThat(of(kit.runAt(end.plus(Duration.ofHours(24))), replacement, PaymentAction.SETTLE))
                .containsExactly(ActionResult.SETTLED);
        assertThat(form(kit.stripe.onlyPost("/v1/transfers"))).containsEntry("amount", "10560");
        assertThat(kit.paymentColumn(replacement, "settlement_outcome")).isEqualTo("lesson_completed_full_payout");
    }

    @Test
    void aCaptureSpendsTheReservedCreditsAndTheStudentsFifthLessonEarnsTheTenDollarMilestone() {
        for (int i = 1; i <= 4; i++) {
            new TestBookingRows(kit.base.platform.jdbc, kit.base.platform.ids, kit.base.clock)
                    .row(kit.student, kit.instructor.id(), kit.instructor.serviceId(),
                            PaymentsTestKit.NOW.minus(Duration.ofDays(10 * i)), 60)
                    .status("COMPLETED").hourlyRate(12_000).insert();
        }
        kit.base.platform.jdbc.update("UPDATE bookings SET completed_at = end_at WHERE student_id = ? AND status = 'COMPLETED'",
                kit.student);
        String booking = authorizedBookingWithCredit(2_000);
        Instant end = START.plus(HOUR);
        kit.complete(booking, end);

        assertThat(of(kit.runAt(end.plus(Duration.ofHours(24))), booking, PaymentAction.CAPTURE))
                .containsExactly(ActionResult.CAPTURED);

        assertThat(kit.base.count("SELECT count(*) AS n FROM platform_credits WHERE reserved_for_booking_id = ? AND status = 'applied'",
                booking)).isEqualTo(1);
        assertThat(kit.base.count("""
                SELECT count(*) AS n FROM platform_credits
                 WHERE user_id = ? AND source_type = 'milestone_s5' AND amount_cents = 1000 AND status = 'available'
                """, kit.student)).isEqualTo(1);
        assertThat(availableCredit()).isEqualTo(1_000);
    }

    @Test
    void whenCreditsExceedThePlatformsTakeATopUpTransferCompletesThePayoutAfterTheCapture() {
        // card 12000 - 3000 + 1440 = 10440; fee max(0, 1440 + 1440 - 3000) = 0: the transfer is 10440, 120 short
        String booking = authorizedBookingWithCredit(3_000);
        assertThat(kit.paymentColumn(booking, "card_charge_cents || ' ' || application_fee_cents"))
                .isEqualTo("10440 0");
        Instant end = START.plus(HOUR);
        kit.complete(booking, end);

        assertThat(of(kit.runAt(end.plus(Duration.ofHours(24))), booking, PaymentAction.CAPTURE))
                .containsExactly(ActionResult.CAPTURED);

        var topUp = kit.stripe.onlyPost("/v1/transfers");
        assertThat(form(topUp)).contains(entry("amount", "120"), entry("destination", kit.account));
        assertThat(topUp.getHeader("Idempotency-Key")).isEqualTo("booking:" + booking + ":payout_transfer");
        assertThat(kit.paymentColumn(booking, "status || ' ' || settlement_outcome"))
                .isEqualTo("settled lesson_completed_full_payout");
        assertThat(kit.runAt(end.plus(Duration.ofHours(25)))).doesNotContainKey(booking + " SETTLE");
    }

    // ---- no-shows ---------------------------------------------------------------------------------------------

    @Test
    void aConfirmedStudentNoShowCapturesSoTheInstructorIsPaidInFullAndForfeitsReservedCredits() {
        String booking = authorizedBookingWithCredit(2_000);

        Instant resolvedAt = START.plus(Duration.ofHours(26));
        confirmedNoShow(booking, "student", "student_no_show_full_payout", resolvedAt);
        assertThat(of(kit.runAt(resolvedAt), booking, PaymentAction.SETTLE)).containsExactly(ActionResult.SETTLED);

        assertThat(kit.stripe.onlyPost(capturePath(booking)).getHeader("Idempotency-Key"))
                .isEqualTo("booking:" + booking + ":settlement_capture");
        assertThat(kit.stripe.posts("/v1/transfers")).isEmpty();
        assertThat(kit.paymentColumn(booking, "settlement_outcome")).isEqualTo("student_no_show_full_payout");
        assertThat(availableCredit()).isZero();
        assertThat(kit.base.count("SELECT count(*) AS n FROM platform_credits WHERE user_id = ? AND status = 'forfeited'",
                kit.student)).isEqualTo(1);
    }

    @Test
    void aConfirmedInstructorNoShowReleasesTheAuthorization() {
        String booking = authorizedBooking();

        Instant resolvedAt = START.plus(Duration.ofHours(26));
        confirmedNoShow(booking, "instructor", "instructor_no_show_full_refund", resolvedAt);
        kit.runAt(resolvedAt);

        assertThat(kit.stripe.posts("/v1/payment_intents/" + intentId(booking) + "/cancel")).hasSize(1);
        assertThat(kit.stripe.posts(capturePath(booking))).isEmpty();
        assertThat(kit.paymentColumn(booking, "settlement_outcome")).isEqualTo("instructor_no_show_full_refund");
    }

    // ---- faults -----------------------------------------------------------------------------------------------

    @Test
    void everyMessageDeliveredTwiceMovesTheMoneyOnce() {
        String booking = authorizedBooking();
        kit.deliveries = 2;

        cancelByStudent(booking, START.minus(Duration.ofHours(6)));
        assertThat(of(kit.runAt(START.minus(Duration.ofHours(6))), booking, PaymentAction.SETTLE))
                .containsExactly(ActionResult.SETTLED, ActionResult.SKIPPED);
        kit.runAt(START.minus(Duration.ofHours(5)));

        assertThat(kit.stripe.posts(capturePath(booking))).hasSize(1);
        assertThat(kit.stripe.posts(reversalPath(booking))).hasSize(1);
        assertThat(kit.stripe.posts("/v1/transfers")).hasSize(1);
        assertThat(availableCredit()).isEqualTo(6_000);
        assertThat(kit.ledgerRows(booking, "student_cancel_lt12_split_50_50")).isEqualTo(1);
    }

    @Test
    void aWorkerThatLostStripesAnswerResumesWithTheSameKeyAndSkipsWhatIsDone() {
        String booking = authorizedBooking();
        kit.stripe.dropConnection(reversalPath(booking));

        cancelByStudent(booking, START.minus(Duration.ofHours(6)));
        assertThat(of(kit.runAt(START.minus(Duration.ofHours(6))), booking, PaymentAction.SETTLE)).isEmpty();
        assertThat(kit.paymentColumn(booking, "status || ' ' || money_operation"))
                .isEqualTo("settling student_cancel_lt12_split_50_50");

        kit.stripe.answerPost(reversalPath(booking), StripeObjects.transferReversal("trr_" + booking, "tr_" + booking,
                10_560));
        assertThat(of(kit.drain(), booking, PaymentAction.SETTLE)).containsExactly(ActionResult.SETTLED);

        assertThat(kit.stripe.posts(capturePath(booking))).hasSize(1);
        // the JDK's HTTP client may itself resend a POST whose connection dropped: every send carries the same key
        assertThat(kit.stripe.idempotencyKeys(reversalPath(booking))).hasSizeGreaterThanOrEqualTo(2)
                .containsOnly("booking:" + booking + ":transfer_reversal");
        assertThat(kit.stripe.posts("/v1/transfers")).hasSize(1);
        assertThat(availableCredit()).isEqualTo(6_000);
    }

    @Test
    void aDeclinedSettlementCaptureGoesToManualReviewWithoutCreditingAnything() {
        String booking = authorizedBooking();
        kit.stripe.declineCard(capturePath(booking), "expired_card", intentId(booking));

        cancelByStudent(booking, START.minus(Duration.ofHours(6)));
        assertThat(of(kit.runAt(START.minus(Duration.ofHours(6))), booking, PaymentAction.SETTLE))
                .containsExactly(ActionResult.MANUAL_REVIEW);
        assertThat(kit.paymentColumn(booking, "status || ' ' || manual_review_reason"))
                .isEqualTo("manual_review settlement_failed");
        assertThat(availableCredit()).isZero();
        assertThat(kit.stripe.posts("/v1/transfers")).isEmpty();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** A $120 lesson at {@link #START} authorized at T-24h; Stripe will capture it with its transfer. */
    private String authorizedBooking() {
        String booking = kit.scheduledBooking(START);
        stripeAuthorizesAndCaptures(booking, 13_440, 2_880);
        assertThat(of(kit.runAt(T_MINUS_24H), booking, PaymentAction.AUTHORIZE)).containsExactly(ActionResult.AUTHORIZED);
        return booking;
    }

    /**
     * A $120 lesson at {@link #START} paid with {@code creditCents} of reserved credit and the card for the rest,
     * authorized at T-24h.
     */
    private String authorizedBookingWithCredit(int creditCents) {
        kit.base.clock.set(PaymentsTestKit.NOW);
        String booking = kit.base.booking(kit.student, kit.instructor, Duration.between(PaymentsTestKit.NOW, START));
        kit.mine.add(booking);
        reserveCredit(booking, creditCents);
        kit.setup.schedule(booking, PaymentWorkflowTestKit.CUSTOMER, PaymentWorkflowTestKit.CARD, creditCents);
        int card = 12_000 - creditCents + 1_440;
        stripeAuthorizesAndCaptures(booking, card, Math.max(0, 2_880 - creditCents));
        assertThat(of(kit.runAt(T_MINUS_24H), booking, PaymentAction.AUTHORIZE)).containsExactly(ActionResult.AUTHORIZED);
        return booking;
    }

    /** Stripe authorizes, then on capture answers succeeded with the destination charge's transfer tr_{booking}. */
    private void stripeAuthorizesAndCaptures(String booking, int amount, int fee) {
        String intent = intentId(booking);
        String captured = StripeObjects.paymentIntent(intent, "succeeded", amount, fee, kit.account,
                StripeObjects.charge("ch_" + booking, intent, amount, true, "tr_" + booking, kit.account, null));
        kit.stripe.answerPostWhenBodyContains(PaymentWorkflowTestKit.AUTHORIZE_PATH, booking,
                StripeObjects.paymentIntent(intent, "requires_capture", amount, fee, kit.account,
                        StripeObjects.charge("ch_" + booking, intent, amount, false, null, kit.account,
                                T_MINUS_24H.plus(Duration.ofDays(7)).getEpochSecond())));
        kit.stripe.answerPost(capturePath(booking), captured);
        kit.stripe.answerPost("/v1/payment_intents/" + intent + "/cancel", StripeObjects.paymentIntent(intent,
                "canceled", amount, fee, kit.account, null));
        kit.stripe.answerPost(reversalPath(booking), StripeObjects.transferReversal("trr_" + booking, "tr_" + booking,
                amount - fee));
        kit.stripe.answerPostWithFreshIds("/v1/transfers", StripeObjects.transfer("tr_payout", 0, kit.account,
                "booking:" + booking), "tr_payout");
    }

    /**
     * The lesson at {@link #START}, authorized, rescheduled 20 h before it (a late reschedule) to two days later: the
     * bookings side cancels it and inserts the LOCKed replacement (here by SQL, as its reschedule service does). The
     * scheduler carries the payment over, then LOCKs it.
     */
    private String lockedReplacement() {
        return lockedReplacement(START.plus(Duration.ofDays(2)), "CONFIRMED");
    }

    private String lockedReplacement(Instant newStart, String status) {
        String original = authorizedBooking();
        Instant at = START.minus(Duration.ofHours(20));
        kit.base.clock.set(at);
        String replacement = new TestBookingRows(kit.base.platform.jdbc, kit.base.platform.ids, kit.base.clock)
                .row(kit.student, kit.instructor.id(), kit.instructor.serviceId(), newStart, 60).status(status)
                .hourlyRate(12_000).rescheduledFrom(original).insert();
        kit.base.platform.jdbc.update("""
                UPDATE bookings SET status = 'CANCELLED', cancelled_at = ?, cancellation_reason = 'Rescheduled',
                       reschedule_count = 1 WHERE id = ?
                """, at, original);
        kit.base.platform.jdbc.update("""
                UPDATE bookings SET late_reschedule_used = true, locked_at = ?, reschedule_count = 1 WHERE id = ?
                """, at, replacement);
        kit.mine.add(replacement);

        assertThat(of(kit.runAt(at), original, PaymentAction.CARRY_OVER)).containsExactly(ActionResult.CARRIED_OVER);
        assertThat(of(kit.runAt(at), replacement, PaymentAction.LOCK)).containsExactly(ActionResult.LOCKED);

        assertThat(kit.paymentColumn(replacement, "status || ' ' || payment_intent_id || ' ' || amount_captured_cents"))
                .isEqualTo("locked " + intentId(original) + " 13440");
        assertThat(form(kit.stripe.onlyPost(reversalPath(original)))).containsEntry("amount", "10560");
        assertThat(kit.stripe.onlyPost(capturePath(original)).getHeader("Idempotency-Key"))
                .isEqualTo("booking:" + replacement + ":settlement_capture");
        return replacement;
    }

    private void cancelByStudent(String booking, Instant at) {
        kit.base.clock.set(at);
        cancellations.cancelByStudent(kit.student, booking, new StudentCancellationRequest(null));
    }

    /** The bookings side's confirmed no-show (its resolution service records exactly this). */
    private void confirmedNoShow(String booking, String type, String outcome, Instant resolvedAt) {
        kit.base.platform.jdbc.update("UPDATE bookings SET status = 'NO_SHOW' WHERE id = ?", booking);
        String reporter = "student".equals(type) ? kit.instructor.id() : kit.student;
        kit.base.platform.jdbc.update("""
                INSERT INTO booking_no_shows (booking_id, no_show_type, reported_by_id, reported_by_role, reported_at,
                    dispute_deadline, resolution, settlement_outcome, resolved_at)
                VALUES (?, ?, ?, ?, ?, ?, 'confirmed_no_dispute', ?, ?)
                """, booking, type, reporter, "student".equals(type) ? "instructor" : "student",
                START.plus(HOUR), START.plus(Duration.ofHours(25)), outcome, resolvedAt);
    }

    private int reserveCredit(String booking, int cents) {
        kit.credits.adjust(kit.student, cents, null);
        return kit.credits.reserve(kit.student, booking, cents, 12_000);
    }

    private int availableCredit() {
        return kit.base.count("""
                SELECT COALESCE(sum(amount_cents), 0)::int AS n FROM platform_credits
                 WHERE user_id = ? AND status = 'available'
                """, kit.student);
    }

    private int ledgerAmount(String booking, String eventType) {
        return kit.base.count("SELECT sum(amount_cents)::int AS n FROM payment_events WHERE booking_id = ? AND event_type = ?",
                booking, eventType);
    }

    private Instant startOf(String booking) {
        return kit.startOf(booking);
    }

    private static String reversalPath(String booking) {
        return "/v1/transfers/tr_" + booking + "/reversals";
    }

}
