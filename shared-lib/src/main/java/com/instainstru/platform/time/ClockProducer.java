package com.instainstru.platform.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of wall-clock time. Everything else injects {@link Clock}; the build's time guard
 * forbids {@code Instant.now()} and friends anywhere in main code.
 */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
