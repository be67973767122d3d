package com.instainstru.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchCriteriaTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "q;   ;required", "lat;91;range", "lat;abc;number", "lat;40.3999;range", "lng;-74.3001;range",
        "lng;-73.5999;range", "max_price_cents;0;range", "max_price_cents;100001;range", "max_price_cents;12.5;integer",
        "audience;seniors;one_of", "skill;expert;one_of", "date;2026-02-30;date", "date;tomorrow;date",
        "limit;0;range", "limit;51;range", "page;0;range", "page;11;range", "page;-1;integer"})
    void eachBadValueIsA400NamingItsField(String field, String value, String rule) {
        String[] pairs = field.equals("lng") ? new String[] {"q", "piano", "lat", "40.78", field, value}
                : field.equals("lat") ? new String[] {"q", "piano", field, value, "lng", "-73.97"}
                : field.equals("q") ? new String[] {"q", value} : new String[] {"q", "piano", field, value};
        ValidationException error = catchThrowableOfType(ValidationException.class,
                () -> SearchCriteria.from(SearchTestKit.request(pairs)));
        assertThat(error.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, rule));
    }

    @Test
    void queryOfMoreThan500CharactersIsRefusedAnd500Pass() {
        assertThat(SearchCriteria.from(SearchTestKit.request("q", "a".repeat(500))).query()).hasSize(500);
        ValidationException error = catchThrowableOfType(ValidationException.class,
                () -> SearchCriteria.from(SearchTestKit.request("q", "a".repeat(501))));
        assertThat(error.violations().get(0).rule()).isEqualTo("max_length");
    }

    @Test
    void latitudeWithoutLongitudeIsRefused() {
        ValidationException error = catchThrowableOfType(ValidationException.class,
                () -> SearchCriteria.from(SearchTestKit.request("q", "piano", "lat", "40.78")));
        assertThat(error.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lng", "required_with"));
    }

    @Test
    void validValuesAtTheEdgesAndDefaults() {
        SearchCriteria criteria = SearchCriteria.from(SearchTestKit.request("q", " piano ", "lat", "40.4", "lng",
                "-73.6", "max_price_cents", "100000", "audience", "kids", "skill", "Advanced", "date", "2026-12-02",
                "limit", "50", "page", "10"));
        assertThat(criteria.query()).isEqualTo("piano");
        assertThat(criteria.point()).isEqualTo(new GeoPoint(40.4, -73.6));
        assertThat(criteria.maxPriceCents()).isEqualTo(100_000);
        assertThat(criteria.audience()).isEqualTo(Audience.KIDS);
        assertThat(criteria.skill()).isEqualTo(SkillLevel.ADVANCED);
        assertThat(criteria.date()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(criteria.limit()).isEqualTo(50);
        assertThat(criteria.page()).isEqualTo(10);

        SearchCriteria defaults = SearchCriteria.from(SearchTestKit.request("q", "piano", "limit", "1", "page", "1"));
        assertThat(defaults.limit()).isEqualTo(1);
        assertThat(SearchCriteria.from(SearchTestKit.request("q", "piano")).limit()).isEqualTo(20);
        assertThat(SearchCriteria.from(SearchTestKit.request("q", "piano")).page()).isEqualTo(1);
    }

    @Test
    void queryTermsSplitAlternativesAndDropFillerWords() {
        assertThat(QueryTerms.of("Piano lessons for kids")).containsExactly("piano kids");
        assertThat(QueryTerms.of("piano OR spanish")).containsExactly("piano", "spanish");
        assertThat(QueryTerms.of("guitar, violin / cello")).containsExactly("guitar", "violin", "cello");
        assertThat(QueryTerms.of("lessons near me")).isEmpty();
        assertThat(QueryTerms.of("Hip-Hop dance!")).containsExactly("hip-hop dance");
    }
}
