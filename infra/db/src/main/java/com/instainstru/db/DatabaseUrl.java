package com.instainstru.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A database URL in JDBC form, with the credentials that a {@code postgres://} URL may carry. */
record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {

    private static final String JDBC_PREFIX = "jdbc:postgresql:";

    static DatabaseUrl parse(String url) throws ToolException {
        if (url.startsWith(JDBC_PREFIX)) {
            return new DatabaseUrl(url, Optional.empty(), Optional.empty());
        }
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            return fromUri(url);
        }
        // The URL itself is not echoed: it may hold a password.
        throw ToolException.refusal("unsupported database URL; expected jdbc:postgresql://..., "
                + "postgres://... or postgresql://...");
    }

    private static DatabaseUrl fromUri(String url) throws ToolException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ToolException.refusal("malformed database URL");
        }
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostAndPort.isEmpty()) {
            throw ToolException.refusal("database URL has no host");
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(hostAndPort);
        jdbc.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            jdbc.append('?').append(uri.getRawQuery());
        }

        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)))
                    .filter(u -> !u.isEmpty());
            password = colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
        }
        return new DatabaseUrl(jdbc.toString(), user, password);
    }

    /** Host, port and database for display: no credentials, no query parameters. */
    String location() {
        String rest = jdbcUrl.substring(JDBC_PREFIX.length());
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        return rest.substring(rest.lastIndexOf('@') + 1);
    }

    private static String decode(String value) {
        // URLDecoder is for form encoding, where '+' means space; in a URI it is a literal '+'.
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
