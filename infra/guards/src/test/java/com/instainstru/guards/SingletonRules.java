package com.instainstru.guards;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** CDI everywhere: no hand-rolled static singletons or service locators. */
public final class SingletonRules {

    public static final ArchRule NO_STATIC_INSTANCE_FIELDS = noClasses()
            .should(holdAStaticInstanceOfThemselves())
            .because("beans are CDI-scoped and injected, never static singletons");

    public static final ArchRule NO_GET_INSTANCE_METHODS = noMethods()
            .that().haveName("getInstance")
            .and().arePublic()
            .should().beStatic()
            .because("beans are injected, not looked up through a static locator")
            .allowEmptyShould(true); // having no getInstance() at all is the normal case

    private SingletonRules() {
    }

    private static ArchCondition<JavaClass> holdAStaticInstanceOfThemselves() {
        return new ArchCondition<>("hold a static instance of themselves") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaField field : javaClass.getFields()) {
                    // Enum constants are static fields of the enum's own type.
                    boolean selfInstance = field.getModifiers().contains(JavaModifier.STATIC)
                            && !field.getModifiers().contains(JavaModifier.ENUM)
                            && field.getRawType().equals(javaClass);
                    if (selfInstance) {
                        events.add(SimpleConditionEvent.satisfied(field,
                                field.getFullName() + " is a static instance of " + javaClass.getName()));
                    }
                }
            }
        };
    }
}
