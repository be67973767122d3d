package com.instainstru.payments.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void authorizationRetriesWait1Then4ThenEvery8Hours() {
        assertThat(RetryPolicy.afterAuthorizationFailures(1)).isEqualTo(Duration.ofHours(1));
        assertThat(RetryPolicy.afterAuthorizationFailures(2)).isEqualTo(Duration.ofHours(4));
        assertThat(RetryPolicy.afterAuthorizationFailures(3)).isEqualTo(Duration.ofHours(8));
        assertThat(RetryPolicy.afterAuthorizationFailures(9)).isEqualTo(Duration.ofHours(8));
        assertThatThrownBy(() -> RetryPolicy.afterAuthorizationFailures(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
