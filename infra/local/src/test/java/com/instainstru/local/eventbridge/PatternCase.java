package com.instainstru.local.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code eventbridge/pattern-cases.json}: a pattern, an event, and whether AWS says the
 * pattern matches it.
 */
record PatternCase(String name, JsonNode pattern, ObjectNode event, boolean expected, boolean motoDiffers,
                   String note) {

    static final String TABLE = "/eventbridge/pattern-cases.json";

    static List<PatternCase> load() {
        try (InputStream in = PatternCase.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is not on the test classpath");
            }
            JsonNode table = new ObjectMapper().readTree(in);
            List<PatternCase> cases = new ArrayList<>();
            for (JsonNode row : table.get("cases")) {
                ObjectNode event = table.get("envelope").deepCopy();
                row.path("event").properties().forEach(field -> event.set(field.getKey(), field.getValue()));
                cases.add(new PatternCase(row.get("name").textValue(), row.get("pattern"), event,
                        row.get("expected").booleanValue(), row.path("motoDiffers").asBoolean(false),
                        row.path("note").asText(null)));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
