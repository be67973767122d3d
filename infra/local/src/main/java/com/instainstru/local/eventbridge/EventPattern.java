package com.instainstru.local.eventbridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * An EventBridge event pattern with the matching rules AWS documents in "Amazon EventBridge event
 * patterns" and "Content filtering": nested objects, value lists (OR), null and empty string,
 * {@code prefix}, {@code suffix}, {@code equals-ignore-case}, {@code wildcard}, {@code anything-but},
 * {@code numeric}, {@code cidr}, {@code exists} and {@code $or}. Immutable and thread-safe.
 *
 * <p>Exact numeric values match numerically ({@code [300]} matches {@code 300.0}), as the open-source
 * event-ruler engine behind EventBridge compiles them, although an older user-guide page says 300 and
 * 300.0 differ. Numbers compare exactly (BigDecimal), without event-ruler's six-decimal rounding.
 */
public final class EventPattern {

    private final String json;
    private final PatternObject root;

    private EventPattern(String json, PatternObject root) {
        this.json = json;
        this.root = root;
    }

    /**
     * Parses a pattern from its JSON text.
     *
     * @throws IllegalArgumentException when the text is not JSON or not a valid event pattern; the
     *     message starts with "Event pattern is not valid." and names where the problem is
     */
    public static EventPattern parse(String json) {
        JsonNode pattern;
        try {
            pattern = Json.read(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Event pattern is not valid. Reason: it is not valid JSON: " + e.getOriginalMessage(), e);
        }
        return of(pattern);
    }

    /**
     * A pattern from parsed JSON.
     *
     * @throws IllegalArgumentException when the JSON is not a valid event pattern
     */
    public static EventPattern of(JsonNode pattern) {
        Objects.requireNonNull(pattern, "pattern");
        return new EventPattern(Json.write(pattern), PatternParser.parse(pattern));
    }

    /** Whether the event (the envelope EventBridge delivers, or any JSON object) matches this pattern. */
    public boolean matches(JsonNode event) {
        Objects.requireNonNull(event, "event");
        return root.matches(event);
    }

    /** The pattern's JSON text. */
    @Override
    public String toString() {
        return json;
    }
}
