package com.instainstru.local.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateExpressionTest {

    private static final Instant SATURDAY_MORNING = Instant.parse("2026-11-28T09:00:12Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            rate(1 minute)   | 2026-11-28T09:01:00Z
            rate(5 minutes)  | 2026-11-28T09:05:00Z
            rate(1 hour)     | 2026-11-28T10:00:00Z
            rate(2 hours)    | 2026-11-28T10:00:00Z
            rate(1 day)      | 2026-11-29T00:00:00Z
            # 1 January 1970 was a Thursday
            rate(7 days)     | 2026-12-03T00:00:00Z
            """)
    void firesOnMultiplesOfThePeriodSinceTheEpochByDefault(String expression, String expected) {
        assertThat(ScheduleExpression.parse(expression).nextFireAfter(SATURDAY_MORNING)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void nextFireIsStrictlyAfter() {
        ScheduleExpression everyMinute = ScheduleExpression.parse("rate(1 minute)");

        assertThat(everyMinute.nextFireAfter(Instant.parse("2026-11-28T09:01:00Z")))
                .isEqualTo(Instant.parse("2026-11-28T09:02:00Z"));
        assertThat(everyMinute.nextFireAfter(Instant.parse("2026-11-28T09:01:59.999Z")))
                .isEqualTo(Instant.parse("2026-11-28T09:02:00Z"));
    }

    @Test
    void anchorFlooredToTheMinuteSetsThePhase() {
        Instant created = Instant.parse("2026-11-28T08:58:40Z");
        ScheduleExpression everyFive = ScheduleExpression.parse("rate(5 minutes)", created);

        assertThat(everyFive.nextFireAfter(created)).isEqualTo(Instant.parse("2026-11-28T09:03:00Z"));
        assertThat(everyFive.nextFireAfter(SATURDAY_MORNING)).isEqualTo(Instant.parse("2026-11-28T09:03:00Z"));
        assertThat(everyFive.nextFireAfter(Instant.parse("2026-11-28T09:03:00Z")))
                .isEqualTo(Instant.parse("2026-11-28T09:08:00Z"));
    }

    @Test
    void timesBeforeTheAnchorFollowTheSamePhase() {
        ScheduleExpression hourly = ScheduleExpression.parse("rate(1 hour)", Instant.parse("2026-11-28T09:30:00Z"));

        assertThat(hourly.nextFireAfter(Instant.parse("2026-11-28T08:00:00Z"))).isEqualTo(Instant.parse("2026-11-28T08:30:00Z"));
    }

    @Test
    void cronIgnoresTheAnchor() {
        ScheduleExpression daily = ScheduleExpression.parse("cron(0 10 * * ? *)", Instant.parse("2026-11-28T09:30:00Z"));

        assertThat(daily.nextFireAfter(SATURDAY_MORNING)).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
    }

    @Test
    void keepsTheExpressionAsWritten() {
        assertThat(ScheduleExpression.parse("rate(5 minutes)").expression()).isEqualTo("rate(5 minutes)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            rate(5 minute)    | the rate unit must be 'minutes' when the value is 5
            rate(1 minutes)   | the rate unit must be 'minute' when the value is 1
            rate(2 day)       | the rate unit must be 'days' when the value is 2
            rate(1 hours)     | the rate unit must be 'hour' when the value is 1
            rate(0 minutes)   | the rate value must be a positive whole number, got '0'
            rate(-5 minutes)  | the rate value must be a positive whole number, got '-5'
            rate(1.5 hours)   | the rate value must be a positive whole number, got '1.5'
            rate(5 weeks)     | the rate unit must be minute(s), hour(s) or day(s), got 'weeks'
            rate(5 Minutes)   | the rate unit must be minute(s), hour(s) or day(s), got 'Minutes'
            rate(5)           | a rate is 'rate(value unit)'
            rate()            | a rate is 'rate(value unit)'
            rate(5 minutes 1) | a rate is 'rate(value unit)'
            """)
    void rejectsInvalidRates(String expression, String message) {
        assertThatThrownBy(() -> ScheduleExpression.parse(expression))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid schedule expression '" + expression + "': " + message
                        + (message.startsWith("a rate") ? ", such as rate(5 minutes)" : ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"every 5 minutes", "RATE(5 minutes)", "rate 5 minutes", ""})
    void rejectsWhatIsNeitherRateNorCron(String expression) {
        assertThatThrownBy(() -> ScheduleExpression.parse(expression))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected rate(value unit) or cron(fields)");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> ScheduleExpression.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
