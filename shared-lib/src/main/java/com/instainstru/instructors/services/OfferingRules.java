package com.instainstru.instructors.services;

import com.instainstru.catalog.AgeGroups;
import com.instainstru.catalog.CatalogEntry;
import com.instainstru.instructors.services.LessonPricing.FloorViolation;
import com.instainstru.instructors.services.schema.FormatPriceRequest;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.validation.FieldRules;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of an offering (reference §7). {@link #shape} reports malformed fields together as a 400;
 * {@link #againstCatalog} then checks the offer against its catalog service, one 422 with its own code.
 */
final class OfferingRules {

    static final int MIN_DURATION = 15;
    static final int MAX_DURATION = 720;
    static final int DURATION_STEP = 15;
    static final int MAX_RATE_CENTS = 100_000;
    static final int TEXT_MAX = 2000;

    private OfferingRules() {
    }

    /** Field shapes; returns the parsed prices (duplicates kept, for {@link #againstCatalog} to refuse). */
    static List<FormatPrice> shape(FieldRules rules, String description, String requirements,
            List<Integer> durations, List<String> ageGroups, List<String> skillLevels,
            List<FormatPriceRequest> formatPrices) {
        rules.optionalText("description", description, TEXT_MAX);
        rules.optionalText("requirements", requirements, TEXT_MAX);
        durations(rules, durations);
        if (ageGroups == null || ageGroups.isEmpty()) {
            rules.rule(false, "ageGroups", "required", "ageGroups must name at least one age group");
        } else {
            rules.rule(ageGroups.stream().allMatch(AgeGroups::isKnown), "ageGroups", "one_of",
                    "ageGroups may contain only " + String.join(", ", AgeGroups.ALL));
            rules.rule(new HashSet<>(ageGroups).size() == ageGroups.size(), "ageGroups", "duplicate",
                    "ageGroups must not repeat a group");
        }
        if (skillLevels != null) {
            rules.rule(!skillLevels.isEmpty(), "skillLevels", "required",
                    "skillLevels must name at least one level (or be left out for all)");
            rules.rule(skillLevels.stream().allMatch(SkillLevels.ALL::contains), "skillLevels", "one_of",
                    "skillLevels may contain only " + String.join(", ", SkillLevels.ALL));
            rules.rule(new HashSet<>(skillLevels).size() == skillLevels.size(), "skillLevels", "duplicate",
                    "skillLevels must not repeat a level");
        }
        if (formatPrices == null) {
            return List.of();
        }
        for (int i = 0; i < formatPrices.size(); i++) {
            FormatPriceRequest price = formatPrices.get(i);
            String field = "formatPrices[" + i + "]";
            if (price == null) {
                rules.rule(false, field, "required", field + " must not be null");
                continue;
            }
            rules.rule(LessonFormat.parse(price.format()).isPresent(), field + ".format", "one_of",
                    "format must be one of student_location, instructor_location, online");
            Integer rate = price.hourlyRateCents();
            rules.rule(rate != null && rate > 0 && rate <= MAX_RATE_CENTS, field + ".hourlyRateCents", "range",
                    "hourlyRateCents must be between 1 and " + MAX_RATE_CENTS + " ($1000/h)");
        }
        if (rules.hasViolations()) {
            return List.of();
        }
        return formatPrices.stream()
                .map(p -> new FormatPrice(LessonFormat.parse(p.format()).orElseThrow(), p.hourlyRateCents())).toList();
    }

    private static void durations(FieldRules rules, List<Integer> durations) {
        if (durations == null || durations.isEmpty()) {
            rules.rule(false, "durationOptions", "required", "durationOptions must offer at least one duration");
            return;
        }
        rules.rule(durations.stream().allMatch(d -> d != null && d >= MIN_DURATION && d <= MAX_DURATION),
                "durationOptions", "range",
                "each duration must be between " + MIN_DURATION + " and " + MAX_DURATION + " minutes");
        rules.rule(durations.stream().allMatch(d -> d == null || d % DURATION_STEP == 0), "durationOptions", "step",
                "each duration must be a multiple of " + DURATION_STEP + " minutes");
        rules.rule(new HashSet<>(durations).size() == durations.size(), "durationOptions", "duplicate",
                "durationOptions must not repeat a duration");
    }

    /** The offer against its catalog service; the first broken rule is a 422 with its code. */
    static void againstCatalog(CatalogEntry service, List<String> ageGroups, List<FormatPrice> prices,
            List<Integer> durations) {
        if (prices.isEmpty()) {
            throw new BusinessRuleException("NO_LOCATION_OPTIONS",
                    "Offer at least one lesson format (student_location, instructor_location or online) with a price");
        }
        Set<LessonFormat> seen = new HashSet<>();
        for (FormatPrice price : prices) {
            if (!seen.add(price.format())) {
                throw new BusinessRuleException("DUPLICATE_FORMAT_PRICE",
                        "The format " + price.format().value() + " has more than one price; give each format one rate");
            }
        }
        if (seen.contains(LessonFormat.ONLINE) && !service.onlineCapable()) {
            throw new BusinessRuleException("ONLINE_NOT_SUPPORTED", service.name() + " cannot be taught online");
        }
        Set<String> notEligible = new LinkedHashSet<>(ageGroups);
        notEligible.removeAll(service.eligibleAgeGroups());
        if (!notEligible.isEmpty()) {
            throw new BusinessRuleException("AGE_GROUP_NOT_ELIGIBLE", service.name() + " is not offered to "
                    + String.join(", ", notEligible) + "; eligible: " + String.join(", ", service.eligibleAgeGroups()));
        }
        List<FloorViolation> low = LessonPricing.belowFloor(service, prices, durations);
        if (!low.isEmpty()) {
            throw new BusinessRuleException("PRICE_BELOW_FLOOR",
                    "Price below the minimum: " + low.get(0).describe()
                            + (low.size() > 1 ? " (and " + (low.size() - 1) + " more)" : ""),
                    Map.of("violations", low));
        }
    }

    static List<String> ordered(List<String> values, List<String> vocabulary) {
        Set<String> chosen = values.stream().collect(Collectors.toSet());
        return vocabulary.stream().filter(chosen::contains).toList();
    }
}
