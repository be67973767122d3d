package com.instainstru.local.gateway;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds an ordered header multi-map whose names are case-insensitive: the first spelling seen is kept. */
final class Headers {

    private final Map<String, String> spellings = new HashMap<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    Headers add(String name, String value) {
        String spelling = spellings.computeIfAbsent(name.toLowerCase(Locale.ROOT), lower -> name);
        values.computeIfAbsent(spelling, key -> new ArrayList<>()).add(value);
        return this;
    }

    /** Adds the value unless this header already holds exactly that value. */
    Headers addDistinct(String name, String value) {
        String spelling = spellings.get(name.toLowerCase(Locale.ROOT));
        if (spelling == null || !values.get(spelling).contains(value)) {
            add(name, value);
        }
        return this;
    }

    Map<String, List<String>> build() {
        return copyOf(values);
    }

    /** An unmodifiable, order-preserving deep copy. */
    static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
        if (headers == null) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    /** The first value of a header, its name compared case-insensitively. */
    static Optional<String> first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return Optional.of(header.getValue().get(0));
            }
        }
        return Optional.empty();
    }
}
