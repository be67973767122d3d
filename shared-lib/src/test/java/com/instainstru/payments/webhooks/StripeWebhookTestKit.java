package com.instainstru.payments.webhooks;

import static com.instainstru.payments.webhooks.StripeSignatureVerifierTest.CONNECT_SECRET;
import static com.instainstru.payments.webhooks.StripeSignatureVerifierTest.PLATFORM_SECRET;

import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.payments.credits.CreditRepository;
import com.instainstru.payments.credits.LoyaltyCreditService;
import com.instainstru.payments.customers.SetupIntentDefaults;
import com.instainstru.payments.customers.SetupIntentSucceededHandler;
import com.instainstru.payments.customers.StripeCustomerRepository;
import com.instainstru.payments.disputes.DisputeEventsHandler;
import com.instainstru.payments.disputes.DisputeRepository;
import com.instainstru.payments.disputes.DisputeSync;
import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.refunds.ChargeRefundedHandler;
import com.instainstru.payments.refunds.RefundReconciliation;
import com.instainstru.payments.setup.PaymentSetupRepository;
import com.instainstru.payments.setup.PaymentSetupService;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.webhooks.schema.WebhookReceipt;
import com.instainstru.payments.workflow.CanceledAuthorizations;
import com.instainstru.payments.workflow.DeadlineSteps;
import com.instainstru.payments.workflow.ManualReview;
import com.instainstru.payments.workflow.PaymentIntentCanceledHandler;
import com.instainstru.payments.workflow.PaymentIntentStateCheck;
import com.instainstru.payments.workflow.PaymentIntentStateHandler;
import com.instainstru.payments.workflow.PaymentWorkflowRepository;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import com.instainstru.testsupport.stripe.StripeStub;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhook route's service with every handler, wired by hand over this run's database and a Stripe stub, and
 * helpers that put a booking's payment in the state a test starts from (by SQL: the workflow has its own tests).
 */
public final class StripeWebhookTestKit implements AutoCloseable {

    public static final String CUSTOMER = "cus_NffrFeUfNV2Hib";
    public static final String CARD = "pm_1QJ9Aq2eZvKYlo2CKWcVbU7K";

