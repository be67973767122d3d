package com.instainstru.guards;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/** Evaluates a guard rule on fixture classes compiled with the guards' tests. */
final class Fixtures {

    private Fixtures() {
    }

    static JavaClasses importPackages(String... packages) {
        JavaClasses classes = new ClassFileImporter().importPackages(packages);
        assertThat(classes).as("fixture classes in %s", String.join(", ", packages)).isNotEmpty();
        return classes;
    }

    /** Asserts that the rule fails and that its report names every given class or member. */
    static void assertViolates(ArchRule rule, JavaClasses classes, String... mentioned) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as("violation of: %s", rule.getDescription()).isTrue();
        String report = result.getFailureReport().toString();
        for (String name : mentioned) {
            assertThat(report).as("failure report").contains(name);
        }
    }

    static void assertHolds(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }
}
