package com.instainstru.local.schedule;

import java.time.Instant;

/**
 * An EventBridge schedule expression, {@code rate(...)} or {@code cron(...)}, evaluated in UTC at minute
 * resolution.
 */
public sealed interface ScheduleExpression permits RateExpression, CronExpression {

    /**
     * Parses an expression; a {@code rate()} fires at whole multiples of its period counted from the Unix epoch, so
     * {@code rate(1 hour)} fires on the hour and {@code rate(1 day)} at midnight UTC.
     *
     * @throws IllegalArgumentException naming the offending part when the expression is invalid
     */
    static ScheduleExpression parse(String expression) {
        return parse(expression, Instant.EPOCH);
    }

    /**
     * Parses an expression; a {@code rate()} fires at {@code rateAnchor} (floored to the minute) plus whole
     * multiples of its period, so passing the time the rule was created makes the first firing one period later,
     * as EventBridge does. {@code cron()} expressions ignore the anchor.
     *
     * @throws IllegalArgumentException naming the offending part when the expression is invalid
     */
    static ScheduleExpression parse(String expression, Instant rateAnchor) {
        if (expression == null) {
            throw new IllegalArgumentException("Invalid schedule expression: null");
        }
        String trimmed = expression.trim();
        try {
            if (trimmed.startsWith("rate(") && trimmed.endsWith(")")) {
                return RateExpression.parse(trimmed, rateAnchor);
            }
            if (trimmed.startsWith("cron(") && trimmed.endsWith(")")) {
                return CronExpression.parse(trimmed);
            }
            throw new IllegalArgumentException("expected rate(value unit) or cron(fields)");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid schedule expression '" + expression + "': " + e.getMessage(), e);
        }
    }

    /** The expression as written, without surrounding whitespace. */
    String expression();

    /**
     * The first firing strictly after {@code after}, at second 0 of a minute.
     *
     * @throws java.util.NoSuchElementException when a cron expression has no firing left (its years have passed)
     */
    Instant nextFireAfter(Instant after);
}
