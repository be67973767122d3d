package com.instainstru.local.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronExpressionTest {

    /** Saturday 28 November 2026, 09:00:12 UTC. */
    private static final String SATURDAY_MORNING = "2026-11-28T09:00:12Z";

    @ParameterizedTest(name = "{0} after {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # The examples of the EventBridge documentation
            cron(0 10 * * ? *)          | 2026-11-28T09:00:12Z | 2026-11-28T10:00:00Z
            cron(0 10 * * ? *)          | 2026-11-28T10:00:00Z | 2026-11-29T10:00:00Z
            cron(15 12 * * ? *)         | 2026-11-28T09:00:12Z | 2026-11-28T12:15:00Z
            cron(15 12 * * ? *)         | 2026-11-28T12:15:30Z | 2026-11-29T12:15:00Z
            cron(0 18 ? * MON-FRI *)    | 2026-11-28T09:00:12Z | 2026-11-30T18:00:00Z
            cron(0 18 ? * MON-FRI *)    | 2026-11-27T17:59:59Z | 2026-11-27T18:00:00Z
            cron(0 8 1 * ? *)           | 2026-11-28T09:00:12Z | 2026-12-01T08:00:00Z
            cron(0/15 * * * ? *)        | 2026-11-28T09:00:12Z | 2026-11-28T09:15:00Z
            cron(0/15 * * * ? *)        | 2026-11-28T09:59:00Z | 2026-11-28T10:00:00Z
            cron(0/10 * ? * MON-FRI *)  | 2026-11-28T09:00:12Z | 2026-11-30T00:00:00Z
            cron(0/10 * ? * MON-FRI *)  | 2026-11-30T00:00:00Z | 2026-11-30T00:10:00Z
            cron(0/5 8-17 ? * MON-FRI *) | 2026-11-30T07:00:00Z | 2026-11-30T08:00:00Z
            cron(0/5 8-17 ? * MON-FRI *) | 2026-11-30T08:03:00Z | 2026-11-30T08:05:00Z
            cron(0/5 8-17 ? * MON-FRI *) | 2026-11-30T17:55:00Z | 2026-12-01T08:00:00Z
            cron(0 9 ? * 2#1 *)         | 2026-11-28T09:00:12Z | 2026-12-07T09:00:00Z
            cron(0 9 ? * 2#1 *)         | 2026-12-07T09:00:00Z | 2027-01-04T09:00:00Z
            # L: last day of the month, leap years included
            cron(0 12 L * ? *)          | 2026-11-28T09:00:12Z | 2026-11-30T12:00:00Z
            cron(0 12 L * ? *)          | 2027-02-01T00:00:00Z | 2027-02-28T12:00:00Z
            cron(0 12 L * ? *)          | 2028-02-01T00:00:00Z | 2028-02-29T12:00:00Z
            # W: nearest weekday within the month; LW: last weekday
            cron(0 9 15W * ? *)         | 2026-11-01T00:00:00Z | 2026-11-16T09:00:00Z
            cron(0 9 15W * ? *)         | 2026-08-01T00:00:00Z | 2026-08-14T09:00:00Z
            cron(0 9 15W * ? *)         | 2026-12-01T00:00:00Z | 2026-12-15T09:00:00Z
            cron(0 9 1W * ? *)          | 2026-07-31T12:00:00Z | 2026-08-03T09:00:00Z
            cron(0 9 31W * ? *)         | 2027-01-01T00:00:00Z | 2027-01-29T09:00:00Z
            cron(0 9 31W * ? *)         | 2026-11-01T00:00:00Z | 2026-12-31T09:00:00Z
            cron(0 12 LW * ? *)         | 2026-10-01T00:00:00Z | 2026-10-30T12:00:00Z
            cron(0 12 LW * ? *)         | 2027-01-01T00:00:00Z | 2027-01-29T12:00:00Z
            cron(0 12 LW * ? *)         | 2026-11-01T00:00:00Z | 2026-11-30T12:00:00Z
            # Day-of-week L, nL and #
            cron(0 9 ? * L *)           | 2026-11-28T09:00:12Z | 2026-12-05T09:00:00Z
            cron(0 9 ? * 5L *)          | 2026-11-01T00:00:00Z | 2026-11-26T09:00:00Z
            cron(0 9 ? * 5L *)          | 2026-11-28T09:00:12Z | 2026-12-31T09:00:00Z
            cron(0 9 ? * THUL *)        | 2026-11-28T09:00:12Z | 2026-12-31T09:00:00Z
            cron(0 9 ? * 3#2 *)         | 2026-11-28T09:00:12Z | 2026-12-08T09:00:00Z
            cron(0 9 ? * 6#5 *)         | 2026-11-28T09:00:12Z | 2027-01-29T09:00:00Z
            cron(0 9 ? * FRI#5,2#1 *)   | 2026-11-28T09:00:12Z | 2026-12-07T09:00:00Z
            # Feb 29 only exists in leap years
            cron(0 0 29 2 ? *)          | 2026-01-01T00:00:00Z | 2028-02-29T00:00:00Z
            cron(0 0 29 FEB ? *)        | 2028-02-29T00:00:00Z | 2032-02-29T00:00:00Z
            # Names, lists, ranges, increments and years
            cron(30 6 ? JAN,jul MON *)  | 2026-11-28T09:00:12Z | 2027-01-04T06:30:00Z
            cron(0 8,12,18 * * ? *)     | 2026-11-28T12:00:00Z | 2026-11-28T18:00:00Z
            cron(0 0 1 1/3 ? *)         | 2026-11-28T09:00:12Z | 2027-01-01T00:00:00Z
            cron(0 0 1 */6 ? *)         | 2026-11-28T09:00:12Z | 2027-01-01T00:00:00Z
            cron(10-20/5 * * * ? *)     | 2026-11-28T09:15:00Z | 2026-11-28T09:20:00Z
            cron(10-20/5 * * * ? *)     | 2026-11-28T09:20:00Z | 2026-11-28T10:10:00Z
            cron(0 0 1 1 ? 2030-2031)   | 2026-11-28T09:00:12Z | 2030-01-01T00:00:00Z
            cron(0 0 ? * SUN-TUE *)     | 2026-11-28T09:00:12Z | 2026-11-29T00:00:00Z
            cron(59 23 31 12 ? 2199)    | 2026-11-28T09:00:12Z | 2199-12-31T23:59:00Z
            """)
    void nextFire(String expression, String after, String expected) {
        assertThat(ScheduleExpression.parse(expression).nextFireAfter(Instant.parse(after)))
                .isEqualTo(Instant.parse(expected));
    }

    @Test
    void firesOnTheMinuteInSequence() {
        ScheduleExpression every15 = ScheduleExpression.parse("cron(0/15 * * * ? *)");
        List<Instant> fires = new ArrayList<>();
        Instant time = Instant.parse(SATURDAY_MORNING);
        for (int i = 0; i < 5; i++) {
            time = every15.nextFireAfter(time);
            fires.add(time);
        }

        assertThat(fires).extracting(Instant::toString).containsExactly(
                "2026-11-28T09:15:00Z", "2026-11-28T09:30:00Z", "2026-11-28T09:45:00Z",
                "2026-11-28T10:00:00Z", "2026-11-28T10:15:00Z");
    }

    @Test
    void expressionWithoutFutureFiringsSaysSo() {
        ScheduleExpression past = ScheduleExpression.parse("cron(0 0 1 1 ? 2020)");

        assertThat(past.nextFireAfter(Instant.parse("2019-06-01T00:00:00Z"))).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThatThrownBy(() -> past.nextFireAfter(Instant.parse(SATURDAY_MORNING)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 0 30 2 ? *)").nextFireAfter(Instant.parse(SATURDAY_MORNING)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void keepsTheExpressionAsWritten() {
        assertThat(ScheduleExpression.parse("cron(0 10 * * ? *)").expression()).isEqualTo("cron(0 10 * * ? *)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            cron(0 10 * * * *)          | one of Day-of-month ('*') and Day-of-week ('*') must be '?'
            cron(0 10 1 * MON *)        | one of Day-of-month ('1') and Day-of-week ('MON') must be '?'
            cron(0 10 ? * ? *)          | Day-of-month and Day-of-week cannot both be '?'
            cron(0 10 * * ?)            | a cron expression has 6 fields
            cron(0 10 * * ? * *)        | got 7
            cron()                      | got 0
            cron(60 10 * * ? *)         | Minutes field '60': 60 is outside 0-59
            cron(0 24 * * ? *)          | Hours field '24': 24 is outside 0-23
            cron(0 10 0 * ? *)          | Day-of-month field '0': 0 is outside 1-31
            cron(0 10 17-5 * ? *)       | Day-of-month field '17-5': range 17-5 runs backwards
            cron(0 10 5L * ? *)         | Day-of-month field '5L'
            cron(0 10 32W * ? *)        | Day-of-month field '32W'
            cron(0 10 * 13 ? *)         | Month field '13': 13 is outside 1-12
            cron(0 10 * JAN-FOO ? *)    | Month field 'JAN-FOO': 'FOO' is not a valid value or name
            cron(0 10 ? * MON-XYZ *)    | Day-of-week field 'MON-XYZ'
            cron(0 10 ? * 8 *)          | Day-of-week field '8': 8 is outside 1-7
            cron(0 10 ? * 3#6 *)        | Day-of-week field '3#6': a month has at most 5 of each weekday
            cron(0 10 ? * 3#0 *)        | Day-of-week field '3#0'
            cron(0 10 ? * 15W *)        | Day-of-week field '15W'
            cron(0 10 * * ? 1969)       | Year field '1969': 1969 is outside 1970-2199
            cron(0 10 * * ? 2200)       | Year field '2200'
            cron(*/0 * * * ? *)         | Minutes field '*/0': the increment must be a positive number
            cron(0/61 * * * ? *)        | Minutes field '0/61': increment 61 is larger
            cron(0,,5 * * * ? *)        | Minutes field '0,,5': empty list element
            cron(a * * * ? *)           | Minutes field 'a'
            cron(-5 * * * ? *)          | Minutes field '-5'
            cron(0 10 ? * L-2 *)        | Day-of-week field 'L-2'
            cron 0 10 * * ? *           | expected rate(value unit) or cron(fields)
            """)
    void rejectsInvalidExpressionsNamingTheField(String expression, String message) {
        assertThatThrownBy(() -> ScheduleExpression.parse(expression))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid schedule expression '" + expression + "': ")
                .hasMessageContaining(message);
    }
}
