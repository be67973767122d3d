package com.instainstru.bench.payments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.payments.credits.CreditRepository;
import com.instainstru.payments.credits.LoyaltyCreditService;
import com.instainstru.payments.ledger.PaymentEventRepository;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.payments.workflow.AuthorizationStep;
import com.instainstru.payments.workflow.CaptureStep;
import com.instainstru.payments.workflow.CarryOverStep;
import com.instainstru.payments.workflow.DeadlineSteps;
import com.instainstru.payments.workflow.ManualReview;
import com.instainstru.payments.workflow.PaymentActionProcessor;
import com.instainstru.payments.workflow.PaymentScheduler;
import com.instainstru.payments.workflow.PaymentWorkflowRepository;
import com.instainstru.payments.workflow.SettlementRepository;
import com.instainstru.payments.workflow.SettlementStep;
import com.instainstru.platform.db.ConnectionHolder;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.JdbcTransactions;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The payment scheduler and worker wired by hand over one data source, as CDI wires them in the payment-scheduler
 * and payment-worker functions (and PaymentWorkflowTestKit in shared-lib's tests).
 */
final class PaymentWorkflow {

    final PaymentScheduler scheduler;
    final PaymentActionProcessor processor;

    PaymentWorkflow(DataSource dataSource, StripeGateway stripe, ObjectMapper json, Clock clock) {
        ConnectionHolder holder = new ConnectionHolder();
        Jdbc jdbc = new Jdbc(dataSource, holder);
        JdbcTransactions tx = new JdbcTransactions(dataSource, holder);
        IdGenerator ids = new IdGenerator(clock);
        PaymentWorkflowRepository payments = new PaymentWorkflowRepository(jdbc);
        PaymentEventRepository ledger = new PaymentEventRepository(jdbc, ids, json);
        OutboxService outbox = new OutboxService(new OutboxRepository(jdbc, json), ids, clock, json);
        ManualReview manualReview = new ManualReview(payments, ledger, outbox, tx, clock);
        SettlementRepository settlements = new SettlementRepository(jdbc);
        CreditRepository creditRows = new CreditRepository(jdbc);
        CreditLedger credits = new CreditLedger(creditRows, new AdvisoryLockRepository(jdbc), outbox, ids, tx, clock);
        scheduler = new PaymentScheduler(payments, settlements, 20_000);
        LoyaltyCreditService loyalty = new LoyaltyCreditService(creditRows, outbox, ids, tx, clock);
        SettlementStep settlement = new SettlementStep(settlements, ledger, credits, loyalty, outbox, stripe,
                manualReview, tx, clock);
        processor = new PaymentActionProcessor(
                new AuthorizationStep(payments, ledger, outbox, stripe, tx, manualReview, clock),
                new CaptureStep(payments, ledger, outbox, stripe, tx, credits, loyalty, settlements, settlement,
                        clock),
                new DeadlineSteps(payments, ledger, outbox, credits, tx, clock),
                new CarryOverStep(settlements, manualReview, payments, ledger, outbox, tx, clock), settlement);
    }
}
