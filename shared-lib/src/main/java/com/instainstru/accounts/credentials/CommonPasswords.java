package com.instainstru.accounts.credentials;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The list of common passwords a new password must not be (ASVS 5.0 6.2.4), read once from the
 * classpath resource {@value #RESOURCE}: one password per line, {@code #} comment lines and blank lines
 * ignored, compared case-insensitively.
 */
@ApplicationScoped
public class CommonPasswords {

    static final String RESOURCE = "accounts/common-passwords.txt";

    private final Set<String> lowerCased;

    public CommonPasswords() {
        this.lowerCased = Set.copyOf(load());
    }

    public boolean contains(String password) {
        return password != null && lowerCased.contains(password.toLowerCase(Locale.ROOT));
    }

    int size() {
        return lowerCased.size();
    }

    Set<String> entries() {
        return lowerCased;
    }

    private static Set<String> load() {
        InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        Set<String> passwords = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return passwords;
    }
}
