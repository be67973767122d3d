package com.instainstru.instructors.services.schema;

public record FormatPriceView(String format, int hourlyRateCents) {
}
