package com.instainstru.payments.credits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two checkouts of the same student at once never reserve more credit than the student has. */
class CreditReservationConcurrencyTest {

    private static final int LESSON_PRICE = 12_000;

    private final CreditsTestKit kit = new CreditsTestKit();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aSecondReservationWaitsForTheFirstAndGetsTheRemainderItLeft() throws Exception {
        kit.ledger.adjust(kit.student, 10_000, kit.now().plus(Duration.ofDays(30)));
        String first = kit.booking();
        String second = kit.booking();
        CountDownLatch firstReserved = new CountDownLatch(1);
        CountDownLatch finishFirst = new CountDownLatch(1);

        Future<Integer> firstCheckout = threads.submit(() -> kit.payments.platform.tx.call(() -> {
            int reserved = kit.ledger.reserve(kit.student, first, 8_000, LESSON_PRICE);
            firstReserved.countDown();
            await(finishFirst);
            return reserved;
        }));
        assertThat(firstReserved.await(10, TimeUnit.SECONDS)).isTrue();
        Future<Integer> secondCheckout = threads.submit(() -> kit.ledger.reserve(kit.student, second, 8_000,
                LESSON_PRICE));
        Thread.sleep(300);
        assertThat(secondCheckout.isDone()).as("the second reservation waits for the first to commit").isFalse();
        finishFirst.countDown();

        assertThat(firstCheckout.get(10, TimeUnit.SECONDS)).isEqualTo(8_000);
        assertThat(secondCheckout.get(10, TimeUnit.SECONDS)).isEqualTo(2_000);
        assertThat(kit.ledger.balance(kit.student)).isEqualTo(new CreditBalance(0, 10_000, 0));
    }

    @Test
    void racingReservationsNeverOverReserveAndLoseNoCent() throws Exception {
        int rounds = 20;
        for (int credit = 0; credit < 10; credit++) {
            kit.ledger.adjust(kit.student, 3_000, kit.now().plus(Duration.ofDays(10 + credit)));
            kit.ledger.adjust(kit.student, 4_000, null);
        }
        int total = 10 * 7_000; // runs out in round 8 of 20: 2 x 4,500 a round
        int reservedSoFar = 0;
        for (int round = 0; round < rounds; round++) {
            List<String> bookings = List.of(kit.booking(), kit.booking());
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> checkouts = bookings.stream().map(booking -> threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return kit.ledger.reserve(kit.student, booking, 4_500, LESSON_PRICE);
            })).toList();
            for (int i = 0; i < 2; i++) {
                int reserved = checkouts.get(i).get(10, TimeUnit.SECONDS);
                assertThat(reserved).isBetween(0, 4_500);
                assertThat(kit.cents("reserved", "reserved_for_booking_id", bookings.get(i))).isEqualTo(reserved);
                reservedSoFar += reserved;
            }
            assertThat(reservedSoFar).isEqualTo(Math.min(total, (round + 1) * 9_000));
        }

        assertThat(kit.ledger.balance(kit.student)).isEqualTo(new CreditBalance(0, total, 0));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
