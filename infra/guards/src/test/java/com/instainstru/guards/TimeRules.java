package com.instainstru.guards;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/** Time comes from the injected {@link java.time.Clock}; exactly one class creates it. */
public final class TimeRules {

    static final String CLOCK_PRODUCER = "com.instainstru.platform.time.ClockProducer";

    private static final Set<String> HAVE_NOW = Set.of(
            "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
            "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
            "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    /** Calls and method references ({@code Instant::now}) alike. */
    private static final DescribedPredicate<JavaAccess<?>> READ_SYSTEM_TIME = DescribedPredicate.describe(
            "it reads the system time (now() or now(ZoneId), System.currentTimeMillis(), new Date(),"
                    + " Calendar.getInstance(..), new GregorianCalendar())",
            access -> access.getTarget() instanceof CodeUnitAccessTarget target && readsSystemTime(target));

    private static final DescribedPredicate<JavaAccess<?>> CREATE_SYSTEM_CLOCK = DescribedPredicate.describe(
            "it creates a system clock (Clock.systemUTC(), Clock.systemDefaultZone())",
            access -> access.getTarget() instanceof CodeUnitAccessTarget target
                    && is(target, "java.time.Clock", "systemUTC", "systemDefaultZone"));

    public static final ArchRule NO_SYSTEM_TIME_READS = noClasses()
            .should().accessTargetWhere(READ_SYSTEM_TIME)
            .because("time comes from the injected java.time.Clock, so tests can fix it");

    public static final ArchRule SYSTEM_CLOCK_ONLY_IN_CLOCK_PRODUCER = noClasses()
            .that().doNotHaveFullyQualifiedName(CLOCK_PRODUCER)
            .should().accessTargetWhere(CREATE_SYSTEM_CLOCK)
            .because(CLOCK_PRODUCER + " is the one producer of the Clock bean");

    private TimeRules() {
    }

    private static boolean readsSystemTime(CodeUnitAccessTarget target) {
        String owner = target.getOwner().getName();
        List<String> params = target.getRawParameterTypes().stream().map(JavaClass::getName).toList();
        return HAVE_NOW.contains(owner) && target.getName().equals("now")
                        && (params.isEmpty() || params.equals(List.of("java.time.ZoneId")))
                || is(target, "java.lang.System", "currentTimeMillis")
                || is(target, "java.util.Calendar", "getInstance")
                || is(target, "java.util.GregorianCalendar", "getInstance")
                || isNoArgConstructor(target, "java.util.Date")
                || isNoArgConstructor(target, "java.util.GregorianCalendar");
    }

    private static boolean is(CodeUnitAccessTarget target, String owner, String... names) {
        return target.getOwner().getName().equals(owner) && List.of(names).contains(target.getName());
    }

    private static boolean isNoArgConstructor(CodeUnitAccessTarget target, String owner) {
        return is(target, owner, "<init>") && target.getRawParameterTypes().isEmpty();
    }
}
