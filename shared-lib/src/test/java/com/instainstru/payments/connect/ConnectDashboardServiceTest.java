package com.instainstru.payments.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.instainstru.payments.PaymentsApiTestKit;
import com.instainstru.payments.connect.schema.DashboardLinkResponse;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.DependencyUnavailableException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.testsupport.stripe.StripeObjects;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Express dashboard login link: only for the caller's own account, and only once Stripe has its details. */
class ConnectDashboardServiceTest {

    static final String LOGIN_URL = "https://connect.stripe.com/express/Ln7FYnP9uDTq";

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
    void anInstructor() {
        kit.stripe.reset();
        instructor = kit.kit.instructor().id();
        account = "acct_" + instructor.substring(10);
    }

    @Test
    void anOnboardedAccountGetsAFreshSingleUseLinkEachCall() {
        kit.kit.connectAccount(instructor, account);
        kit.stripe.answerPost(loginLinks(account), StripeObjects.loginLink(LOGIN_URL));

        DashboardLinkResponse first = kit.dashboard.dashboardLink(instructor);
        kit.dashboard.dashboardLink(instructor);

        assertThat(first).isEqualTo(new DashboardLinkResponse(LOGIN_URL, Instant.ofEpochSecond(StripeObjects.CREATED)));
        List<LoggedRequest> posts = kit.stripe.posts(loginLinks(account));
        assertThat(posts).hasSize(2).extracting(post -> post.getHeader("Idempotency-Key")).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).startsWith("instructor:" + instructor + ":login-link-"));
        assertThat(posts.get(0).getHeader("Stripe-Account")).as("the platform's own call").isNull();
        assertThat(kit.stripe.gets("/v1/accounts/" + account)).as("flags already say onboarded").isEmpty();
    }

    @Test
    void withoutAnAccountItIs404AndStripeIsNotCalled() {
        assertThatThrownBy(() -> kit.dashboard.dashboardLink(instructor))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        missing -> assertThat(missing.code()).isEqualTo("CONNECT_ACCOUNT_NOT_FOUND"));
        assertThatThrownBy(() -> kit.dashboard.dashboardLink(kit.kit.student()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(kit.stripe.posts(loginLinks(account))).isEmpty();
    }

    @Test
    void unfinishedOnboardingIsRefreshedFromStripeAnd422WhileStripeStillLacksTheDetails() {
        kit.accountRows.insert(instructor, account, Instant.parse("2026-12-01T12:00:00Z"));
        kit.stripe.answerGet("/v1/accounts/" + account, StripeObjects.account(account, false, false, false,
                List.of("external_account")));

        assertThatThrownBy(() -> kit.dashboard.dashboardLink(instructor))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        rule -> assertThat(rule.code()).isEqualTo("CONNECT_ONBOARDING_INCOMPLETE"));
        assertThat(kit.stripe.posts(loginLinks(account))).isEmpty();
    }

    @Test
    void aMissedAccountUpdatedDoesNotLockTheInstructorOut() {
        kit.accountRows.insert(instructor, account, Instant.parse("2026-12-01T12:00:00Z"));
        kit.stripe.answerGet("/v1/accounts/" + account, StripeObjects.account(account, true, true, true, List.of()));
        kit.stripe.answerPost(loginLinks(account), StripeObjects.loginLink(LOGIN_URL));

        assertThat(kit.dashboard.dashboardLink(instructor).url()).isEqualTo(LOGIN_URL);
        assertThat(kit.accountRows.find(instructor).orElseThrow().detailsSubmitted()).isTrue();
    }

    @Test
    void stripeDownIs503() {
        kit.kit.connectAccount(instructor, account);
        kit.stripe.serverError(loginLinks(account));

        assertThatThrownBy(() -> kit.dashboard.dashboardLink(instructor))
                .isInstanceOf(DependencyUnavailableException.class);
    }

    static String loginLinks(String account) {
        return "/v1/accounts/" + account + "/login_links";
    }
}