    public final PaymentsTestKit base = new PaymentsTestKit();
    public final StripeStub stripe = StripeStub.start();
    public final StripeGateway gateway = new StripeGateway(Optional.of("sk_test_51WebhookStubOnly"),
            Optional.of(stripe.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(5));
    public final PaymentEventRepository ledger = new PaymentEventRepository(base.platform.jdbc, base.platform.ids,
            base.platform.json);
    public final OutboxService outbox = new OutboxService(new OutboxRepository(base.platform.jdbc,
            base.platform.json), base.platform.ids, base.clock, base.platform.json);
    public final CreditRepository creditRows = new CreditRepository(base.platform.jdbc);
    public final CreditLedger credits = new CreditLedger(creditRows, new AdvisoryLockRepository(base.platform.jdbc),
            outbox, base.platform.ids, base.platform.tx, base.clock);
    public final LoyaltyCreditService loyalty = new LoyaltyCreditService(creditRows, outbox, base.platform.ids,
            base.platform.tx, base.clock);
    public final StripeCustomerRepository customers = new StripeCustomerRepository(base.platform.jdbc);
    private final PaymentWorkflowRepository workflow = new PaymentWorkflowRepository(base.platform.jdbc);
    private final ManualReview manualReview = new ManualReview(workflow, ledger, outbox, base.platform.tx,
            base.clock);
    private final PaidBookingRepository paidBookings = new PaidBookingRepository(base.platform.jdbc);
    private final PaymentSetupService setup = new PaymentSetupService(new PaymentSetupRepository(base.platform.jdbc),
            ledger, base.platform.tx, base.clock);
    public final StripeWebhookEventRepository events = new StripeWebhookEventRepository(base.platform.jdbc);
    public final StripeWebhookService webhooks = new StripeWebhookService(
            new StripeSignatureVerifier(Optional.of(PLATFORM_SECRET), Optional.of(CONNECT_SECRET), base.clock),
            events, List.of(
                    new DisputeEventsHandler(new DisputeSync(gateway, paidBookings,
                            new DisputeRepository(base.platform.jdbc), credits, manualReview, ledger, outbox,
                            base.platform.tx, base.clock)),
                    new ChargeRefundedHandler(new RefundReconciliation(gateway, paidBookings, ledger, loyalty,
                            credits, outbox, base.platform.tx, base.clock)),
                    new PaymentIntentCanceledHandler(new CanceledAuthorizations(paidBookings, gateway,
                            new DeadlineSteps(workflow, ledger, outbox, credits, base.platform.tx, base.clock))),
                    new PaymentIntentStateHandler(new PaymentIntentStateCheck(paidBookings, gateway, ledger,
                            manualReview, base.platform.tx, base.clock)),
                    new SetupIntentSucceededHandler(new SetupIntentDefaults(gateway, customers, base.clock))),
            base.platform.tx, base.platform.json, base.clock);

    public final String student = base.student();
    private final PaymentsTestKit.Instructor instructor = base.instructor();
    public final String account = "acct_" + instructor.id().substring(14);
    private int nextDay = 2;

    public StripeWebhookTestKit() {
        base.connectAccount(instructor.id(), account);
    }

    /** A confirmed $120 lesson of {@link #student} days ahead, its payment scheduled (no credits). */
    public String scheduledBooking() {
        String bookingId = base.booking(student, instructor, Duration.ofDays(nextDay++));
        setup.schedule(bookingId, CUSTOMER, CARD, 0);
        return bookingId;
    }

    /** As {@link #scheduledBooking}, the card authorized: PaymentIntent {@link #intentOf}, held. */
    public String authorizedBooking() {
        String bookingId = scheduledBooking();
        sql("""
                UPDATE booking_payments SET status = 'authorized', payment_intent_id = ?, authorized_at = ?
                 WHERE booking_id = ?
                """, intentOf(bookingId), base.clock.instant(), bookingId);
        return bookingId;
    }

    /** The lesson happened and the payment was captured and settled (lesson_completed_full_payout). */
    public String settledBooking(Instant completedAt) {
        String bookingId = authorizedBooking();
        sql("UPDATE bookings SET status = 'COMPLETED', completed_at = ?, updated_at = ? WHERE id = ?", completedAt,
                completedAt, bookingId);
        sql("""
                UPDATE booking_payments SET status = 'settled', settlement_outcome = 'lesson_completed_full_payout',
                       settled_at = ?, captured_at = ?, amount_captured_cents = card_charge_cents
                 WHERE booking_id = ?
                """, completedAt, completedAt, bookingId);
        return bookingId;
    }

    public static String intentOf(String bookingId) {
        return "pi_" + bookingId;
    }

    public static String chargeOf(String bookingId) {
        return "ch_" + bookingId;
    }

    /** A new event of {@code type} about {@code object}, signed and delivered to the platform endpoint. */
    public String deliverNew(String type, String object) {
        String body = event(newEventId(), type, null, object);
        deliver(body);
        return body;
    }

    public WebhookReceipt deliver(String body) {
        return webhooks.receive(body,
                StripeSignatureVerifier.sign(PLATFORM_SECRET, base.clock.instant().getEpochSecond(), body));
    }

    public String paymentColumn(String bookingId, String expression) {
        return base.platform.jdbc.queryOne("SELECT (" + expression + ")::text AS v FROM booking_payments "
                + "WHERE booking_id = ?", row -> row.string("v"), bookingId).orElseThrow();
    }

    public int ledgerRows(String bookingId, String eventType) {
        return base.count("SELECT count(*)::int AS n FROM payment_events WHERE booking_id = ? AND event_type = ?",
                bookingId, eventType);
    }

    public int outboxEvents(String bookingId, String eventType) {
        return base.count("SELECT count(*)::int AS n FROM outbox_events WHERE aggregate_id = ? AND event_type = ?",
                bookingId, eventType);
    }

    /** The cents of the credits issued from {@code bookingId} that are in {@code status}. */
    public int creditCents(String bookingId, String status) {
        return base.count("""
                SELECT coalesce(sum(amount_cents), 0)::int AS n FROM platform_credits
                 WHERE source_booking_id = ? AND status = ?
                """, bookingId, status);
    }

    public boolean creditBalanceFrozen(String userId) {
        return base.platform.jdbc.queryOne("SELECT credit_balance_frozen FROM users WHERE id = ?",
                row -> row.bool("credit_balance_frozen"), userId).orElseThrow();
    }

    public void sql(String sql, Object... params) {
        base.platform.jdbc.update(sql, params);
    }

    public static String newEventId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    public static String event(String id, String type, String account, String object) {
        return StripeWebhookServiceTest.event(id, type, account, object);
    }

    @Override
    public void close() {
        stripe.close();
    }
}
