package com.instainstru.guards;

import static com.instainstru.guards.Fixtures.assertHolds;
import static com.instainstru.guards.Fixtures.assertViolates;
import static com.instainstru.guards.Fixtures.importPackages;

import com.instainstru.guards.fixtures.time.compliant.FixtureClockUser;
import com.instainstru.platform.time.ClockProducer;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class TimeRulesTest {

    private static final JavaClasses VIOLATING = importPackages("com.instainstru.guards.fixtures.time.violating");
    private static final JavaClasses COMPLIANT = importPackages("com.instainstru.guards.fixtures.time.compliant");

    @Test
    void nowCallsAreReported() {
        assertViolates(TimeRules.NO_SYSTEM_TIME_READS, VIOLATING,
                "FixtureNowCalls.instant()", "Instant.now()",
                "FixtureNowCalls.localDateInZone()", "LocalDate.now(java.time.ZoneId)",
                "LocalDateTime.now()", "LocalTime.now()", "ZonedDateTime.now()", "OffsetDateTime.now()",
                "OffsetTime.now()", "Year.now()", "YearMonth.now()", "MonthDay.now()");
    }

    @Test
    void nowMethodReferencesAreReported() {
        assertViolates(TimeRules.NO_SYSTEM_TIME_READS, VIOLATING, "FixtureNowReference.source()", "Instant.now()");
    }

    @Test
    void legacyClockReadsAreReported() {
        assertViolates(TimeRules.NO_SYSTEM_TIME_READS, VIOLATING,
                "FixtureLegacyTime.millis()", "System.currentTimeMillis()",
                "FixtureLegacyTime.date()", "Date.<init>()",
                "FixtureLegacyTime.calendar()", "Calendar.getInstance()",
                "FixtureLegacyTime.gregorian()", "GregorianCalendar.<init>()");
    }

    @Test
    void systemClocksOutsideTheProducerAreReported() {
        assertViolates(TimeRules.SYSTEM_CLOCK_ONLY_IN_CLOCK_PRODUCER, VIOLATING,
                "FixtureSystemClock.utc()", "Clock.systemUTC()",
                "FixtureSystemClock.local()", "Clock.systemDefaultZone()");
    }

    @Test
    void timeFromTheInjectedClockComplies() {
        assertHolds(TimeRules.NO_SYSTEM_TIME_READS, COMPLIANT);
        assertHolds(TimeRules.SYSTEM_CLOCK_ONLY_IN_CLOCK_PRODUCER, COMPLIANT);
    }

    @Test
    void theClockProducerMayCreateTheSystemClock() {
        JavaClasses classes = new ClassFileImporter().importClasses(ClockProducer.class, FixtureClockUser.class);
        assertHolds(TimeRules.SYSTEM_CLOCK_ONLY_IN_CLOCK_PRODUCER, classes);
        assertHolds(TimeRules.NO_SYSTEM_TIME_READS, classes);
    }
}
