package com.instainstru.payments.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.payments.PaymentsApiTestKit;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.ValidationException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idempotency-Key over payment_request_idempotency, with the clock moved by hand. */
class IdempotentRequestsTest {

    private static final String ROUTE = "POST /api/v1/payments/checkout";

    private static PaymentsApiTestKit kit;
    private String user;
    private String key;
    private final AtomicInteger runs = new AtomicInteger();

    record Body(String bookingId, int amountCents) {
    }

    record Answer(String id, int run) {
    }

    @BeforeAll
    static void start() {
        kit = new PaymentsApiTestKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    @BeforeEach
    void freshUserAndKey() {
        kit.kit.clock.set(com.instainstru.payments.PaymentsTestKit.NOW);
        user = kit.kit.student();
        key = UUID.randomUUID().toString();
    }

    private Answer call(String route, Object body) {
        return kit.idempotent.execute(user, key, route, body, Answer.class,
                () -> new Answer("pi_" + runs.get(), runs.incrementAndGet()));
    }

    @Test
    void theSameKeyAndBodyAnswersTheFirstResponseWithoutRunningAgain() {
        Answer first = call(ROUTE, new Body("b1", 13_440));
        Answer again = call(ROUTE, new Body("b1", 13_440));

        assertThat(again).isEqualTo(first).isEqualTo(new Answer("pi_0", 1));
        assertThat(runs).hasValue(1);
        assertThat(kit.kit.count("""
                SELECT count(*) AS n FROM payment_request_idempotency
                WHERE user_id = ? AND idempotency_key = ? AND response_status = 200
                  AND response_body->>'id' = 'pi_0' AND expires_at = created_at + interval '24 hours'
                """, user, key)).isOne();
    }

    @Test
    void withoutAKeyEveryRequestRuns() {
        kit.idempotent.execute(user, null, ROUTE, new Body("b1", 1), Answer.class, () -> new Answer("x", runs.incrementAndGet()));
        kit.idempotent.execute(user, null, ROUTE, new Body("b1", 1), Answer.class, () -> new Answer("x", runs.incrementAndGet()));

        assertThat(runs).hasValue(2);
        assertThat(kit.kit.count("SELECT count(*) AS n FROM payment_request_idempotency WHERE user_id = ?", user))
                .isZero();
    }

    @Test
    void theSameKeyWithAnotherBodyOrRouteIsRefused() {
        call(ROUTE, new Body("b1", 13_440));

        assertThatThrownBy(() -> call(ROUTE, new Body("b1", 13_441)))
                .isInstanceOfSatisfying(BusinessRuleException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(422);
                    assertThat(refused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
                });
        assertThatThrownBy(() -> call("POST /api/v1/payments/connect/onboard", new Body("b1", 13_440)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aSecondRequestWhileTheFirstRunsIsAConflict() {
        AtomicInteger nestedStatus = new AtomicInteger();

        Answer first = kit.idempotent.execute(user, key, ROUTE, null, Answer.class, () -> {
            try {
                call(ROUTE, null);
            } catch (ConflictException inFlight) {
                assertThat(inFlight.code()).isEqualTo("IDEMPOTENCY_REQUEST_IN_PROGRESS");
                nestedStatus.set(inFlight.status());
            }
            return new Answer("first", 0);
        });

        assertThat(nestedStatus).hasValue(409);
        assertThat(first.id()).isEqualTo("first");
        assertThat(call(ROUTE, null)).isEqualTo(first);
        assertThat(runs).hasValue(0);
    }

    @Test
    void theStoredResponseIsReplayedForTwentyFourHoursAndNotAfter() {
        call(ROUTE, new Body("b1", 13_440));

        kit.kit.clock.advance(Duration.ofHours(24).minusNanos(1_000));
        assertThat(call(ROUTE, new Body("b1", 13_440)).run()).isEqualTo(1);

        kit.kit.clock.advance(Duration.ofNanos(1_000));
        assertThat(call(ROUTE, new Body("b1", 13_440)).run()).isEqualTo(2);
        // after expiry the key is free for any body
        kit.kit.clock.advance(Duration.ofHours(24));
        assertThat(call(ROUTE, new Body("b2", 1)).run()).isEqualTo(3);
    }

    @Test
    void aFailedRequestStoresNothingAndTheKeyMayBeRetried() {
        assertThatThrownBy(() -> kit.idempotent.execute(user, key, ROUTE, null, Answer.class, () -> {
            throw new IllegalStateException("Stripe is down");
        })).hasMessage("Stripe is down");

        assertThat(call(ROUTE, null).run()).isEqualTo(1);
    }

    @Test
    void aClaimAbandonedInFlightIsTakenOverAfterFifteenMinutes() {
        IdempotencyRecordRepository records = new IdempotencyRecordRepository(kit.kit.platform.jdbc);
        var now = kit.kit.clock.instant();
        records.claim(user, key, ROUTE, IdempotentRequests.sha256(ROUTE + "\nnull"), now, now.plus(Duration.ofHours(24)),
                now.minus(IdempotentRequests.ABANDONED_AFTER));

        kit.kit.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThatThrownBy(() -> call(ROUTE, null)).isInstanceOf(ConflictException.class);

        kit.kit.clock.advance(Duration.ofSeconds(1));
        assertThat(call(ROUTE, null).run()).isEqualTo(1);
    }

    @Test
    void keysAreTheUsersOwn() {
        call(ROUTE, new Body("b1", 13_440));
        String otherUser = kit.kit.student();

        Answer other = kit.idempotent.execute(otherUser, key, ROUTE, new Body("b9", 1), Answer.class,
                () -> new Answer("other", runs.incrementAndGet()));

        assertThat(other.run()).isEqualTo(2);
    }

    @Test
    void aMalformedKeyIsAFieldError() {
        assertThatThrownBy(() -> kit.idempotent.execute(user, "has space", ROUTE, null, Answer.class,
                () -> new Answer("x", 0))).isInstanceOfSatisfying(ValidationException.class, invalid ->
                assertThat(invalid.violations().get(0).field()).isEqualTo("Idempotency-Key"));
        assertThatThrownBy(() -> kit.idempotent.execute(user, "k".repeat(256), ROUTE, null, Answer.class,
                () -> new Answer("x", 0))).isInstanceOf(ValidationException.class);
        assertThat(kit.idempotent.execute(user, "k".repeat(255), ROUTE, null, Answer.class,
                () -> new Answer("x", 7)).run()).isEqualTo(7);
    }
}
