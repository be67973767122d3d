package com.instainstru.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchScorerTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "0.0, 1.0", "1.0, 1.0", "1.0001, 0.99999444", "5.5, 0.75", "10.0, 0.5", "10.0001, 0.4999985",
        "20.0, 0.35", "30.0, 0.2", "30.5, 0.2", "100, 0.2"})
    void distanceBreakpoints(double km, double expected) {
        assertThat(SearchScorer.distance(km)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void unknownDistanceIsSeventyPercent() {
        assertThat(SearchScorer.distance(null)).isEqualTo(0.7);
    }

    @ParameterizedTest
    @CsvSource({
        "7000, 10000, 1.0", "6999, 10000, 1.0", "7001, 10000, 0.9999", "8500, 10000, 0.85", "10000, 10000, 0.7",
        "10001, 10000, 0.5", "30000, 10000, 0.5"})
    void priceBreakpoints(int price, int max, double expected) {
        assertThat(SearchScorer.price(price, max)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void noBudgetIsSeventyPercent() {
        assertThat(SearchScorer.price(12_345, null)).isEqualTo(0.7);
    }

    @ParameterizedTest
    @CsvSource({
        "PT0S, 1.0", "PT24H, 1.0", "PT24H1S, 0.9", "P7D, 0.9", "PT168H1S, 0.7", "P30D, 0.7", "PT720H1S, 0.5",
        "P90D, 0.5", "PT2160H1S, 0.3", "P400D, 0.3"})
    void freshnessBreakpoints(Duration ago, double expected) {
        assertThat(SearchScorer.freshness(NOW.minus(ago), NOW)).isEqualTo(expected);
    }

    @Test
    void neverActiveIsHalf() {
        assertThat(SearchScorer.freshness(null, NOW)).isEqualTo(0.5);
    }

    @Test
    void completenessCountsFifthsAndResponseRateMustExceedEighty() {
        assertThat(SearchScorer.completeness(false, false, false, false, null)).isEqualTo(0.0);
        assertThat(SearchScorer.completeness(true, false, false, false, 80.0)).isCloseTo(0.2, within(1e-9));
        assertThat(SearchScorer.completeness(true, true, false, false, 80.01)).isCloseTo(0.6, within(1e-9));
        assertThat(SearchScorer.completeness(true, true, true, true, 100.0)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void qualityIsTheBayesianAverageOverFive() {
        // (4.8 * 20 + 4.0 * 5) / 25 / 5 = (96 + 20) / 125 = 0.928
        assertThat(SearchScorer.quality(4.8, 20, 4.0)).isCloseTo(0.928, within(1e-9));
        // one 1-star review: (1 + 20) / 6 / 5 = 0.7
        assertThat(SearchScorer.quality(1.0, 1, 4.0)).isCloseTo(0.7, within(1e-9));
        // no reviews: C / 5
        assertThat(SearchScorer.quality(null, 0, 4.0)).isCloseTo(0.8, within(1e-9));
        assertThat(SearchScorer.quality(null, 0, 4.5)).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void skillBoostExactAdjacentOrNone() {
        Set<SkillLevel> beginnerOnly = EnumSet.of(SkillLevel.BEGINNER);
        assertThat(SearchScorer.skillBoost(SkillLevel.BEGINNER, beginnerOnly)).isEqualTo(0.05);
        assertThat(SearchScorer.skillBoost(SkillLevel.INTERMEDIATE, beginnerOnly)).isEqualTo(0.02);
        assertThat(SearchScorer.skillBoost(SkillLevel.ADVANCED, beginnerOnly)).isEqualTo(0.0);
        assertThat(SearchScorer.skillBoost(SkillLevel.BEGINNER, EnumSet.of(SkillLevel.INTERMEDIATE))).isEqualTo(0.02);
        assertThat(SearchScorer.skillBoost(null, beginnerOnly)).isEqualTo(0.0);
    }

    @Test
    void weightsBoostsAndFoundingMultiplier() {
        ScoringInput input = new ScoringInput(0.8, 4.6, 10, 5.5, 6_000, 10_000, NOW.minus(Duration.ofDays(3)),
                true, true, true, false, 85.0, true, true, SkillLevel.INTERMEDIATE,
                EnumSet.of(SkillLevel.BEGINNER), false);
        // quality (46 + 20) / 15 / 5 = 0.88; distance 0.75; price 1.0; freshness 0.9; completeness 0.8
        // 0.35*0.8 + 0.25*0.88 + 0.15*0.75 + 0.1*1 + 0.1*0.9 + 0.05*0.8 + 0.10 audience + 0.02 adjacent skill
        //   = 0.28 + 0.22 + 0.1125 + 0.1 + 0.09 + 0.04 + 0.12 = 0.9625
        ScoreBreakdown plain = SearchScorer.score(input, 4.0, NOW);
        assertThat(plain.score()).isCloseTo(0.9625, within(1e-4));
        assertThat(plain.audienceBoost()).isEqualTo(0.10);
        assertThat(plain.skillBoost()).isEqualTo(0.02);

        ScoringInput founding = new ScoringInput(0.8, 4.6, 10, 5.5, 6_000, 10_000, NOW.minus(Duration.ofDays(3)),
                true, true, true, false, 85.0, true, true, SkillLevel.INTERMEDIATE,
                EnumSet.of(SkillLevel.BEGINNER), true);
        assertThat(SearchScorer.score(founding, 4.0, NOW).score()).isCloseTo(0.9625 * 1.5, within(1e-4));

        ScoringInput noAudienceMatch = new ScoringInput(0.8, 4.6, 10, 5.5, 6_000, 10_000,
                NOW.minus(Duration.ofDays(3)), true, true, true, false, 85.0, true, false, null, Set.of(), false);
        // without the audience (0.10) and skill (0.02) boosts
        assertThat(SearchScorer.score(noAudienceMatch, 4.0, NOW).score()).isCloseTo(0.8425, within(1e-4));
    }
}
