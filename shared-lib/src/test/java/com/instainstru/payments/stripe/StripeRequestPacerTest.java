package com.instainstru.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.platform.ratelimit.RateLimitConfigRepository;
import com.instainstru.platform.ratelimit.RateLimitConfigService;
import com.instainstru.platform.ratelimit.RateLimiter;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeStub;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared outbound budget in front of Stripe, over the machine's Redis and the Stripe stub. The bucket is set to
 * one request a second without burst, so the second of two quick calls must wait for its turn.
 */
class StripeRequestPacerTest {

    private static final String CUSTOMER = "cus_NffrFeUfNV2Hib";

    private final TestPlatform platform = new TestPlatform(Clock.systemUTC());
    private final RateLimitConfigService config = new RateLimitConfigService(
            new RateLimitConfigRepository(platform.jdbc), platform.tx, platform.clock);
    private final RedisConnection redis = new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250));
    private final StripeStub stripe = StripeStub.start();

    @BeforeEach
    void oneRequestASecond() {
        config.updateBucket(RateLimitBuckets.STRIPE_OUTBOUND, 60, 0, false, "test");
        redis.commands().del("rl:" + RateLimitBuckets.STRIPE_OUTBOUND + ":" + StripeRequestPacer.IDENTITY);
        stripe.answerPost("/v1/customers", StripeObjects.customer(CUSTOMER, "sam@example.test",
                "01KDVDNA00USERID0000000000"));
    }

    @AfterEach
    void stop() {
        config.resetBucket(RateLimitBuckets.STRIPE_OUTBOUND);
        stripe.close();
        redis.close();
    }

    @Test
    void aCallBeyondTheBudgetWaitsForItsTurnAndThenReachesStripe() {
        StripeGateway gateway = gateway(new RateLimiter(redis, config, platform.clock), Duration.ofSeconds(5));

        create(gateway, "1");
        create(gateway, "2");

        assertThat(stripe.idempotencyKeys("/v1/customers")).containsExactly("test:pacer:1", "test:pacer:2");
    }

    @Test
    void aCallThatWouldWaitLongerThanAllowedFailsAsRateLimitedWithoutReachingStripe() {
        StripeGateway gateway = gateway(new RateLimiter(redis, config, platform.clock), Duration.ZERO);

        create(gateway, "1");
        assertThatThrownBy(() -> create(gateway, "2")).isInstanceOf(StripeRateLimited.class)
                .satisfies(failure -> assertThat(((StripeFailure) failure).retryWithSameKey()).isTrue());

        assertThat(stripe.idempotencyKeys("/v1/customers")).containsExactly("test:pacer:1");
    }

    @Test
    void withoutRedisCallsGoAheadUnpacedAndStripesOwnLimitRemainsTheBackstop() {
        RedisConnection unreachable = new RedisConnection("redis://127.0.0.1:1", Duration.ofMillis(100));
        try {
            StripeGateway gateway = gateway(new RateLimiter(unreachable, config, platform.clock), Duration.ZERO);

            create(gateway, "1");
            create(gateway, "2");
        } finally {
            unreachable.close();
        }

        assertThat(stripe.posts("/v1/customers")).hasSize(2);
    }

    private StripeGateway gateway(RateLimiter limiter, Duration maxWait) {
        return new StripeGateway(Optional.of("sk_test_51PacerStubOnly"), Optional.of(stripe.baseUrl()),
                Duration.ofSeconds(2), Duration.ofSeconds(5), new StripeRequestPacer(limiter, maxWait));
    }

    private static void create(StripeGateway gateway, String n) {
        gateway.createCustomer("01KDVDNA00USERID0000000000", "sam@example.test", "Sam Student",
                IdempotencyKey.of("test", "pacer", n));
    }
}
