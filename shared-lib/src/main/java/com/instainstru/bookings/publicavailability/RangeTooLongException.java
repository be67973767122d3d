package com.instainstru.bookings.publicavailability;

import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ValidationException;
import java.util.List;

/** A 400 with its own code: the asked range spans more days than public availability answers. */
public class RangeTooLongException extends ValidationException {

    public RangeTooLongException(int maxDays) {
        super("The date range may span at most " + maxDays + " days",
                List.of(new FieldViolation("end_date", "max_range",
                        "end_date may be at most " + (maxDays - 1) + " days after start_date")));
    }

    @Override
    public String code() {
        return "RANGE_TOO_LONG";
    }
}
