package com.instainstru.accounts.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.accounts.users.AccountStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatusChangeTest {

    @Test
    void anActiveAccountMaySuspendOrDeactivate() {
        assertThat(allowedFrom(AccountStatus.ACTIVE)).containsExactly(StatusChange.SUSPEND, StatusChange.DEACTIVATE);
    }

    @Test
    void aSuspendedAccountMayReactivateOrDeactivate() {
        assertThat(allowedFrom(AccountStatus.SUSPENDED))
                .containsExactly(StatusChange.REACTIVATE, StatusChange.DEACTIVATE);
    }

    @Test
    void deactivationIsFinal() {
        assertThat(allowedFrom(AccountStatus.DEACTIVATED)).isEmpty();
    }

    @Test
    void eachChangeLeadsToItsStatus() {
        assertThat(StatusChange.SUSPEND.target()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(StatusChange.REACTIVATE.target()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(StatusChange.DEACTIVATE.target()).isEqualTo(AccountStatus.DEACTIVATED);
    }

    private static StatusChange[] allowedFrom(AccountStatus status) {
        return Arrays.stream(StatusChange.values()).filter(change -> change.allowedFrom(status))
                .toArray(StatusChange[]::new);
    }
}
