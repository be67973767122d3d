package com.instainstru.payments.workflow;

import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.payments.credits.CreditRepository;
import com.instainstru.payments.credits.LoyaltyCreditService;
import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import com.instainstru.payments.setup.PaymentSetupRepository;
import com.instainstru.payments.setup.PaymentSetupService;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeStub;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The payment workflow wired by hand over this run's database and a Stripe stub, with a clock the test moves, and
 * a queue the test drains: {@link #runAt} fires the scheduler at an instant and delivers what it found to the
 * worker; messages the worker throws on are delivered again on the next {@link #drain}, as SQS would after the
 * visibility timeout. (The SQS and Lambda wiring itself is tested in functions/payment-scheduler and payment-worker.)
 */
final class PaymentWorkflowTestKit implements AutoCloseable {

    static final String CUSTOMER = "cus_NffrFeUfNV2Hib";
    static final String CARD = "pm_1QJ9Aq2eZvKYlo2CKWcVbU7K";
    static final String AUTHORIZE_PATH = "/v1/payment_intents";

    final PaymentsTestKit base = new PaymentsTestKit();
    final StripeStub stripe = StripeStub.start();
    final StripeGateway gateway = new StripeGateway(Optional.of("sk_test_51WorkflowStubOnly"),
            Optional.of(stripe.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(5));
    final PaymentWorkflowRepository repository = new PaymentWorkflowRepository(base.platform.jdbc);
    final PaymentEventRepository ledger = new PaymentEventRepository(base.platform.jdbc, base.platform.ids,
            base.platform.json);
    final OutboxService outbox = new OutboxService(new OutboxRepository(base.platform.jdbc, base.platform.json),
            base.platform.ids, base.clock, base.platform.json);
    final PaymentSetupService setup = new PaymentSetupService(new PaymentSetupRepository(base.platform.jdbc), ledger,
            base.platform.tx, base.clock);
    final SettlementRepository settlements = new SettlementRepository(base.platform.jdbc);
    final PaymentScheduler scheduler = new PaymentScheduler(repository, settlements, 20_000);
    final ManualReview manualReview = new ManualReview(repository, ledger, outbox, base.platform.tx, base.clock);
    final CreditRepository creditRows = new CreditRepository(base.platform.jdbc);
    final CreditLedger credits = new CreditLedger(creditRows, new AdvisoryLockRepository(base.platform.jdbc), outbox,
            base.platform.ids, base.platform.tx, base.clock);
    final LoyaltyCreditService loyalty = new LoyaltyCreditService(creditRows, outbox, base.platform.ids,
            base.platform.tx, base.clock);
    final SettlementStep settlement = new SettlementStep(settlements, ledger, credits, loyalty, outbox, gateway,
            manualReview, base.platform.tx, base.clock);
    /** Also called directly, as checkout and the card swap do in a student's request. */
    final AuthorizationStep authorization = new AuthorizationStep(repository, ledger, outbox, gateway,
            base.platform.tx, manualReview, base.clock);
    final PaymentActionProcessor processor = new PaymentActionProcessor(authorization,
            new CaptureStep(repository, ledger, outbox, gateway, base.platform.tx, credits, loyalty, settlements,
                    settlement, base.clock),
            new DeadlineSteps(repository, ledger, outbox, credits, base.platform.tx, base.clock),
            new CarryOverStep(settlements, manualReview, repository, ledger, outbox, base.platform.tx,
                    base.clock), settlement);

    /** The bookings this test owns: the shared database also holds other tests' payments. */
    final Set<String> mine = new java.util.HashSet<>();
    /** Messages the worker threw on, to be delivered again. */
    final List<PaymentActionMessage> redeliveries = new ArrayList<>();
    /** How many times each message is delivered (2 = every message duplicated). */
    int deliveries = 1;

    final String student = base.student();
    final PaymentsTestKit.Instructor instructor = base.instructor();
    final String account = "acct_" + instructor.id().substring(14);

    PaymentWorkflowTestKit() {
        base.connectAccount(instructor.id(), account);
        // the customer's PaymentIntents, looked up after a Stripe 5xx: none unless a test says otherwise
        stripe.answerGet(AUTHORIZE_PATH, StripeObjects.paymentIntentList());
    }

    /** A confirmed $120 lesson starting at {@code start}, its payment scheduled (clock at {@link PaymentsTestKit#NOW}). */
    String scheduledBooking(Instant start) {
        base.clock.set(PaymentsTestKit.NOW);
        String bookingId = base.booking(student, instructor, Duration.between(PaymentsTestKit.NOW, start));
        setup.schedule(bookingId, CUSTOMER, CARD, 0);
        mine.add(bookingId);
        return bookingId;
    }

    /**
     * A PENDING $120 lesson starting at {@code start} (booked at {@link PaymentsTestKit#NOW}, less than 24 h ahead),
     * checked out with {@code credits} cents of the student's credits: its payment is due now, not yet attempted.
     */
    String pendingCheckedOut(Instant start, int creditCents) {
        String bookingId = pendingBooking(start);
        if (creditCents > 0) {
            issueCredit(creditCents);
        }
        setup.schedule(bookingId, CUSTOMER, CARD, credits.reserve(student, bookingId, creditCents, 12_000));
        return bookingId;
    }

    /** A PENDING $120 lesson starting at {@code start}, booked at {@link PaymentsTestKit#NOW}, not checked out. */
    String pendingBooking(Instant start) {
        base.clock.set(PaymentsTestKit.NOW);
        String bookingId = base.pendingBooking(student, instructor, Duration.between(PaymentsTestKit.NOW, start));
        mine.add(bookingId);
        return bookingId;
    }

    /** An admin credit of {@code cents} for the student, available now. */
    void issueCredit(int cents) {
        credits.adjust(student, cents, null);
    }

    /** Reserves {@code cents} of the student's credits for the booking, as checkout does. */
    void reserve(String bookingId, int cents) {
        credits.reserve(student, bookingId, cents, 12_000);
    }

    int availableCredits() {
        return credits.balance(student).availableCents();
    }

    int reservedCredits() {
        return credits.balance(student).reservedCents();
    }

    /** Stripe authorizes this booking's PaymentIntent, held until {@code captureBefore}. */
    String stripeAuthorizes(String bookingId, Instant captureBefore) {
        return stripeAuthorizesWhenBodyContains(bookingId, bookingId, captureBefore);
    }

    /** As {@link #stripeAuthorizes}, only for requests naming {@code fragment} (e.g. another card). */
    String stripeAuthorizesWhenBodyContains(String bookingId, String fragment, Instant captureBefore) {
        String intent = intentId(bookingId);
        stripe.answerPostWhenBodyContains(AUTHORIZE_PATH, fragment, StripeObjects.paymentIntent(intent,
                "requires_capture", 13_440, 2_880, account, StripeObjects.charge("ch_" + bookingId, intent, 13_440,
                        false, null, account, captureBefore.getEpochSecond())));
        return intent;
    }

    /** The booking's PaymentIntent as Stripe holds it when authorized (requires_capture), with its metadata. */
    String authorizedIntent(String bookingId, Instant captureBefore) {
        String intent = intentId(bookingId);
        return StripeObjects.forBooking(StripeObjects.paymentIntent(intent, "requires_capture", 13_440, 2_880,
                account, StripeObjects.charge("ch_" + bookingId, intent, 13_440, false, null, account,
                        captureBefore.getEpochSecond())), bookingId);
    }

    /** The booking's PaymentIntent once captured (succeeded), with the destination charge's transfer. */
    String capturedIntent(String bookingId) {
        String intent = intentId(bookingId);
        return StripeObjects.forBooking(StripeObjects.paymentIntent(intent, "succeeded", 13_440, 2_880, account,
                StripeObjects.charge("ch_" + bookingId, intent, 13_440, true, "tr_" + bookingId, account, null)),
                bookingId);
    }

    /**
     * Stripe captures this booking's PaymentIntent; the destination charge's transfer is created. Until then a
     * retrieval finds it authorized.
     */
    void stripeCaptures(String bookingId) {
        String intent = intentId(bookingId);
        stripe.answerGet("/v1/payment_intents/" + intent, authorizedIntent(bookingId, PaymentsTestKit.NOW
                .plus(Duration.ofDays(30))));
        stripe.answerPost(capturePath(bookingId), StripeObjects.paymentIntent(intent, "succeeded", 13_440, 2_880,
                account, StripeObjects.charge("ch_" + bookingId, intent, 13_440, true, "tr_" + bookingId, account,
                        null)));
    }

    static String intentId(String bookingId) {
        return "pi_" + bookingId;
    }

    static String capturePath(String bookingId) {
        return "/v1/payment_intents/" + intentId(bookingId) + "/capture";
    }

    /** Fires the scheduler at {@code at} and delivers this test's messages; returns what the worker did, by action. */
    Map<String, List<ActionResult>> runAt(Instant at) {
        base.clock.set(at);
        List<PaymentActionMessage> found = scheduler.due(at).stream()
                .filter(message -> mine.contains(message.bookingId())).toList();
        return deliver(found);
    }

    /** Delivers the messages the worker threw on again (after the visibility timeout, at the same instant). */
    Map<String, List<ActionResult>> drain() {
        List<PaymentActionMessage> again = List.copyOf(redeliveries);
        redeliveries.clear();
        return deliver(again);
    }

    private Map<String, List<ActionResult>> deliver(List<PaymentActionMessage> messages) {
        Map<String, List<ActionResult>> results = new LinkedHashMap<>();
        for (PaymentActionMessage message : messages) {
            for (int copy = 0; copy < deliveries; copy++) {
                try {
                    ActionResult result = processor.process(message);
                    results.computeIfAbsent(message.bookingId() + " " + message.action(), k -> new ArrayList<>())
                            .add(result);
                } catch (RuntimeException thrown) {
                    redeliveries.add(message);
                }
            }
        }
        return results;
    }

    /** {@code bookingId}'s results of one run, e.g. [AUTHORIZED] for "AUTHORIZE". */
    static List<ActionResult> of(Map<String, List<ActionResult>> results, String bookingId, PaymentAction action) {
        return results.getOrDefault(bookingId + " " + action, List.of());
    }

    String paymentColumn(String bookingId, String expression) {
        return base.platform.jdbc.queryOne("SELECT (" + expression + ")::text AS v FROM booking_payments WHERE booking_id = ?",
                row -> row.string("v"), bookingId).orElseThrow();
    }

    String bookingStatus(String bookingId) {
        return base.platform.jdbc.queryOne("SELECT status FROM bookings WHERE id = ?", row -> row.string("status"),
                bookingId).orElseThrow();
    }

    int ledgerRows(String bookingId, String eventType) {
        return base.count("SELECT count(*) AS n FROM payment_events WHERE booking_id = ? AND event_type = ?",
                bookingId, eventType);
    }

    int outboxEvents(String bookingId, String eventType) {
        return base.count("SELECT count(*) AS n FROM outbox_events WHERE aggregate_id = ? AND event_type = ?",
                bookingId, eventType);
    }

    /** The lesson was held: bookings marks it completed (here by SQL: completion is the bookings capability). */
    void complete(String bookingId, Instant at) {
        base.platform.jdbc.update("UPDATE bookings SET status = 'COMPLETED', completed_at = ?, updated_at = ? WHERE id = ?",
                at, at, bookingId);
    }

    Instant startOf(String bookingId) {
        return base.platform.jdbc.queryOne("SELECT start_at FROM bookings WHERE id = ?",
                row -> row.instant("start_at"), bookingId).orElseThrow();
    }

    @Override
    public void close() {
        stripe.close();
    }
}
