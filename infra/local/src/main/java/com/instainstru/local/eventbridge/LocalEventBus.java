package com.instainstru.local.eventbridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A custom event bus: PutEvents validates entries as EventBridge does, wraps each in the event envelope
 * EventBridge delivers, and sends it to the targets of every rule whose pattern matches. Delivery is
 * synchronous; a target that fails is logged and does not fail the entry, since EventBridge delivers
 * after accepting. Thread-safe.
 */
public final class LocalEventBus {

    /** Most entries one PutEvents request may carry. */
    public static final int MAX_ENTRIES = 10;
    /** Largest total entry size of one PutEvents request, counted as EventBridge counts it. */
    public static final int MAX_REQUEST_BYTES = 256 * 1024;

    private static final System.Logger LOG = System.getLogger(LocalEventBus.class.getName());
    private static final String INVALID_ARGUMENT = "InvalidArgument";

    private final String name;
    private final String account;
    private final String region;
    private final Clock clock;
    private final QueueSender queueSender;
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    /**
     * @param account the 12-digit account id put in envelopes and the bus ARN
     * @param clock gives the event time of entries that carry none
     */
    public LocalEventBus(String name, String account, String region, Clock clock, QueueSender queueSender) {
        this.name = Objects.requireNonNull(name, "name");
        this.account = Objects.requireNonNull(account, "account");
        this.region = Objects.requireNonNull(region, "region");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.queueSender = Objects.requireNonNull(queueSender, "queueSender");
    }

    public String name() {
        return name;
    }

    /** {@code arn:aws:events:<region>:<account>:event-bus/<name>}. */
    public String arn() {
        return "arn:aws:events:" + region + ":" + account + ":event-bus/" + name;
    }

    /** Whether an EventBusName parameter (a name or an ARN) designates this bus. */
    public boolean isNamedBy(String nameOrArn) {
        return name.equals(nameOrArn) || arn().equals(nameOrArn);
    }

    /** Adds the rule, or replaces the rule of the same name. */
    public void putRule(String ruleName, EventPattern pattern, List<Target> targets) {
        Rule rule = new Rule(ruleName, pattern, targets);
        synchronized (rules) {
            rules.put(ruleName, rule);
        }
    }

    /** Removes a rule; false when there was none of that name. */
    public boolean removeRule(String ruleName) {
        synchronized (rules) {
            return rules.remove(ruleName) != null;
        }
    }

    /** The rules, in the order they were first put. */
    public List<Rule> rules() {
        synchronized (rules) {
            return List.copyOf(rules.values());
        }
    }

    /**
     * Accepts the entries that are valid, delivering each to the targets of the matching rules, and
     * reports the others with an error code and message, as EventBridge does.
     *
     * @throws RequestRejectedException ({@code ValidationException}) for no entries, more than
     *     {@link #MAX_ENTRIES}, or more than {@link #MAX_REQUEST_BYTES} in all
     */
    public PutEventsResult putEvents(List<Entry> entries) {
        checkRequestLimits(entries);
        List<Rule> currentRules = rules();
        List<PutEventsResult.ResultEntry> results = new ArrayList<>();
        for (Entry entry : entries) {
            results.add(put(entry, currentRules));
        }
        return PutEventsResult.of(results);
    }

