package com.instainstru.guards;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every guard rule holds on the main code of all modules. */
class ProductionCodeTest {

    private static final JavaClasses PRODUCTION = ProductionClasses.get();

    @Test
    void importsTheMainCodeOfEveryModule() {
        assertThat(PRODUCTION.contain("com.instainstru.platform.events.OutboxRelayService")).as("shared-lib").isTrue();
        assertThat(PRODUCTION.contain("com.instainstru.http.ProblemMapper")).as("http-support").isTrue();
        assertThat(PRODUCTION.stream().map(JavaClass::getPackageName))
                .as("function modules")
                .anyMatch(name -> name.startsWith("com.instainstru.functions."));
    }

    @Test
    void leavesOutTestCodeAndTestUtilities() {
        assertThat(PRODUCTION.stream().map(JavaClass::getPackageName))
                .noneMatch(name -> name.startsWith("com.instainstru.testsupport"))
                .noneMatch(name -> name.startsWith("com.instainstru.guards"));
        assertThat(PRODUCTION.contain("com.instainstru.http.ProbeResource")).as("a test class").isFalse();
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("FUNCTIONS_DO_NOT_USE_REPOSITORIES_OR_JDBC", LayerRules.FUNCTIONS_DO_NOT_USE_REPOSITORIES_OR_JDBC),
                Arguments.of("FUNCTIONS_DO_NOT_USE_THE_CACHE", LayerRules.FUNCTIONS_DO_NOT_USE_THE_CACHE),
                Arguments.of("SERVICES_DO_NOT_USE_JDBC", LayerRules.SERVICES_DO_NOT_USE_JDBC),
                Arguments.of("SERVICES_CONTAIN_NO_SQL", LayerRules.SERVICES_CONTAIN_NO_SQL),
                Arguments.of("REPOSITORIES_DO_NOT_USE_SERVICES", LayerRules.REPOSITORIES_DO_NOT_USE_SERVICES),
                Arguments.of("LAMBDA_TYPES_ONLY_IN_FUNCTIONS", LayerRules.LAMBDA_TYPES_ONLY_IN_FUNCTIONS),
                Arguments.of("AVAILABILITY_DOES_NOT_READ_BOOKINGS", LayerRules.AVAILABILITY_DOES_NOT_READ_BOOKINGS),
                Arguments.of("AVAILABILITY_SQL_DOES_NOT_READ_BOOKINGS", LayerRules.AVAILABILITY_SQL_DOES_NOT_READ_BOOKINGS),
                Arguments.of("NO_SYSTEM_TIME_READS", TimeRules.NO_SYSTEM_TIME_READS),
                Arguments.of("SYSTEM_CLOCK_ONLY_IN_CLOCK_PRODUCER", TimeRules.SYSTEM_CLOCK_ONLY_IN_CLOCK_PRODUCER),
                Arguments.of("ENDPOINTS_RETURN_RECORDS", ApiContractRules.ENDPOINTS_RETURN_RECORDS),
                Arguments.of("ROUTES_UNDER_API_V1", ApiContractRules.ROUTES_UNDER_API_V1),
                Arguments.of("ENDPOINTS_DECLARE_ACCESS", ApiContractRules.ENDPOINTS_DECLARE_ACCESS),
                Arguments.of("NO_STATIC_INSTANCE_FIELDS", SingletonRules.NO_STATIC_INSTANCE_FIELDS),
                Arguments.of("NO_GET_INSTANCE_METHODS", SingletonRules.NO_GET_INSTANCE_METHODS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void holds(String name, ArchRule rule) {
        rule.check(PRODUCTION);
    }
}
