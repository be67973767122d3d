package com.instainstru.availability;

import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.validation.FieldRules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Request date checks shared by the week operations. */
final class WeekDates {

    private WeekDates() {
    }

    static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of(field, "required", field + " is required");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "date", field + " must be a date YYYY-MM-DD");
        }
    }

    static FieldRules monday(FieldRules rules, String field, LocalDate date) {
        rules.required(field, date);
        return rules.rule(date == null || date.getDayOfWeek() == DayOfWeek.MONDAY, field, "monday",
                field + " must be a Monday");
    }
}
