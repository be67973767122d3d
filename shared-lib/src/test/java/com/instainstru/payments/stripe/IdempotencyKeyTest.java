package com.instainstru.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void namesTheSubjectTheOperationAndTheAttempt() {
        assertThat(IdempotencyKey.of("booking", "01KDVDNA0097QGSXV0PVAVN864", "authorize", 2).value())
                .isEqualTo("booking:01KDVDNA0097QGSXV0PVAVN864:authorize:2");
        assertThat(IdempotencyKey.of("booking", "01KDVDNA0097QGSXV0PVAVN864", "release").value())
                .isEqualTo("booking:01KDVDNA0097QGSXV0PVAVN864:release");
    }

    @Test
    void theSameOperationAndAttemptAlwaysGiveTheSameKey() {
        assertThat(IdempotencyKey.of("booking", "01KDVDNA0097QGSXV0PVAVN864", "capture", 1))
                .isEqualTo(IdempotencyKey.of("booking", "01KDVDNA0097QGSXV0PVAVN864", "capture", 1))
                .isNotEqualTo(IdempotencyKey.of("booking", "01KDVDNA0097QGSXV0PVAVN864", "capture", 2));
    }

    @Test
    void attemptsCountFromOne() {
        assertThatThrownBy(() -> IdempotencyKey.of("booking", "01KDVDNA0097QGSXV0PVAVN864", "authorize", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(IdempotencyKey.of("booking", "01KDVDNA0097QGSXV0PVAVN864", "authorize", 1)).isNotNull();
    }

    @Test
    void partsCannotSmuggleASeparator() {
        assertThatThrownBy(() -> IdempotencyKey.of("booking", "a:b", "authorize", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdempotencyKey.of("booking", "", "authorize", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stripeAcceptsAtMost255Characters() {
        assertThat(new IdempotencyKey("k".repeat(255)).value()).hasSize(255);
        assertThatThrownBy(() -> new IdempotencyKey("k".repeat(256))).isInstanceOf(IllegalArgumentException.class);
    }
}
