package com.instainstru.platform.ids;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.f4b6a3.ulid.Ulid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {

    private final Instant now = Instant.parse("2026-11-28T09:00:00.123Z");
    private final IdGenerator ids = new IdGenerator(Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void idsAreCanonicalUlidsStampedWithTheInjectedClock() {
        String id = ids.newId();

        assertThat(id).hasSize(26).matches("^[0-7][0-9A-HJKMNP-TV-Z]{25}$");
        assertThat(Ulid.from(id).getInstant()).isEqualTo(now);
        assertThat(IdGenerator.isUlid(id)).isTrue();
    }

    @Test
    void idsAreUniqueWithinTheSameMillisecond() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(ids.newId());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void rejectsNonCanonicalValues() {
        assertThat(IdGenerator.isUlid(null)).isFalse();
        assertThat(IdGenerator.isUlid("01JDXYZ")).isFalse();
        assertThat(IdGenerator.isUlid("01jdz3k5w0p8v5t3e7m9c2q4rs")).isFalse();
        assertThat(IdGenerator.isUlid("01JDZ3K5W0P8V5T3E7M9C2Q4RU")).isFalse(); // U is not Crockford base32
        assertThat(IdGenerator.isUlid("81JDZ3K5W0P8V5T3E7M9C2Q4RS")).isFalse(); // more than 128 bits
    }
}
