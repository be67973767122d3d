package com.instainstru.payments.connect;

import static com.instainstru.testsupport.stripe.StripeStub.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.instainstru.payments.PaymentsApiTestKit;
import com.instainstru.payments.connect.schema.ConnectOnboardingResponse;
import com.instainstru.payments.connect.schema.ConnectStatusResponse;
import com.instainstru.platform.errors.DependencyUnavailableException;
import com.instainstru.platform.errors.RateLimitedException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.testsupport.stripe.StripeObjects;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectOnboardingServiceTest {

    private static final String LINK = "https://connect.stripe.com/setup/e/acct_1Nv0FGQ9RKHgCVdK/Zc6Xo0GgkkHW";
    private static final long EXPIRES = 1_764_590_700L;

    private static PaymentsApiTestKit kit;
    private String instructor;
    private String account;

    @BeforeAll
    static void start() {
        kit = new PaymentsApiTestKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    @BeforeEach
    void anInstructorWithoutAnAccount() {
        kit.stripe.reset();
        instructor = kit.kit.instructor().id();
        account = "acct_" + instructor;
        kit.stripe.answerPost("/v1/accounts", StripeObjects.account(account, false, false, false,
                List.of("external_account")));
        kit.stripe.answerPost("/v1/account_links", StripeObjects.accountLink(LINK, EXPIRES));
    }

    @Test
    void theFirstOnboardingCreatesTheExpressAccountOnceAndEveryCallGetsAFreshLink() {
        ConnectOnboardingResponse first = kit.onboarding.onboard(instructor);
        ConnectOnboardingResponse second = kit.onboarding.onboard(instructor);

        assertThat(first).isEqualTo(new ConnectOnboardingResponse(LINK, Instant.ofEpochSecond(EXPIRES), false));
        assertThat(second).isEqualTo(first);
        LoggedRequest created = kit.stripe.onlyPost("/v1/accounts");
        assertThat(created.getHeader("Idempotency-Key")).isEqualTo("instructor:" + instructor + ":connect-account");
        assertThat(form(created)).contains(entry("type", "express"), entry("country", "US"),
                entry("capabilities[card_payments][requested]", "true"),
                entry("capabilities[transfers][requested]", "true"), entry("metadata[instructor_id]", instructor));
        assertThat(kit.accountRows.accountId(instructor)).contains(account);

        List<LoggedRequest> links = kit.stripe.posts("/v1/account_links");
        assertThat(links).hasSize(2);
        assertThat(form(links.get(0))).containsOnly(entry("account", account),
                entry("refresh_url", PaymentsApiTestKit.FRONTEND + "/instructor/onboarding/payment-setup?stripe=refresh"),
                entry("return_url", PaymentsApiTestKit.FRONTEND + "/instructor/onboarding/payment-setup?stripe=return"),
                entry("type", "account_onboarding"));
        assertThat(links).extracting(link -> link.getHeader("Idempotency-Key")).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).startsWith("instructor:" + instructor + ":account-link-"));
    }

    @Test
    void aSecondOnboardingWhileTheFirstRunsIsOperationInProgress() {
        try (var lease = kit.operationLock.acquire("payments:lock:connect-onboarding:" + instructor)) {
            assertThatThrownBy(() -> kit.onboarding.onboard(instructor))
                    .isInstanceOfSatisfying(RateLimitedException.class,
                            busy -> assertThat(busy.code()).isEqualTo("OPERATION_IN_PROGRESS"));
        }
        assertThat(kit.stripe.posts("/v1/accounts")).isEmpty();
    }

    @Test
    void aStudentHasNoConnectAccount() {
        String student = kit.kit.student();

        assertThatThrownBy(() -> kit.onboarding.onboard(student))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        missing -> assertThat(missing.code()).isEqualTo("INSTRUCTOR_PROFILE_NOT_FOUND"));
        assertThatThrownBy(() -> kit.onboarding.status(student)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(kit.stripe.posts("/v1/accounts")).isEmpty();
    }

    @Test
    void theStatusWithoutAnAccountAsksStripeNothing() {
        assertThat(kit.onboarding.status(instructor))
                .isEqualTo(new ConnectStatusResponse(false, false, false, false, List.of(), false, null));
        assertThat(kit.stripe.gets("/v1/accounts/" + account)).isEmpty();
    }

    @Test
    void theStatusIsRefreshedFromStripeEachTime() {
        kit.onboarding.onboard(instructor);
        kit.stripe.answerGetInSequence("/v1/accounts/" + account,
                StripeObjects.account(account, true, false, true, List.of("external_account")),
                StripeObjects.account(account, true, true, true, List.of()));

        ConnectStatusResponse pending = kit.onboarding.status(instructor);
        ConnectStatusResponse ready = kit.onboarding.status(instructor);

        assertThat(pending).isEqualTo(new ConnectStatusResponse(true, true, false, true, List.of("external_account"),
                false, null));
        assertThat(ready).isEqualTo(new ConnectStatusResponse(true, true, true, true, List.of(), true,
                kit.kit.clock.instant()));
        assertThat(kit.onboarding.onboard(instructor).alreadyOnboarded()).isTrue();
    }

    @Test
    void stripeDownAnswers503NotStaleFlags() {
        kit.onboarding.onboard(instructor);
        kit.stripe.serverErrorOnGet("/v1/accounts/" + account);

        assertThatThrownBy(() -> kit.onboarding.status(instructor))
                .isInstanceOf(DependencyUnavailableException.class);
    }
}
