package com.instainstru.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.platform.ratelimit.GcraScript.GcraResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitDecisionTest {

    private final Bucket write = new Bucket("write", 30, 10, false);

    @Test
    void allowedRequestCarriesTheLimitHeaders() {
        RateLimitDecision decision = RateLimitDecision.evaluated(write, new GcraResult(true, 7, 0, 8_000_001));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.wouldDeny()).isFalse();
        assertThat(decision.resetAfter()).isEqualTo(Duration.ofNanos(8_000_001_000L));
        assertThat(decision.headers()).containsExactly(
                Map.entry("X-RateLimit-Limit", "11"),
                Map.entry("X-RateLimit-Remaining", "7"),
                Map.entry("X-RateLimit-Reset", "9"),
                Map.entry("X-RateLimit-Policy", "write"));
    }

    @Test
    void deniedRequestAddsRetryAfterRoundedUp() {
        RateLimitDecision decision = RateLimitDecision.evaluated(write,
                new GcraResult(false, 0, 1_200_000, 22_000_000));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.wouldDeny()).isTrue();
        assertThat(decision.retryAfter()).isEqualTo(Duration.ofMillis(1200));
        assertThat(decision.headers()).containsExactly(
                Map.entry("X-RateLimit-Limit", "11"),
                Map.entry("X-RateLimit-Remaining", "0"),
                Map.entry("X-RateLimit-Reset", "22"),
                Map.entry("X-RateLimit-Policy", "write"),
                Map.entry("Retry-After", "2"));
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        RateLimitDecision decision = RateLimitDecision.evaluated(write, new GcraResult(false, 0, 3, 10));

        assertThat(decision.retryAfterSeconds()).isEqualTo(1);
        assertThat(decision.headers()).containsEntry("Retry-After", "1");
    }

    @Test
    void shadowedDenialIsAllowedAndDoesNotClaimZeroRemaining() {
        RateLimitDecision decision = RateLimitDecision.evaluated(write.withShadow(true),
                new GcraResult(false, 0, 2_000_000, 22_000_000));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.wouldDeny()).isTrue();
        assertThat(decision.headers()).containsExactly(
                Map.entry("X-RateLimit-Limit", "11"),
                Map.entry("X-RateLimit-Policy", "write"),
                Map.entry("X-RateLimit-Shadow", "true"));
    }

    @Test
    void failedOpenSendsNoHeaders() {
        RateLimitDecision decision = RateLimitDecision.failedOpen(write);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.failedOpen()).isTrue();
        assertThat(decision.headers()).isEmpty();
    }
}
