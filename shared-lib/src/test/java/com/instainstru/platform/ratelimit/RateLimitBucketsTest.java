package com.instainstru.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitBucketsTest {

    @Test
    void definesTheOriginalBucketsAndOurStripeOutboundBudget() {
        assertThat(RateLimitBuckets.defaults().values()).containsExactlyInAnyOrder(
                new Bucket("auth_bootstrap", 100, 20, false),
                new Bucket("auth_refresh", 10, 2, false),
                new Bucket("auth_login", 20, 5, false),
                new Bucket("read", 120, 20, false),
                new Bucket("write", 30, 10, false),
                new Bucket("booking", 20, 5, false),
                new Bucket("booking_check", 30, 10, false),
                new Bucket("conv_msg", 60, 10, false),
                new Bucket("video", 30, 5, false),
                new Bucket("webhook", 120, 20, false),
                new Bucket("financial", 5, 0, false),
                new Bucket("admin", 60, 10, false),
                new Bucket("admin_invite", 10, 2, false),
                new Bucket("bio_generate", 5, 1, false),
                new Bucket("stripe_outbound", 4_800, 20, false));
    }

    @Test
    void undefinedNamesGetTheReadParametersUnderTheirOwnName() {
        assertThat(RateLimitBuckets.resolve("search", Map.of())).isEqualTo(new Bucket("search", 120, 20, false));
        assertThat(RateLimitBuckets.resolve("search", Map.of("read", new Bucket("read", 60, 5, true))))
                .as("follows an override of read")
                .isEqualTo(new Bucket("search", 60, 5, true));
    }

    @Test
    void anOverrideReplacesTheDefaultsOfItsBucketOnly() {
        Map<String, Bucket> overrides = Map.of("write", new Bucket("write", 10, 1, true));

        assertThat(RateLimitBuckets.resolve("write", overrides)).isEqualTo(new Bucket("write", 10, 1, true));
        assertThat(RateLimitBuckets.resolve("read", overrides)).isEqualTo(new Bucket("read", 120, 20, false));
        assertThat(RateLimitBuckets.resolve("booking", Map.of("booking", new Bucket("booking", 20, 3, false))))
                .isEqualTo(new Bucket("booking", 20, 3, false));
    }

    @Test
    void financialIsNeverShadowed() {
        assertThat(RateLimitBuckets.enforceable(new Bucket("financial", 5, 0, true)))
                .isEqualTo(new Bucket("financial", 5, 0, false));
        assertThat(RateLimitBuckets.enforceable(new Bucket("write", 30, 10, true)).shadow()).isTrue();
    }

    @Test
    void emissionIntervalIsRoundedUpToWholeMicroseconds() {
        assertThat(new Bucket("read", 120, 20, false).emissionIntervalMicros()).isEqualTo(500_000);
        assertThat(new Bucket("financial", 5, 0, false).emissionIntervalMicros()).isEqualTo(12_000_000);
        assertThat(new Bucket("odd", 7, 0, false).emissionIntervalMicros()).isEqualTo(8_571_429);
        assertThat(new Bucket("read", 120, 20, false).limit()).isEqualTo(21);
    }

    @Test
    void rejectsImpossibleParameters() {
        assertThatThrownBy(() -> new Bucket("read", 0, 20, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bucket("read", 120, -1, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bucket("Read Me", 120, 1, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
