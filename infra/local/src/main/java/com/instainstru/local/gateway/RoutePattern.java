package com.instainstru.local.gateway;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path half of a route, such as {@code /api/v1/bookings/{bookingId}/cancel}. Literal segments are compared
 * case-sensitively with the request's raw (still percent-encoded) segments; variables take whole segments and
 * hand back decoded values.
 */
final class RoutePattern {

    /** Specificity tiers, most specific first, as API Gateway ranks them. */
    enum Tier { EXACT, VARIABLES, GREEDY }

    /** Segment kinds in order of specificity. */
    enum Kind { LITERAL, VARIABLE, GREEDY }

    record Segment(Kind kind, String text) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9._-]+)(\\+?)}");

    private final String path;
    private final List<Segment> segments;

    private RoutePattern(String path, List<Segment> segments) {
        this.path = path;
        this.segments = List.copyOf(segments);
    }

    static RoutePattern parse(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("Route path must start with '/': " + path);
        }
        String[] parts = path.substring(1).split("/", -1);
        List<Segment> segments = new ArrayList<>(parts.length);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < parts.length; i++) {
            Segment segment = segment(path, parts[i]);
            if (segment.kind() == Kind.GREEDY && i != parts.length - 1) {
                throw new IllegalArgumentException("Greedy path variable must be the last segment: " + path);
            }
            if (segment.kind() != Kind.LITERAL && !names.add(segment.text())) {
                throw new IllegalArgumentException("Path variable {" + segment.text() + "} appears twice: " + path);
            }
            segments.add(segment);
        }
        return new RoutePattern(path, segments);
    }

    private static Segment segment(String path, String part) {
        Matcher variable = VARIABLE.matcher(part);
        if (variable.matches()) {
            return new Segment(variable.group(2).isEmpty() ? Kind.VARIABLE : Kind.GREEDY, variable.group(1));
        }
        if (part.indexOf('{') >= 0 || part.indexOf('}') >= 0) {
            throw new IllegalArgumentException("A path variable must be a whole segment such as {id} or {proxy+}: " + path);
        }
        return new Segment(Kind.LITERAL, part);
    }

    String path() {
        return path;
    }

    List<Segment> segments() {
        return segments;
    }

    Tier tier() {
        Tier tier = Tier.EXACT;
        for (Segment segment : segments) {
            if (segment.kind() == Kind.GREEDY) {
                return Tier.GREEDY;
            }
            if (segment.kind() == Kind.VARIABLE) {
                tier = Tier.VARIABLES;
            }
        }
        return tier;
    }

    /** The path with variable names erased: two routes with the same shape and method conflict. */
    String shape() {
        StringBuilder shape = new StringBuilder();
        for (Segment segment : segments) {
            shape.append('/').append(switch (segment.kind()) {
                case LITERAL -> segment.text();
                case VARIABLE -> "{}";
                case GREEDY -> "{+}";
            });
        }
        return shape.toString();
    }

    /** The decoded path parameters when the raw request path matches, in route order. */
    Optional<Map<String, String>> match(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.kind() == Kind.GREEDY) {
                String rest = String.join("/", List.of(parts).subList(Math.min(i, parts.length), parts.length));
                if (rest.isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.text(), UrlDecoding.path(rest));
                return Optional.of(parameters);
            }
            if (i >= parts.length) {
                return Optional.empty();
            }
            if (segment.kind() == Kind.LITERAL && !segment.text().equals(parts[i])) {
                return Optional.empty();
            }
            if (segment.kind() == Kind.VARIABLE) {
                if (parts[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.text(), UrlDecoding.path(parts[i]));
            }
        }
        return parts.length == segments.size() ? Optional.of(parameters) : Optional.empty();
    }

    @Override
    public String toString() {
        return path;
    }
}
