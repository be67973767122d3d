package com.instainstru.guards;

import static com.instainstru.guards.Fixtures.assertHolds;
import static com.instainstru.guards.Fixtures.assertViolates;
import static com.instainstru.guards.Fixtures.importPackages;
import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.guards.fixtures.layers.servicesql.FixtureSqlService;
import com.instainstru.platform.errors.Problem;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class LayerRulesTest {

    private static final String FIXTURES = "com.instainstru.guards.fixtures.layers.";
    private static final JavaClasses COMPLIANT = importPackages(FIXTURES + "compliant");

    @Test
    void resourceUsingARepositoryIsReported() {
        assertViolates(LayerRules.FUNCTIONS_DO_NOT_USE_REPOSITORIES_OR_JDBC,
                importPackages(FIXTURES + "resourcerepository"),
                "resourcerepository.FixtureResource", "FixtureRepository");
    }

    @Test
    void handlerUsingJdbcIsReported() {
        assertViolates(LayerRules.FUNCTIONS_DO_NOT_USE_REPOSITORIES_OR_JDBC, importPackages(FIXTURES + "handlerjdbc"),
                "FixtureHandler", "javax.sql.DataSource", "java.sql.Connection");
    }

    @Test
    void anyFunctionCodeUsingJdbcIsReported() {
        assertViolates(LayerRules.FUNCTIONS_DO_NOT_USE_REPOSITORIES_OR_JDBC,
                importPackages("com.instainstru.functions.guardsfixture.jdbc"),
                "FixtureRowReader", "java.sql.ResultSet");
    }

    @Test
    void resourceUsingTheCacheIsReported() {
        assertViolates(LayerRules.FUNCTIONS_DO_NOT_USE_THE_CACHE, importPackages(FIXTURES + "resourcecache"),
                "resourcecache.FixtureResource", "com.instainstru.platform.cache.Cache");
    }

    @Test
    void serviceUsingJdbcOrTheSqlHelperIsReported() {
        assertViolates(LayerRules.SERVICES_DO_NOT_USE_JDBC, importPackages(FIXTURES + "servicejdbc"),
                "servicejdbc.FixtureService", "java.sql.Connection",
                "FixtureJdbcHelperService", "com.instainstru.platform.db.Jdbc");
    }

    @Test
    void serviceHoldingSqlIsReported() {
        assertViolates(LayerRules.SERVICES_CONTAIN_NO_SQL, importPackages(FIXTURES + "servicesql"),
                "FixtureSqlService", "SELECT id, status FROM bookings", "DELETE FROM bookings");
    }

    @Test
    void readsStringConstantsFromClassDirectoriesAndJars() {
        JavaClasses classes = new ClassFileImporter().importClasses(FixtureSqlService.class, Problem.class);
        assertThat(SqlStrings.stringConstants(classes.get(FixtureSqlService.class)))
                .contains("SELECT id, status FROM bookings WHERE id = ?");
        assertThat(SqlStrings.stringConstants(classes.get(Problem.class))).contains(Problem.MEDIA_TYPE);
    }

    @Test
    void repositoryUsingAServiceIsReported() {
        assertViolates(LayerRules.REPOSITORIES_DO_NOT_USE_SERVICES, importPackages(FIXTURES + "repositoryservice"),
                "repositoryservice.FixtureRepository", "FixtureService");
    }

    @Test
    void lambdaTypesOutsideFunctionsAreReported() {
        assertViolates(LayerRules.LAMBDA_TYPES_ONLY_IN_FUNCTIONS, importPackages(FIXTURES + "lambdaoutside"),
                "FixtureLambdaUser", "com.amazonaws.services.lambda.runtime.Context");
    }

    @Test
    void availabilityReadingBookingsIsReported() {
        assertViolates(LayerRules.AVAILABILITY_DOES_NOT_READ_BOOKINGS,
                importPackages("com.instainstru.availability.guardsfixture.violating"),
                "FixtureAvailabilityService", "com.instainstru.bookings.guardsfixture.FixtureBooking");
    }

    @Test
    void availabilitySqlMentioningBookingsIsReported() {
        assertViolates(LayerRules.AVAILABILITY_SQL_DOES_NOT_READ_BOOKINGS,
                importPackages("com.instainstru.availability.guardsfixture.bookingsql"),
                "FixtureFreeSlotRepository", "LEFT JOIN bookings b", "FROM booking_locks");
    }

    @Test
    void availabilitySqlOnItsOwnTablesComplies() {
        assertHolds(LayerRules.AVAILABILITY_SQL_DOES_NOT_READ_BOOKINGS,
                importPackages("com.instainstru.availability.guardsfixture.compliant"));
        assertThat(LayerRules.BOOKING_TABLES.matcher("SELECT bits FROM availability_days WHERE rebookings = 0")
                .find()).isFalse();
    }

    @Test
    void layeredCodeComplies() {
        assertHolds(LayerRules.FUNCTIONS_DO_NOT_USE_REPOSITORIES_OR_JDBC, COMPLIANT);
        assertHolds(LayerRules.FUNCTIONS_DO_NOT_USE_THE_CACHE, COMPLIANT);
        assertHolds(LayerRules.SERVICES_DO_NOT_USE_JDBC, COMPLIANT);
        assertHolds(LayerRules.SERVICES_CONTAIN_NO_SQL, COMPLIANT);
        assertHolds(LayerRules.REPOSITORIES_DO_NOT_USE_SERVICES, COMPLIANT);
        assertHolds(LayerRules.LAMBDA_TYPES_ONLY_IN_FUNCTIONS, COMPLIANT);
    }

    @Test
    void functionCodeMayUseLambdaTypes() {
        // With code outside functions as well, so the rule has classes to check.
        assertHolds(LayerRules.LAMBDA_TYPES_ONLY_IN_FUNCTIONS,
                importPackages("com.instainstru.functions.guardsfixture.lambda", FIXTURES + "compliant"));
    }

    @Test
    void bookingsMayReadAvailability() {
        assertHolds(LayerRules.AVAILABILITY_DOES_NOT_READ_BOOKINGS, importPackages(
                "com.instainstru.bookings.guardsfixture", "com.instainstru.availability.guardsfixture.compliant"));
    }
}
