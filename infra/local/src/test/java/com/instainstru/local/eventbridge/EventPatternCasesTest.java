package com.instainstru.local.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the shared pattern table on {@link EventPattern}. */
class EventPatternCasesTest {

    static Stream<PatternCase> cases() {
        return PatternCase.load().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesAsAwsDocuments(PatternCase c) {
        assertThat(EventPattern.of(c.pattern()).matches(c.event()))
                .as("%s%n pattern %s%n event   %s", c.name(), c.pattern(), c.event())
                .isEqualTo(c.expected());
    }

    @Test
    void tableCoversEveryOperatorBothWays() {
        List<PatternCase> cases = PatternCase.load();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        for (String operator : List.of("\"prefix\"", "\"suffix\"", "\"equals-ignore-case\"", "\"anything-but\"",
                "\"exists\"", "\"numeric\"", "\"cidr\"", "\"wildcard\"", "\"$or\"", "null", "\"\"")) {
            assertThat(cases).as("cases using %s", operator)
                    .filteredOn(c -> c.pattern().toString().contains(operator))
                    .extracting(PatternCase::expected)
                    .contains(true, false);
        }
    }
}
