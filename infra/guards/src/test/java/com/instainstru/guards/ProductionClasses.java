package com.instainstru.guards;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Main code of every module on the test classpath, without test utilities and without the guards themselves. */
final class ProductionClasses {

    private static final String ROOT = "com.instainstru";
    /** Test utilities, the guards, and tooling outside the product (database tool, template model). */
    private static final String[] NOT_PRODUCTION = {"com.instainstru.testsupport..", "com.instainstru.testfixtures..",
            "com.instainstru.guards..", "com.instainstru.db..", "com.instainstru.template.."};

    private static JavaClasses classes;

    private ProductionClasses() {
    }

    static synchronized JavaClasses get() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(ROOT)
                    .that(resideOutsideOfPackages(NOT_PRODUCTION));
        }
        return classes;
    }
}
