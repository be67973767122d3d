package com.instainstru.instructors.services;

import java.util.List;

/** The validated, writable part of an offering. */
public record OfferingTerms(String description, String requirements, List<Integer> durationOptions,
        List<String> ageGroups, List<String> skillLevels, List<FormatPrice> prices) {

    public boolean offers(LessonFormat format) {
        return prices.stream().anyMatch(p -> p.format() == format);
    }
}
