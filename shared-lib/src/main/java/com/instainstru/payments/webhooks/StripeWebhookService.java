package com.instainstru.payments.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.payments.stripe.StripeFailure;
import com.instainstru.payments.webhooks.schema.WebhookReceipt;
import com.instainstru.platform.errors.DependencyUnavailableException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Receives Stripe webhook deliveries: verify the signature over the raw body, record the event once by its id,
 * then hand it to the handler of its type. Stripe delivers at least once and in any order: a delivery of an event
 * already processed is a no-op; one recorded but not processed (its handling failed) is handled again. Events
 * without a handler are recorded ({@code disposition = recorded}) for the work that will handle them.
 *
 * <p>Handlers call Stripe, so nothing here runs inside one long transaction: record (commit), handle, mark processed.
 */
@ApplicationScoped
public class StripeWebhookService {

    static final String HANDLED = "handled";
    static final String RECORDED = "recorded";
    private static final Logger LOG = Logger.getLogger(StripeWebhookService.class);

    private final StripeSignatureVerifier signatures;
    private final StripeWebhookEventRepository events;
    private final Map<String, StripeEventHandler> handlers;
    private final Transactions tx;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    public StripeWebhookService(StripeSignatureVerifier signatures, StripeWebhookEventRepository events,
            Instance<StripeEventHandler> handlers, Transactions tx, ObjectMapper json, Clock clock) {
        this(signatures, events, handlers.stream().toList(), tx, json, clock);
    }

    public StripeWebhookService(StripeSignatureVerifier signatures, StripeWebhookEventRepository events,
            List<StripeEventHandler> handlers, Transactions tx, ObjectMapper json, Clock clock) {
        this.signatures = signatures;
        this.events = events;
        this.handlers = handlers.stream()
                .flatMap(handler -> handler.types().stream().map(type -> Map.entry(type, handler)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    public WebhookReceipt receive(String payload, String signatureHeader) {
        WebhookEndpoint endpoint = signatures.verify(payload, signatureHeader);
        StripeEvent event = parse(payload);
        boolean isNew = tx.call(() -> events.insertIfNew(event, endpoint, clock.instant()));
        if (!isNew && events.isProcessed(event.id())) {
            LOG.infof("Stripe event %s (%s) delivered again: no-op", event.id(), event.type());
            return new WebhookReceipt(true, true);
        }
        StripeEventHandler handler = handlers.get(event.type());
        if (handler != null) {
            try {
                handler.handle(event);
            } catch (StripeFailure e) {
                // not marked processed: Stripe retries the delivery (with backoff, for up to 3 days)
                throw new DependencyUnavailableException("Stripe", Duration.ofMinutes(1), e);
            }
        }
        tx.run(() -> events.markProcessed(event.id(), handler == null ? RECORDED : HANDLED, clock.instant()));
        return new WebhookReceipt(true, false);
    }

    private StripeEvent parse(String payload) {
        JsonNode root;
        try {
            root = json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw ValidationException.of("body", "json", "the webhook body is not a JSON document");
        }
        String id = text(root, "id");
        String type = text(root, "type");
        if (id == null || !id.startsWith("evt_") || type == null || !"event".equals(text(root, "object"))) {
            throw ValidationException.of("body", "stripe_event", "the webhook body is not a Stripe event");
        }
        return new StripeEvent(id, type, text(root, "account"), root.path("livemode").asBoolean(false),
                text(root.path("data").path("object"), "id"), payload);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
