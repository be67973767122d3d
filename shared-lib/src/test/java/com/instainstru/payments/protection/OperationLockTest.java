package com.instainstru.payments.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.payments.PaymentsApiTestKit;
import com.instainstru.platform.errors.RateLimitedException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-booking mutual exclusion on the machine's Redis (fresh booking ids, so runs never collide). */
class OperationLockTest {

    private static PaymentsApiTestKit kit;

    @BeforeAll
    static void start() {
        kit = new PaymentsApiTestKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    @Test
    void aSecondActionOnTheSameBookingWhileTheFirstRunsIsOperationInProgress() throws Exception {
        String booking = kit.kit.platform.ids.newId();
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch finishFirst = new CountDownLatch(1);
        AtomicInteger actions = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = threads.submit(() -> kit.bookingLock.run(booking, () -> {
                actions.incrementAndGet();
                firstInside.countDown();
                await(finishFirst);
                return "first";
            }));
            assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();

            Future<String> second = threads.submit(() -> kit.bookingLock.run(booking, () -> {
                actions.incrementAndGet();
                return "second";
            }));
            assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(RateLimitedException.class, refused -> {
                        assertThat(refused.status()).isEqualTo(429);
                        assertThat(refused.code()).isEqualTo("OPERATION_IN_PROGRESS");
                        assertThat(refused.getMessage()).isEqualTo("Operation in progress");
                        assertThat(refused.retryAfter()).get()
                                .satisfies(after -> assertThat(after).isBetween(Duration.ofSeconds(1),
                                        Duration.ofSeconds(30)));
                    });

            finishFirst.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(actions).hasValue(1);
        } finally {
            finishFirst.countDown();
            threads.shutdownNow();
        }
        // released: the next action runs
        assertThat(kit.bookingLock.run(booking, () -> "after")).isEqualTo("after");
    }

    @Test
    void theLockIsReleasedWhenTheActionFails() {
        String booking = kit.kit.platform.ids.newId();

        assertThatThrownBy(() -> kit.bookingLock.run(booking, () -> {
            throw new IllegalStateException("Stripe said no");
        })).hasMessage("Stripe said no");

        assertThat(kit.bookingLock.run(booking, () -> 42)).isEqualTo(42);
    }

    @Test
    void differentBookingsDoNotExcludeEachOther() {
        String one = kit.kit.platform.ids.newId();
        String other = kit.kit.platform.ids.newId();

        String result = kit.bookingLock.run(one, () -> kit.bookingLock.run(other, () -> "both"));

        assertThat(result).isEqualTo("both");
    }

    @Test
    void theLeaseLivesThirtySecondsAndSaysSoInRetryAfter() {
        String booking = kit.kit.platform.ids.newId();
        try (RedisMutex.Lease lease = kit.bookingLock.acquire(booking)) {
            long ttl = kit.redis.commands().pttl("payments:lock:booking:" + booking);
            assertThat(ttl).isBetween(29_000L, 30_000L);
            assertThatThrownBy(() -> kit.bookingLock.acquire(booking))
                    .isInstanceOfSatisfying(RateLimitedException.class, refused ->
                            assertThat(refused.retryAfter()).contains(Duration.ofSeconds(30)));
        }
    }

    @Test
    void onlyTheOwnerReleases() throws Exception {
        String key = "payments:lock:test:" + kit.kit.platform.ids.newId();
        RedisMutex.Lease expired = kit.mutex.tryAcquire(key, Duration.ofMillis(50)).orElseThrow();
        Thread.sleep(120);
        RedisMutex.Lease current = kit.mutex.tryAcquire(key, Duration.ofSeconds(30)).orElseThrow();

        assertThat(expired.release()).isFalse();
        assertThat(kit.mutex.tryAcquire(key, Duration.ofSeconds(30))).isEmpty();

        assertThat(current.release()).isTrue();
        Optional<RedisMutex.Lease> again = kit.mutex.tryAcquire(key, Duration.ofSeconds(30));
        assertThat(again).isPresent();
        again.get().release();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
