package com.instainstru.payments.earnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.instainstru.payments.PaymentsApiTestKit;
import com.instainstru.payments.earnings.schema.PayoutView;
import com.instainstru.payments.earnings.schema.PayoutsResponse;
import com.instainstru.platform.errors.DependencyUnavailableException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.testsupport.stripe.StripeObjects;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Payouts are read from Stripe on the caller's own connected account only. */
class InstructorPayoutsServiceTest {

    /** 2025-12-04 00:00 UTC. */
    private static final long ARRIVAL = 1_764_806_400L;

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
    void anOnboardedInstructor() {
        kit.stripe.reset();
        instructor = kit.kit.instructor().id();
        account = "acct_" + instructor.substring(10);
        kit.kit.connectAccount(instructor, account);
    }

    @Test
    void payoutsAreListedOnTheCallersAccountAndMappedToCents() {
        kit.stripe.answerGet("/v1/payouts", StripeObjects.payoutList(true,
                StripeObjects.payout("po_1OaFDbEcg9tTZuTgNYmX0PKB", 21_120, ARRIVAL, "in_transit"),
                StripeObjects.payout("po_1OaFDbEcg9tTZuTgNYmX0PKA", 10_560, ARRIVAL - 7 * 86_400, "paid")));

        PayoutsResponse page = kit.payouts.payouts(instructor, PayoutsQuery.parse("2", null));

        assertThat(page.payouts()).containsExactly(
                new PayoutView("po_1OaFDbEcg9tTZuTgNYmX0PKB", 21_120, "usd", Instant.ofEpochSecond(ARRIVAL),
                        "in_transit"),
                new PayoutView("po_1OaFDbEcg9tTZuTgNYmX0PKA", 10_560, "usd",
                        Instant.ofEpochSecond(ARRIVAL - 7 * 86_400), "paid"));
        assertThat(page.hasMore()).isTrue();
        assertThat(page.nextCursor()).isEqualTo("po_1OaFDbEcg9tTZuTgNYmX0PKA");
        LoggedRequest request = kit.stripe.gets("/v1/payouts").get(0);
        assertThat(request.getHeader("Stripe-Account")).isEqualTo(account);
        assertThat(request.queryParameter("limit").firstValue()).isEqualTo("2");
        assertThat(request.queryParameter("starting_after").isPresent()).isFalse();
    }

    @Test
    void theCursorPagesOnAndTheLastPageHasNoCursor() {
        kit.stripe.answerGet("/v1/payouts", StripeObjects.payoutList(false));

        PayoutsResponse page = kit.payouts.payouts(instructor,
                PayoutsQuery.parse(null, "po_1OaFDbEcg9tTZuTgNYmX0PKA"));

        assertThat(page.payouts()).isEmpty();
        assertThat(page.hasMore()).isFalse();
        assertThat(page.nextCursor()).isNull();
        LoggedRequest request = kit.stripe.gets("/v1/payouts").get(0);
        assertThat(request.queryParameter("limit").firstValue()).isEqualTo("20");
        assertThat(request.queryParameter("starting_after").firstValue()).isEqualTo("po_1OaFDbEcg9tTZuTgNYmX0PKA");
    }

    @Test
    void withoutAnAccountItIs404AndStripeIsNotAsked() {
        String other = kit.kit.instructor().id();

        assertThatThrownBy(() -> kit.payouts.payouts(other, PayoutsQuery.parse(null, null)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        missing -> assertThat(missing.code()).isEqualTo("CONNECT_ACCOUNT_NOT_FOUND"));
        assertThat(kit.stripe.gets("/v1/payouts")).isEmpty();
    }

    @Test
    void stripeDownIs503() {
        kit.stripe.serverErrorOnGet("/v1/payouts");

        assertThatThrownBy(() -> kit.payouts.payouts(instructor, PayoutsQuery.parse(null, null)))
                .isInstanceOf(DependencyUnavailableException.class);
    }

    @Test
    void aLimitOutsideStripesPageOrACursorThatIsNoPayoutIdIsAFieldError() {
        assertThatThrownBy(() -> PayoutsQuery.parse("101", null)).isInstanceOfSatisfying(ValidationException.class,
                invalid -> assertThat(invalid.violations()).extracting(v -> v.field()).containsExactly("limit"));
        assertThatThrownBy(() -> PayoutsQuery.parse("0", null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PayoutsQuery.parse("ten", null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PayoutsQuery.parse(null, "acct_1Nv0FGQ9RKHgCVdK"))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field()).containsExactly("startingAfter"));
        assertThat(PayoutsQuery.parse("100", " ")).isEqualTo(new PayoutsQuery(100, null));
    }
}
