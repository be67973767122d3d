package com.instainstru.guards;

import static com.instainstru.guards.Fixtures.assertHolds;
import static com.instainstru.guards.Fixtures.assertViolates;
import static com.instainstru.guards.Fixtures.importPackages;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class SingletonRulesTest {

    private static final JavaClasses VIOLATING = importPackages("com.instainstru.guards.fixtures.singletons.violating");
    private static final JavaClasses COMPLIANT = importPackages("com.instainstru.guards.fixtures.singletons.compliant");

    @Test
    void staticInstancesOfTheClassItselfAreReported() {
        assertViolates(SingletonRules.NO_STATIC_INSTANCE_FIELDS, VIOLATING,
                "FixtureEagerSingleton.INSTANCE", "FixtureLazySingleton.instance");
    }

    @Test
    void staticGetInstanceMethodsAreReported() {
        assertViolates(SingletonRules.NO_GET_INSTANCE_METHODS, VIOLATING,
                "FixtureLazySingleton.getInstance()", "FixtureServiceLocator.getInstance()");
    }

    @Test
    void enumsConstantsAndInstanceMethodsComply() {
        assertHolds(SingletonRules.NO_STATIC_INSTANCE_FIELDS, COMPLIANT);
        assertHolds(SingletonRules.NO_GET_INSTANCE_METHODS, COMPLIANT);
    }
}
