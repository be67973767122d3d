package com.instainstru.payments.methods;

import static com.instainstru.testsupport.stripe.StripeStub.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.instainstru.payments.PaymentsApiTestKit;
import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.payments.methods.schema.PaymentMethodResponse;
import com.instainstru.payments.methods.schema.SetupIntentResponse;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeObjects.Card;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentMethodServiceTest {

    private static final Card VISA = new Card("pm_1QJ9Aq2eZvKYlo2CKWcVbU7K", "visa", "4242", 12, 2030);
    private static final Card AMEX = new Card("pm_1QJ9Br2eZvKYlo2CmXe1AmEx", "amex", "0005", 3, 2029);

    private static PaymentsApiTestKit kit;
    private String student;
    private String customer;

    @BeforeAll
    static void start() {
        kit = new PaymentsApiTestKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    @BeforeEach
    void aStudentWithTwoCards() {
        kit.stripe.reset();
        student = kit.kit.student();
        customer = "cus_" + student;
        kit.stripe.answerPost("/v1/customers", StripeObjects.customer(customer, "sam@example.test", student));
        kit.stripe.answerGet("/v1/customers/" + customer + "/payment_methods",
                StripeObjects.paymentMethodList(customer, List.of(AMEX, VISA)));
    }

    @Test
    void aSetupIntentIsForOffSessionUseOnTheStudentsCustomer() {
        kit.stripe.answerPost("/v1/setup_intents", StripeObjects.setupIntent("seti_1Mm8s8LkdIwHu7ix0OXBfTRG", customer));

        SetupIntentResponse intent = kit.methods.createSetupIntent(student);

        assertThat(intent.setupIntentId()).isEqualTo("seti_1Mm8s8LkdIwHu7ix0OXBfTRG");
        assertThat(intent.clientSecret()).startsWith("seti_1Mm8s8LkdIwHu7ix0OXBfTRG_secret_");
        LoggedRequest request = kit.stripe.onlyPost("/v1/setup_intents");
        assertThat(form(request)).containsOnly(entry("customer", customer), entry("usage", "off_session"),
                entry("payment_method_types[0]", "card"));
        assertThat(request.getHeader("Idempotency-Key")).startsWith("user:" + student + ":setup-intent-");
        kit.stripe.onlyPost("/v1/customers");

        kit.methods.createSetupIntent(student);
        List<String> keys = kit.stripe.posts("/v1/setup_intents").stream()
                .map(post -> post.getHeader("Idempotency-Key")).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(kit.stripe.posts("/v1/customers")).hasSize(1);
    }

    @Test
    void listingWithoutACustomerIsEmptyAndCreatesNone() {
        assertThat(kit.methods.list(student).items()).isEmpty();
        assertThat(kit.stripe.posts("/v1/customers")).isEmpty();
    }

    @Test
    void theChosenDefaultIsMarkedAndAnotherCustomersCardIsNotFound() {
        kit.customers.ensure(student);
        assertThat(kit.methods.list(student).items()).extracting(PaymentMethodResponse::isDefault)
                .containsExactly(false, false);

        PaymentMethodResponse chosen = kit.methods.setDefault(student, VISA.id());

        assertThat(chosen).isEqualTo(new PaymentMethodResponse(VISA.id(), "visa", "4242", 12, 2030, true));
        assertThat(kit.methods.list(student).items()).containsExactly(
                new PaymentMethodResponse(AMEX.id(), "amex", "0005", 3, 2029, false),
                new PaymentMethodResponse(VISA.id(), "visa", "4242", 12, 2030, true));
        assertThatThrownBy(() -> kit.methods.setDefault(student, "pm_SomebodyElsesCard"))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        missing -> assertThat(missing.code()).isEqualTo("PAYMENT_METHOD_NOT_FOUND"));
        // without a customer no card is anybody's
        assertThatThrownBy(() -> kit.methods.setDefault(kit.kit.student(), VISA.id()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void removingDetachesAtStripeAndClearsTheDefault() {
        kit.customers.ensure(student);
        kit.methods.setDefault(student, VISA.id());
        kit.stripe.answerPost("/v1/payment_methods/" + VISA.id() + "/detach",
                StripeObjects.paymentMethod(VISA, null));

        kit.methods.remove(student, VISA.id());

        assertThat(kit.stripe.onlyPost("/v1/payment_methods/" + VISA.id() + "/detach").getHeader("Idempotency-Key"))
                .isEqualTo("payment-method:" + VISA.id() + ":detach");
        assertThat(kit.customerRows.find(student).orElseThrow().defaultPaymentMethodId()).isNull();
    }

    @Test
    void aCardPayingForAnUnsettledBookingCannotBeRemovedASettledOneCan() {
        kit.customers.ensure(student);
        PaymentsTestKit.Instructor instructor = kit.kit.instructor();
        String scheduled = payment(kit.kit.booking(student, instructor, Duration.ofDays(3)), "scheduled", VISA.id());
        payment(kit.kit.booking(student, instructor, Duration.ofDays(4)), "settled", AMEX.id());

        assertThatThrownBy(() -> kit.methods.remove(student, VISA.id()))
                .isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(409);
                    assertThat(refused.code()).isEqualTo("PAYMENT_METHOD_IN_USE");
                });
        assertThat(kit.stripe.posts("/v1/payment_methods/" + VISA.id() + "/detach")).isEmpty();

        kit.stripe.answerPost("/v1/payment_methods/" + AMEX.id() + "/detach", StripeObjects.paymentMethod(AMEX, null));
        kit.methods.remove(student, AMEX.id());
        kit.stripe.onlyPost("/v1/payment_methods/" + AMEX.id() + "/detach");
        assertThat(scheduled).isNotNull();
    }

    private String payment(String bookingId, String status, String paymentMethodId) {
        boolean settled = status.equals("settled");
        kit.kit.platform.jdbc.update("""
                INSERT INTO booking_payments (booking_id, student_id, instructor_id, status, payment_method_id,
                    lesson_price_cents, student_fee_cents, instructor_commission_pct, instructor_commission_cents,
                    card_charge_cents, application_fee_cents, instructor_payout_cents, auth_scheduled_for,
                    settlement_outcome, settled_at, created_at, updated_at)
                SELECT id, student_id, instructor_id, ?, ?, 12000, 1440, 12.00, 1440, 13440, 2880, 10560,
                    start_at - interval '24 hours', ?, ?, now(), now()
                FROM bookings WHERE id = ?
                """, status, paymentMethodId, settled ? "student_cancel_gt24_no_charge" : null,
                settled ? PaymentsTestKit.NOW : null, bookingId);
        return bookingId;
    }
}
