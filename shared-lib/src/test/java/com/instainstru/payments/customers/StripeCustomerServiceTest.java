package com.instainstru.payments.customers;

import static com.instainstru.testsupport.stripe.StripeStub.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.instainstru.payments.PaymentsApiTestKit;
import com.instainstru.platform.errors.DependencyUnavailableException;
import com.instainstru.testsupport.stripe.StripeObjects;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StripeCustomerServiceTest {

    private static PaymentsApiTestKit kit;

    @BeforeAll
    static void start() {
        kit = new PaymentsApiTestKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    @BeforeEach
    void reset() {
        kit.stripe.reset();
    }

    // stripe_customers.stripe_customer_id is unique across the run's users
    private static String customerOf(String user) {
        return "cus_" + user;
    }

    @Test
    void theFirstCallCreatesTheCustomerWithTheUsersKeyAndLaterCallsReuseIt() {
        String user = kit.kit.student();
        String customer = customerOf(user);
        kit.stripe.answerPost("/v1/customers", StripeObjects.customer(customer, "sam@example.test", user));

        CustomerRecord first = kit.customers.ensure(user);
        CustomerRecord second = kit.customers.ensure(user);

        assertThat(first).isEqualTo(second).isEqualTo(new CustomerRecord(user, customer, null));
        LoggedRequest request = kit.stripe.onlyPost("/v1/customers");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("user:" + user + ":customer");
        assertThat(form(request)).contains(entry("name", "Sam Student"), entry("metadata[user_id]", user))
                .hasEntrySatisfying("email", email -> assertThat(email).startsWith("pay-student-"));
        assertThat(kit.kit.count("SELECT count(*) AS n FROM stripe_customers WHERE user_id = ?", user)).isOne();
    }

    @Test
    void twoConcurrentFirstCallsCreateOneCustomer() throws Exception {
        String user = kit.kit.student();
        String customer = customerOf(user);
        // a slow Stripe keeps the first call inside its lease while the second arrives
        kit.stripe.answerPostAfter("/v1/customers", StripeObjects.customer(customer, "sam@example.test", user),
                Duration.ofMillis(400));
        CountDownLatch start = new CountDownLatch(1);
        Callable<CustomerRecord> ensure = () -> {
            start.await();
            return kit.customers.ensure(user);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<CustomerRecord>> calls = List.of(threads.submit(ensure), threads.submit(ensure));
            start.countDown();

            assertThat(calls.get(0).get().stripeCustomerId()).isEqualTo(customer);
            assertThat(calls.get(1).get().stripeCustomerId()).isEqualTo(customer);
        } finally {
            threads.shutdownNow();
        }
        assertThat(kit.stripe.posts("/v1/customers")).hasSize(1);
        assertThat(kit.kit.count("SELECT count(*) AS n FROM stripe_customers WHERE user_id = ?", user)).isOne();
    }

    @Test
    void stripeFailingLeavesNoRowAndAnswers503() {
        String user = kit.kit.student();
        String customer = customerOf(user);
        kit.stripe.serverError("/v1/customers");

        assertThatThrownBy(() -> kit.customers.ensure(user))
                .isInstanceOfSatisfying(DependencyUnavailableException.class,
                        unavailable -> assertThat(unavailable.status()).isEqualTo(503));
        assertThat(kit.kit.count("SELECT count(*) AS n FROM stripe_customers WHERE user_id = ?", user)).isZero();

        kit.stripe.answerPost("/v1/customers", StripeObjects.customer(customer, "sam@example.test", user));
        assertThat(kit.customers.ensure(user).stripeCustomerId()).isEqualTo(customer);
        // the retry sends the same key: had Stripe created the customer the first time, it answers with it
        assertThat(kit.stripe.posts("/v1/customers")).extracting(post -> post.getHeader("Idempotency-Key"))
                .containsExactly("user:" + user + ":customer", "user:" + user + ":customer");
    }
}
