package com.instainstru.platform.cache;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named group of cache entries sharing one TTL and one version (bumped to drop them all at once).
 * Redis keys: entries {@code cache:{name}:v{version}:{key}}, the version {@code cache:v:{name}}.
 *
 * <p>The platform's families are in {@link CacheFamilies}.
 */
public record CacheFamily(String name, Duration ttl) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public CacheFamily {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ttl, "ttl");
        if (!NAME.matcher(name).matches() || name.equals("v")) {
            throw new IllegalArgumentException("family name: lowercase letters, digits and '-', not 'v': " + name);
        }
        if (ttl.toSeconds() < 1) {
            throw new IllegalArgumentException("ttl must be at least one second: " + ttl);
        }
    }

    /** The prefix of every entry key of this family. */
    public String keyPrefix() {
        return "cache:" + name + ":";
    }

    /** Holds the family's current version; it never expires, so old versions are never read again. */
    String versionKey() {
        return "cache:v:" + name;
    }

    String entryKey(String version, String key) {
        return keyPrefix() + "v" + version + ":" + key;
    }
}
