package com.instainstru.payments.stripe;

import com.stripe.Stripe;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.model.Charge;
import com.stripe.model.Customer;
import com.stripe.model.Dispute;
import com.stripe.model.LoginLink;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.Payout;
import com.stripe.model.Refund;
import com.stripe.model.SetupIntent;
import com.stripe.model.StripeCollection;
import com.stripe.model.Transfer;
import com.stripe.model.TransferReversal;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.ChargeRetrieveParams;
import com.stripe.param.AccountLoginLinkCreateParams;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerPaymentMethodListParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.PaymentMethodDetachParams;
import com.stripe.param.PayoutListParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import com.stripe.param.SetupIntentCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferReversalCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The only class that talks to Stripe. Every mutating call takes an explicit {@link IdempotencyKey} built by the
 * caller from the business operation and attempt; every failure is one of the {@link StripeFailure} kinds.
 *
 * <p>stripe-java's own retries are off ({@code maxNetworkRetries = 0}): the payment workflow retries on its own
 * schedule, with the same key, from a queue that survives the function. The API version is the one stripe-java
 * pins ({@link #API_VERSION}); webhook endpoints must be created with the same version. Never call this inside a
 * database transaction: read, commit, call Stripe, then record the result in a new transaction. Every call first
 * waits for its turn in the shared outbound budget ({@link StripeRequestPacer}).
 */
@ApplicationScoped
public class StripeGateway {

    public static final String API_VERSION = Stripe.API_VERSION;
    /** The most objects a Stripe list call returns. */
    public static final int MAX_PAGE = 100;
    private static final String CURRENCY = "usd";
    private static final Logger LOG = Logger.getLogger(StripeGateway.class);

    private final Optional<StripeClient> client;
    private final Optional<StripeRequestPacer> pacer;

    @Inject
    public StripeGateway(
            @ConfigProperty(name = "instainstru.stripe.api-key") Optional<String> apiKey,
            @ConfigProperty(name = "instainstru.stripe.api-base") Optional<String> apiBase,
            @ConfigProperty(name = "instainstru.stripe.connect-timeout", defaultValue = "PT3S") Duration connectTimeout,
            @ConfigProperty(name = "instainstru.stripe.read-timeout", defaultValue = "PT8S") Duration readTimeout,
            StripeRequestPacer pacer) {
        this(apiKey, apiBase, connectTimeout, readTimeout, Optional.of(pacer));
    }

    /** Unpaced: for tests and tools that pace their own calls, or make too few to need it. */
    public StripeGateway(Optional<String> apiKey, Optional<String> apiBase, Duration connectTimeout,
            Duration readTimeout) {
        this(apiKey, apiBase, connectTimeout, readTimeout, Optional.empty());
    }

    private StripeGateway(Optional<String> apiKey, Optional<String> apiBase, Duration connectTimeout,
            Duration readTimeout, Optional<StripeRequestPacer> pacer) {
        this.pacer = pacer;
        this.client = apiKey.filter(key -> !key.isBlank()).map(key -> {
            StripeClient.StripeClientBuilder builder = StripeClient.builder()
                    .setApiKey(key)
                    .setMaxNetworkRetries(0)
                    .setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()))
                    .setReadTimeout(Math.toIntExact(readTimeout.toMillis()));
            apiBase.filter(base -> !base.isBlank()).map(base -> base.replaceAll("/+$", ""))
                    .ifPresent(builder::setApiBase);
            return builder.build();
        });
    }

    public StripeCustomer createCustomer(String userId, String email, String name, IdempotencyKey key) {
        CustomerCreateParams params = CustomerCreateParams.builder()
                .setEmail(email).setName(name).putMetadata("user_id", userId).build();
        Customer customer = call("create customer", () -> stripe().v1().customers().create(params, options(key)));
        return new StripeCustomer(customer.getId());
    }

    /** A SetupIntent that saves a card for later off-session charges ({@code usage=off_session}). */
    public SetupIntentResult createSetupIntent(String customerId, IdempotencyKey key) {
        SetupIntentCreateParams params = SetupIntentCreateParams.builder()
                .setCustomer(customerId)
                .setUsage(SetupIntentCreateParams.Usage.OFF_SESSION)
                .addPaymentMethodType("card")
                .build();
        SetupIntent intent = call("create setup intent",
                () -> stripe().v1().setupIntents().create(params, options(key)));
        return new SetupIntentResult(intent.getId(), intent.getClientSecret(), intent.getStatus());
    }

    /** The customer's saved cards (first 100, newest first as Stripe lists them). */
    public List<CardPaymentMethod> listCards(String customerId) {
        CustomerPaymentMethodListParams params = CustomerPaymentMethodListParams.builder()
                .setType(CustomerPaymentMethodListParams.Type.CARD).setLimit(100L).build();
        List<PaymentMethod> methods = call("list payment methods",
                () -> stripe().v1().customers().paymentMethods().list(customerId, params).getData());
        List<CardPaymentMethod> cards = new ArrayList<>();
        for (PaymentMethod method : methods) {
            PaymentMethod.Card card = method.getCard();
            cards.add(new CardPaymentMethod(method.getId(), card == null ? null : card.getBrand(),
                    card == null ? null : card.getLast4(), card == null ? 0 : Math.toIntExact(card.getExpMonth()),
                    card == null ? 0 : Math.toIntExact(card.getExpYear())));
        }
        return cards;
    }

    public void detachPaymentMethod(String paymentMethodId, IdempotencyKey key) {
        call("detach payment method", () -> stripe().v1().paymentMethods().detach(paymentMethodId,
                PaymentMethodDetachParams.builder().build(), options(key)));
    }

    /**
     * Creates and confirms, off-session, a manual-capture destination charge: the card is authorized (held), the
     * money moves only on {@link #capture}. A PaymentIntent that still needs the customer ({@code requires_action})
     * is reported as {@link AuthenticationRequired}.
     */
    public PaymentIntentResult authorizeOffSession(OffSessionAuthorization authorization, IdempotencyKey key) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount((long) authorization.amountCents())
                .setCurrency(CURRENCY)
                .setCustomer(authorization.customerId())
                .setPaymentMethod(authorization.paymentMethodId())
                .addPaymentMethodType("card")
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .setConfirm(true)
                .setOffSession(true)
                .setApplicationFeeAmount((long) authorization.applicationFeeCents())
                .setTransferData(PaymentIntentCreateParams.TransferData.builder()
                        .setDestination(authorization.destinationAccountId()).build())
                .setTransferGroup("booking:" + authorization.bookingId())
                .putMetadata("booking_id", authorization.bookingId())
                .addExpand("latest_charge")
                .build();
        PaymentIntent intent = call("authorize", () -> stripe().v1().paymentIntents().create(params, options(key)));
        if ("requires_action".equals(intent.getStatus())) {
            throw new AuthenticationRequired(intent.getId(), intent.getClientSecret(),
                    "the PaymentIntent requires action", null, null);
        }
        return result(intent);
    }

    /**
     * The booking's authorized (requires_capture) or captured (succeeded) PaymentIntent among the customer's 100 most
     * recent ones, found by {@code metadata[booking_id]}; used after a 5xx to learn whether the failed request created
     * it. The list endpoint, not the Search API: search is eventually consistent (an intent created seconds ago may be
     * missing, and we would create a second one), the list reads Stripe's own records. A booking's intent is created
     * minutes before this lookup, so it is on the first page.
     */
    public Optional<PaymentIntentResult> findBookingPaymentIntent(String customerId, String bookingId) {
        PaymentIntentListParams params = PaymentIntentListParams.builder()
                .setCustomer(customerId)
                .setLimit(100L)
                .addExpand("data.latest_charge")
                .build();
        List<PaymentIntent> intents = call("list payment intents",
                () -> stripe().v1().paymentIntents().list(params)).getData();
        return intents.stream()
                .filter(intent -> intent.getMetadata() != null
                        && bookingId.equals(intent.getMetadata().get("booking_id")))
                .filter(intent -> "requires_capture".equals(intent.getStatus())
                        || "succeeded".equals(intent.getStatus()))
                .findFirst()
                .map(StripeGateway::result);
    }

    /** The PaymentIntent as Stripe holds it now, with its latest charge. */
    public PaymentIntentResult retrievePaymentIntent(String paymentIntentId) {
        PaymentIntentRetrieveParams params = PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build();
        return result(call("retrieve payment intent",
                () -> stripe().v1().paymentIntents().retrieve(paymentIntentId, params)));
    }

    /** Captures an authorized PaymentIntent: all of it when {@code amountToCaptureCents} is null. */
    public PaymentIntentResult capture(String paymentIntentId, Integer amountToCaptureCents, IdempotencyKey key) {
        PaymentIntentCaptureParams.Builder params = PaymentIntentCaptureParams.builder().addExpand("latest_charge");
        if (amountToCaptureCents != null) {
            params.setAmountToCapture((long) amountToCaptureCents);
        }
        PaymentIntent intent = call("capture",
                () -> stripe().v1().paymentIntents().capture(paymentIntentId, params.build(), options(key)));
        return result(intent);
    }

    /** Releases an uncaptured authorization. */
    public PaymentIntentResult cancel(String paymentIntentId, PaymentIntentCancelParams.CancellationReason reason,
            IdempotencyKey key) {
        PaymentIntentCancelParams params = PaymentIntentCancelParams.builder().setCancellationReason(reason).build();
        PaymentIntent intent = call("cancel",
                () -> stripe().v1().paymentIntents().cancel(paymentIntentId, params, options(key)));
        return result(intent);
    }

    /**
     * Refunds a captured PaymentIntent to the card, all of it when {@code amountCents} is null. For a destination
     * charge {@code reverseTransfer} takes the instructor's share back and {@code refundApplicationFee} the
     * platform's fee, so the student is made whole without the platform paying the instructor's part.
     */
    public RefundResult refund(String paymentIntentId, Integer amountCents, boolean reverseTransfer,
            boolean refundApplicationFee, IdempotencyKey key) {
        RefundCreateParams.Builder params = RefundCreateParams.builder()
                .setPaymentIntent(paymentIntentId)
                .setReverseTransfer(reverseTransfer)
                .setRefundApplicationFee(refundApplicationFee);
        if (amountCents != null) {
            params.setAmount((long) amountCents);
        }
        Refund refund = call("refund", () -> stripe().v1().refunds().create(params.build(), options(key)));
        return new RefundResult(refund.getId(), refund.getPaymentIntent(), cents(refund.getAmount()),
                refund.getStatus());
    }

    /** Takes {@code amountCents} of a destination charge's transfer back from the instructor's account. */
    public TransferReversalResult reverseTransfer(String transferId, int amountCents, IdempotencyKey key) {
        TransferReversalCreateParams params = TransferReversalCreateParams.builder()
                .setAmount((long) amountCents).build();
        TransferReversal reversal = call("reverse transfer",
                () -> stripe().v1().transfers().reversals().create(transferId, params, options(key)));
        return new TransferReversalResult(reversal.getId(), reversal.getTransfer(), cents(reversal.getAmount()));
    }

    /** Pays {@code amountCents} from the platform balance to a connected account (split payouts, advances). */
    public TransferResult createTransfer(String destinationAccountId, int amountCents, String bookingId,
            IdempotencyKey key) {
        TransferCreateParams params = TransferCreateParams.builder()
                .setAmount((long) amountCents)
                .setCurrency(CURRENCY)
                .setDestination(destinationAccountId)
                .setTransferGroup("booking:" + bookingId)
                .putMetadata("booking_id", bookingId)
                .build();
        Transfer transfer = call("create transfer", () -> stripe().v1().transfers().create(params, options(key)));
        return new TransferResult(transfer.getId(), cents(transfer.getAmount()), transfer.getDestination());
    }

    /** A Connect Express account for an instructor (US, card payments and transfers requested). */
    public ConnectAccount createExpressAccount(String instructorId, String email, IdempotencyKey key) {
        AccountCreateParams params = AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.EXPRESS)
                .setCountry("US")
                .setEmail(email)
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setCardPayments(AccountCreateParams.Capabilities.CardPayments.builder()
                                .setRequested(true).build())
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder()
                                .setRequested(true).build())
                        .build())
                .putMetadata("instructor_id", instructorId)
                .build();
        Account account = call("create account", () -> stripe().v1().accounts().create(params, options(key)));
        return account(account);
    }

    /** A single-use onboarding link for the instructor's account. */
    public AccountLinkResult createOnboardingLink(String accountId, String refreshUrl, String returnUrl,
            IdempotencyKey key) {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder()
                .setAccount(accountId)
                .setRefreshUrl(refreshUrl)
                .setReturnUrl(returnUrl)
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .build();
        AccountLink link = call("create account link",
                () -> stripe().v1().accountLinks().create(params, options(key)));
        return new AccountLinkResult(link.getUrl(), Instant.ofEpochSecond(link.getExpiresAt()));
    }

    /** The account as Stripe reports it now (webhooks only say that something changed). */
    public ConnectAccount retrieveAccount(String accountId) {
        return account(call("retrieve account", () -> stripe().v1().accounts().retrieve(accountId)));
    }

    private StripeClient stripe() {
        return client.orElseThrow(() -> new StripeRequestInvalid(0, "configuration", null, null,
                "instainstru.stripe.api-key (STRIPE_SECRET_KEY) is not configured", null, null));
    }

    private static RequestOptions options(IdempotencyKey key) {
        return RequestOptions.builder().setIdempotencyKey(key.value()).build();
    }

    private <T> T call(String operation, StripeCall<T> call) {
        pacer.ifPresent(StripeRequestPacer::awaitTurn);
        try {
            return call.run();
        } catch (StripeException e) {
            StripeFailure failure = StripeErrors.translate(e);
            LOG.infof("Stripe %s failed: %s", operation, failure.getMessage());
            throw failure;
        }
    }

    private static PaymentIntentResult result(PaymentIntent intent) {
        Charge charge = intent.getLatestChargeObject();
        Long captureBefore = charge == null || charge.getPaymentMethodDetails() == null
                || charge.getPaymentMethodDetails().getCard() == null
                ? null : charge.getPaymentMethodDetails().getCard().getCaptureBefore();
        return new PaymentIntentResult(intent.getId(), intent.getStatus(), cents(intent.getAmount()),
                cents(intent.getAmountCapturable()), cents(intent.getAmountReceived()), intent.getLatestCharge(),
                charge == null ? null : charge.getTransfer(),
                captureBefore == null ? null : Instant.ofEpochSecond(captureBefore));
    }

    private static ConnectAccount account(Account account) {
        List<String> due = new ArrayList<>();
        Account.Requirements requirements = account.getRequirements();
        if (requirements != null) {
            if (requirements.getCurrentlyDue() != null) {
                due.addAll(requirements.getCurrentlyDue());
            }
            if (requirements.getPastDue() != null) {
                requirements.getPastDue().stream().filter(item -> !due.contains(item)).forEach(due::add);
            }
        }
        return new ConnectAccount(account.getId(), Boolean.TRUE.equals(account.getChargesEnabled()),
                Boolean.TRUE.equals(account.getPayoutsEnabled()), Boolean.TRUE.equals(account.getDetailsSubmitted()),
                due);
    }

    private static int cents(Long amount) {
        return amount == null ? 0 : Math.toIntExact(amount);
    }

    // ---- re-fetches for webhooks (events only say that something changed) -----------------------------------

    /** The dispute ({@code dp_...}) as Stripe holds it now. */
    public DisputeResult retrieveDispute(String disputeId) {
        Dispute dispute = call("retrieve dispute", () -> stripe().v1().disputes().retrieve(disputeId));
        return new DisputeResult(dispute.getId(), dispute.getCharge(), dispute.getPaymentIntent(),
                cents(dispute.getAmount()), dispute.getStatus(), dispute.getReason());
    }

    /**
     * The charge ({@code ch_...}) with all its refunds: {@code refunds} is expanded (Stripe no longer includes it by
     * default); when the expanded page is not all of them, the refunds are listed (up to 100).
     */
    public ChargeResult retrieveCharge(String chargeId) {
        ChargeRetrieveParams params = ChargeRetrieveParams.builder().addExpand("refunds").build();
        Charge charge = call("retrieve charge", () -> stripe().v1().charges().retrieve(chargeId, params));
        List<Refund> refunds = charge.getRefunds() == null ? List.of() : charge.getRefunds().getData();
        if (charge.getRefunds() != null && Boolean.TRUE.equals(charge.getRefunds().getHasMore())) {
            RefundListParams all = RefundListParams.builder().setCharge(chargeId).setLimit(100L).build();
            refunds = call("list refunds", () -> stripe().v1().refunds().list(all)).getData();
        }
        return new ChargeResult(charge.getId(), charge.getPaymentIntent(), cents(charge.getAmount()),
                cents(charge.getAmountRefunded()), Boolean.TRUE.equals(charge.getRefunded()),
                refunds.stream().map(refund -> new RefundResult(refund.getId(), refund.getPaymentIntent(),
                        cents(refund.getAmount()), refund.getStatus())).toList());
    }

    /** The SetupIntent ({@code seti_...}) as Stripe holds it now, with its customer and saved card. */
    public SetupIntentState retrieveSetupIntent(String setupIntentId) {
        SetupIntent intent = call("retrieve setup intent",
                () -> stripe().v1().setupIntents().retrieve(setupIntentId));
        return new SetupIntentState(intent.getId(), intent.getStatus(), intent.getCustomer(),
                intent.getPaymentMethod());
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T run() throws StripeException;
    }

    // ---- Instructor payouts (reference §11) ---------------------------------------------------------------------

    /**
     * A single-use login link to the Express dashboard of {@code accountId}
     * ({@code POST /v1/accounts/{id}/login_links}). Stripe only creates one for an Express account that finished
     * onboarding.
     */
    public LoginLinkResult createLoginLink(String accountId, IdempotencyKey key) {
        LoginLink link = call("create login link", () -> stripe().v1().accounts().loginLinks().create(accountId,
                AccountLoginLinkCreateParams.builder().build(), options(key)));
        return new LoginLinkResult(link.getUrl(), Instant.ofEpochSecond(link.getCreated()));
    }

    /**
     * One page of the connected account's payouts to its bank, newest first ({@code GET /v1/payouts} with the
     * {@code Stripe-Account} header). {@code limit} is 1 to {@value #MAX_PAGE}; {@code startingAfter} (a payout id
     * of the previous page) or null for the first page.
     */
    public PayoutPage listPayouts(String accountId, int limit, String startingAfter) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("Stripe lists 1 to " + MAX_PAGE + " objects a page, not " + limit);
        }
        PayoutListParams.Builder params = PayoutListParams.builder().setLimit((long) limit);
        if (startingAfter != null) {
            params.setStartingAfter(startingAfter);
        }
        RequestOptions onAccount = RequestOptions.builder().setStripeAccount(accountId).build();
        StripeCollection<Payout> page = call("list payouts",
                () -> stripe().v1().payouts().list(params.build(), onAccount));
        List<StripePayout> payouts = page.getData().stream()
                .map(payout -> new StripePayout(payout.getId(), cents(payout.getAmount()), payout.getCurrency(),
                        payout.getArrivalDate() == null ? null : Instant.ofEpochSecond(payout.getArrivalDate()),
                        payout.getStatus()))
                .toList();
        return new PayoutPage(payouts, Boolean.TRUE.equals(page.getHasMore()));
    }
}
