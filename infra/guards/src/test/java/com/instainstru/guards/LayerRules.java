package com.instainstru.guards;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/** Resource/handler -> service -> repository -> JDBC, and the feature and Lambda boundaries. */
public final class LayerRules {

    static final String[] FUNCTION_PACKAGES = {"com.instainstru.functions..", "com.instainstru.http.."};
    static final String[] JDBC_PACKAGES = {
        "java.sql..", "javax.sql..", "io.agroal..", "org.postgresql..", "com.instainstru.platform.db.."};
    static final String[] LAMBDA_PACKAGES = {"com.amazonaws.services.lambda..", "io.quarkus.amazon.lambda.."};

    private static final DescribedPredicate<JavaClass> REPOSITORIES = simpleNameEndingWith("Repository");
    private static final DescribedPredicate<JavaClass> SERVICES = simpleNameEndingWith("Service");
    private static final DescribedPredicate<JavaClass> JDBC =
            resideInAnyPackage(JDBC_PACKAGES).as("are JDBC (%s)", String.join(", ", JDBC_PACKAGES));
    private static final DescribedPredicate<JavaClass> FUNCTION_CODE = simpleNameEndingWith("Resource")
            .or(simpleNameEndingWith("Handler"))
            .or(resideInAnyPackage(FUNCTION_PACKAGES))
            .as("are resources, handlers or function code");

    public static final ArchRule FUNCTIONS_DO_NOT_USE_REPOSITORIES_OR_JDBC = noClasses()
            .that(FUNCTION_CODE)
            .should().dependOnClassesThat(REPOSITORIES.as("are repositories").or(JDBC))
            .because("resources and handlers go through services; only repositories touch the database");

    public static final ArchRule FUNCTIONS_DO_NOT_USE_THE_CACHE = noClasses()
            .that(FUNCTION_CODE)
            .should().dependOnClassesThat().resideInAPackage("com.instainstru.platform.cache..")
            .because("caching is a service decision: services call the cache, resources call services");

    public static final ArchRule SERVICES_DO_NOT_USE_JDBC = noClasses()
            .that(SERVICES.as("are services"))
            .should().dependOnClassesThat(JDBC)
            .because("services hold business rules; repositories hold every statement (transactions go through"
                    + " com.instainstru.platform.tx)");

    public static final ArchRule SERVICES_CONTAIN_NO_SQL = noClasses()
            .that(SERVICES.as("are services"))
            .should(SqlStrings.containSqlStrings())
            .because("SQL belongs in repositories");

    public static final ArchRule REPOSITORIES_DO_NOT_USE_SERVICES = noClasses()
            .that(REPOSITORIES.as("are repositories"))
            .should().dependOnClassesThat(SERVICES.as("are services"))
            .because("the layers only point downwards");

    public static final ArchRule LAMBDA_TYPES_ONLY_IN_FUNCTIONS = noClasses()
            .that().resideOutsideOfPackages(FUNCTION_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage(LAMBDA_PACKAGES)
            .because("shared code must not know it runs on Lambda");

    // The feature packages do not exist yet; the rule must still be in force the day they appear.
    public static final ArchRule AVAILABILITY_DOES_NOT_READ_BOOKINGS = noClasses()
            .that().resideInAPackage("com.instainstru.availability..")
            .should().dependOnClassesThat().resideInAPackage("com.instainstru.bookings..")
            .because("bookings read availability, not the reverse")
            .allowEmptyShould(true);

    /** The bookings table and every booking_* table, in any case. */
    static final Pattern BOOKING_TABLES = Pattern.compile("(?i)\\bbooking(s|_\\w+)\\b");

    // The package rule above cannot see SQL: a repository in availability could still join bookings.
    public static final ArchRule AVAILABILITY_SQL_DOES_NOT_READ_BOOKINGS = noClasses()
            .that().resideInAPackage("com.instainstru.availability..")
            .should(SqlStrings.containSqlMentioning(BOOKING_TABLES, "the bookings tables"))
            .because("availability never checks bookings (layer independence); bookings read availability")
            .allowEmptyShould(true);

    private LayerRules() {
    }
}
