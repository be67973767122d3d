package com.instainstru.platform.ids;

import com.github.f4b6a3.ulid.Ulid;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Creates ULIDs: 48 bits of milliseconds from the injected clock, 80 random bits. The time part comes
 * from the Clock (not the library's own time source) so that ids follow the same clock as every other
 * timestamp, also in tests.
 */
@ApplicationScoped
public class IdGenerator {

    private static final int RANDOM_BYTES = 10;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public IdGenerator(Clock clock) {
        this.clock = clock;
    }

    public String newId() {
        byte[] entropy = new byte[RANDOM_BYTES];
        random.nextBytes(entropy);
        return new Ulid(clock.millis(), entropy).toString();
    }

    /** True for a canonical 26-character ULID (upper-case Crockford base32). */
    public static boolean isUlid(String value) {
        return value != null && value.length() == 26 && Ulid.isValid(value) && value.equals(value.toUpperCase());
    }
}