    /** The request-wide PutEvents limits. */
    static void checkRequestLimits(List<Entry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new RequestRejectedException("ValidationException", "1 validation error detected: "
                    + "Value null at 'entries' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new RequestRejectedException("ValidationException", "1 validation error detected: "
                    + "Value '[PutEventsRequestEntry]' at 'entries' failed to satisfy constraint: "
                    + "Member must have length less than or equal to " + MAX_ENTRIES);
        }
        long total = entries.stream().mapToLong(Entry::size).sum();
        if (total > MAX_REQUEST_BYTES) {
            throw new RequestRejectedException("ValidationException",
                    "Total size of the entries in the request is over the limit (" + total + " > "
                            + MAX_REQUEST_BYTES + " bytes).");
        }
    }

    private PutEventsResult.ResultEntry put(Entry entry, List<Rule> currentRules) {
        Optional<PutEventsResult.ResultEntry> invalid = validate(entry);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        ObjectNode detail;
        try {
            JsonNode parsed = Json.read(entry.detail());
            if (!parsed.isObject()) {
                return PutEventsResult.ResultEntry.failure("MalformedDetail", "Detail is malformed.");
            }
            detail = (ObjectNode) parsed;
        } catch (JsonProcessingException e) {
            return PutEventsResult.ResultEntry.failure("MalformedDetail", "Detail is malformed.");
        }
        String id = UUID.randomUUID().toString();
        ObjectNode event = envelope(id, entry, detail);
        String body = Json.write(event);
        for (Rule rule : currentRules) {
            if (rule.pattern().matches(event)) {
                rule.targets().forEach(target -> deliver(rule, target, body));
            }
        }
        return PutEventsResult.ResultEntry.success(id);
    }

    private Optional<PutEventsResult.ResultEntry> validate(Entry entry) {
        if (entry.eventBusName() != null && !isNamedBy(entry.eventBusName())) {
            return invalidArgument("EventBusName",
                    "Event bus " + entry.eventBusName() + " is not this bus (" + arn() + ").");
        }
        if (isBlank(entry.source())) {
            return invalidArgument("Source", "Source is a required argument.");
        }
        if (isBlank(entry.detailType())) {
            return invalidArgument("DetailType", "DetailType is a required argument.");
        }
        if (isBlank(entry.detail())) {
            return invalidArgument("Detail", "Detail is a required argument.");
        }
        if (entry.source().startsWith("aws.")) {
            // AWS reserves the aws.* sources for its own services.
            return Optional.of(PutEventsResult.ResultEntry.failure(
                    "NotAuthorizedForSourceException", "Not authorized for the source."));
        }
        return Optional.empty();
    }

    private static Optional<PutEventsResult.ResultEntry> invalidArgument(String parameter, String reason) {
        return Optional.of(PutEventsResult.ResultEntry.failure(INVALID_ARGUMENT,
                "Parameter " + parameter + " is not valid. Reason: " + reason));
    }

    private ObjectNode envelope(String id, Entry entry, ObjectNode detail) {
        Instant time = (entry.time() != null ? entry.time() : clock.instant()).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode event = Json.object();
        event.put("version", "0");
        event.put("id", id);
        event.put("detail-type", entry.detailType());
        event.put("source", entry.source());
        event.put("account", account);
        event.put("time", DateTimeFormatter.ISO_INSTANT.format(time));
        event.put("region", region);
        ArrayNode resources = event.putArray("resources");
        entry.resources().forEach(resources::add);
        event.set("detail", detail);
        return event;
    }

    private void deliver(Rule rule, Target target, String body) {
        try {
            queueSender.send(target.queue(), body);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event bus " + name + ", rule " + rule.name() + ": delivery to "
                    + target.queue() + " failed", e);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * One PutEvents request entry.
     *
     * @param detail the event's detail: the text of a JSON object
     * @param eventBusName this bus's name or ARN; null stands for the bus the request was sent to
     * @param resources ARNs the event concerns; null for none
     * @param time the event time; null for now
     */
    public record Entry(String source, String detailType, String detail, String eventBusName,
                        List<String> resources, Instant time) {

        public Entry {
            resources = resources == null ? List.of() : List.copyOf(resources);
        }

        /** An entry with no bus name, resources or time. */
        public static Entry of(String source, String detailType, String detail) {
            return new Entry(source, detailType, detail, null, List.of(), null);
        }

        /** The entry's size as EventBridge counts it against {@link #MAX_REQUEST_BYTES}. */
        public int size() {
            int size = time != null ? 14 : 0;
            size += utf8Length(source) + utf8Length(detailType) + utf8Length(detail);
            for (String resource : resources) {
                size += utf8Length(resource);
            }
            return size;
        }

        private static int utf8Length(String text) {
            return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
        }
    }
}
