package com.instainstru.payments.methods;

import com.instainstru.payments.customers.CustomerRecord;
import com.instainstru.payments.customers.StripeCustomerRepository;
import com.instainstru.payments.customers.StripeCustomerService;
import com.instainstru.payments.methods.schema.PaymentMethodResponse;
import com.instainstru.payments.methods.schema.PaymentMethodsResponse;
import com.instainstru.payments.methods.schema.SetupIntentResponse;
import com.instainstru.payments.stripe.CardPaymentMethod;
import com.instainstru.payments.stripe.IdempotencyKey;
import com.instainstru.payments.stripe.SetupIntentResult;
import com.instainstru.payments.stripe.StripeFailure;
import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.DependencyUnavailableException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A user's saved cards (reference §11): saved through a SetupIntent for off-session use, listed, made default,
 * removed. A card is the caller's only when Stripe lists it under the caller's customer; any other id is 404.
 */
@ApplicationScoped
public class PaymentMethodService {

    private final StripeCustomerService customerService;
    private final StripeCustomerRepository customers;
    private final PaymentMethodUsageRepository usage;
    private final StripeGateway stripe;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public PaymentMethodService(StripeCustomerService customerService, StripeCustomerRepository customers,
            PaymentMethodUsageRepository usage, StripeGateway stripe, Transactions tx, IdGenerator ids, Clock clock) {
        this.customerService = customerService;
        this.customers = customers;
        this.usage = usage;
        this.stripe = stripe;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    /** Creates the customer on first use; every call is a new SetupIntent (each has its own key). */
    public SetupIntentResponse createSetupIntent(String userId) {
        CustomerRecord customer = customerService.ensure(userId);
        SetupIntentResult intent = stripe(() -> stripe.createSetupIntent(customer.stripeCustomerId(),
                IdempotencyKey.of("user", userId, "setup-intent-" + ids.newId())));
        return new SetupIntentResponse(intent.id(), intent.clientSecret(), intent.status());
    }

    /** Without a customer there are no cards, and none is created for asking. */
    public PaymentMethodsResponse list(String userId) {
        Optional<CustomerRecord> customer = customerService.find(userId);
        if (customer.isEmpty()) {
            return new PaymentMethodsResponse(List.of());
        }
        String defaultId = customer.get().defaultPaymentMethodId();
        return new PaymentMethodsResponse(cards(customer.get()).stream()
                .map(card -> new PaymentMethodResponse(card.id(), card.brand(), card.last4(), card.expMonth(),
                        card.expYear(), card.id().equals(defaultId)))
                .toList());
    }

    /**
     * Records the card the student's bookings use unless they choose another at checkout. Stripe's own customer
     * default is not needed: every off-session PaymentIntent names its card.
     */
    public PaymentMethodResponse setDefault(String userId, String paymentMethodId) {
        CardPaymentMethod card = ownCard(userId, paymentMethodId);
        tx.run(() -> customers.setDefaultPaymentMethod(userId, card.id(), clock.instant()));
        return new PaymentMethodResponse(card.id(), card.brand(), card.last4(), card.expMonth(), card.expYear(),
                true);
    }

    /** Detaches the card at Stripe; refused (409) while a booking payment that is not settled relies on it. */
    public void remove(String userId, String paymentMethodId) {
        CardPaymentMethod card = ownCard(userId, paymentMethodId);
        int inUse = tx.call(() -> usage.unsettledPaymentsUsing(userId, card.id()));
        if (inUse > 0) {
            throw new ConflictException("PAYMENT_METHOD_IN_USE",
                    "This card pays for a booking that is not settled yet; choose another card for it first",
                    Map.of("bookingPayments", inUse));
        }
        stripe(() -> {
            stripe.detachPaymentMethod(card.id(), IdempotencyKey.of("payment-method", card.id(), "detach"));
            return null;
        });
        tx.run(() -> customers.clearDefaultIf(userId, card.id(), clock.instant()));
    }

    /** The caller's saved card, read from Stripe; anybody else's (or none) is a 404 PAYMENT_METHOD_NOT_FOUND. */
    public CardPaymentMethod ownCard(String userId, String paymentMethodId) {
        Optional<CardPaymentMethod> card = customerService.find(userId).flatMap(customer -> cards(customer).stream()
                .filter(candidate -> candidate.id().equals(paymentMethodId)).findFirst());
        return card.orElseThrow(() -> new ResourceNotFoundException("PAYMENT_METHOD_NOT_FOUND",
                "No such payment method"));
    }

    private List<CardPaymentMethod> cards(CustomerRecord customer) {
        return stripe(() -> stripe.listCards(customer.stripeCustomerId()));
    }

    private static <T> T stripe(Supplier<T> call) {
        try {
            return call.get();
        } catch (StripeFailure e) {
            throw new DependencyUnavailableException("Stripe", Duration.ofSeconds(5), e);
        }
    }
}
