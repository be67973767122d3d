package com.instainstru.payments.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.payments.PaymentsTestKit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One scheduler run finds at most its run limit, the most urgent actions first. The database is shared with the
 * run's other tests, so the assertions hold whatever else is due: the count, and the order of the actions.
 */
class PaymentSchedulerRunLimitTest {

    private static final Instant START = PaymentsTestKit.NOW.plus(Duration.ofDays(3));

    private final PaymentWorkflowTestKit kit = new PaymentWorkflowTestKit();

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void aRunFindsAtMostItsLimitMostUrgentFirstAndTheNextRunFindsTheRest() {
        for (int i = 0; i < 3; i++) {
            kit.scheduledBooking(START.plus(Duration.ofHours(i)));
        }
        Instant at = START.plus(Duration.ofHours(2)).minus(Duration.ofHours(24));
        PaymentScheduler limited = new PaymentScheduler(kit.repository, kit.settlements, 2);

        List<PaymentActionMessage> found = limited.due(at);

        assertThat(found).hasSize(2);
        List<PaymentAction> priority = List.of(PaymentAction.FAIL, PaymentAction.FAIL_PENDING, PaymentAction.WARN_FINAL, PaymentAction.SETTLE,
                PaymentAction.CARRY_OVER, PaymentAction.LOCK, PaymentAction.AUTHORIZE, PaymentAction.EXPIRE,
                PaymentAction.CAPTURE);
        assertThat(found.stream().map(message -> priority.indexOf(message.action())).toList()).isSorted();
        assertThat(kit.scheduler.due(at).stream().filter(message -> kit.mine.contains(message.bookingId())))
                .as("a run with room finds all three").hasSize(3);
    }
}
