package com.instainstru.search;

import java.time.Duration;
import java.time.Instant;

/**
 * The ranking of reference §22, as a pure function of one candidate:
 *
 * <pre>
 * score = 0.35 relevance + 0.25 quality + 0.15 distance + 0.10 price + 0.10 freshness + 0.05 completeness
 *       + audience boost (0.10 when an audience was asked for and the service teaches it)
 *       + skill boost (0.05 when the asked level is taught, else 0.02 when an adjacent level is taught;
 *                      with three levels every adjacency goes through intermediate)
 * founding instructors: final score x 1.5
 *
 * relevance    the text match of the matched service, 0..1
 * quality      Bayesian average (R v + C 5) / (v + 5) / 5; R the instructor's average over v reviews, C the
 *              global mean; no reviews gives C / 5
 * distance     km from the searched point to the nearest service area: <= 1 km 1.0, linear to 0.5 at 10 km,
 *              linear to 0.2 at 30 km, 0.2 beyond; no point searched (or no areas) 0.7
 * price        the matched service's cheapest hourly rate against max price: ratio <= 0.7 1.0, linear 1.0 to
 *              0.7 up to ratio 1.0, over budget 0.5; no budget 0.7
 * freshness    time since last activity: <= 1 d 1.0, <= 7 d 0.9, <= 30 d 0.7, <= 90 d 0.5, older 0.3,
 *              never recorded 0.5
 * completeness 0.2 each for a photo, a bio, background check passed, identity verified, response rate > 80 %
 * </pre>
 */
public final class SearchScorer {

    public static final double W_RELEVANCE = 0.35;
    public static final double W_QUALITY = 0.25;
    public static final double W_DISTANCE = 0.15;
    public static final double W_PRICE = 0.10;
    public static final double W_FRESHNESS = 0.10;
    public static final double W_COMPLETENESS = 0.05;
    public static final double AUDIENCE_BOOST = 0.10;
    public static final double SKILL_EXACT_BOOST = 0.05;
    public static final double SKILL_ADJACENT_BOOST = 0.02;
    public static final double FOUNDING_MULTIPLIER = 1.5;
    /** The Bayesian prior's weight, in reviews. */
    public static final int PRIOR_REVIEWS = 5;

    private SearchScorer() {
    }

    public static ScoreBreakdown score(ScoringInput in, double globalMeanRating, Instant now) {
        double relevance = clamp01(in.relevance());
        double quality = quality(in.ratingAverage(), in.reviewCount(), globalMeanRating);
        double distance = distance(in.distanceKm());
        double price = price(in.priceCents(), in.maxPriceCents());
        double freshness = freshness(in.lastActiveAt(), now);
        double completeness = completeness(in.hasPhoto(), in.hasBio(), in.backgroundCheckPassed(),
                in.identityVerified(), in.responseRatePct());
        double audienceBoost = in.audienceRequested() && in.audienceMatched() ? AUDIENCE_BOOST : 0.0;
        double skillBoost = skillBoost(in.skillRequested(), in.skillLevelsTaught());
        double base = W_RELEVANCE * relevance + W_QUALITY * quality + W_DISTANCE * distance + W_PRICE * price
                + W_FRESHNESS * freshness + W_COMPLETENESS * completeness + audienceBoost + skillBoost;
        double multiplier = in.founding() ? FOUNDING_MULTIPLIER : 1.0;
        return new ScoreBreakdown(round4(base * multiplier), round4(relevance), round4(quality), round4(distance),
                round4(price), round4(freshness), round4(completeness), audienceBoost, skillBoost, multiplier);
    }

    /** (R v + C 5) / (v + 5) / 5; without reviews C / 5. */
    public static double quality(Double ratingAverage, int reviewCount, double globalMean) {
        if (ratingAverage == null || reviewCount <= 0) {
            return globalMean / 5.0;
        }
        return (ratingAverage * reviewCount + globalMean * PRIOR_REVIEWS) / (reviewCount + PRIOR_REVIEWS) / 5.0;
    }

    public static double distance(Double km) {
        if (km == null) {
            return 0.7;
        }
        if (km <= 1.0) {
            return 1.0;
        }
        if (km <= 10.0) {
            return 1.0 - 0.5 * (km - 1.0) / 9.0;
        }
        if (km <= 30.0) {
            return 0.5 - 0.3 * (km - 10.0) / 20.0;
        }
        return 0.2;
    }

    public static double price(int priceCents, Integer maxPriceCents) {
        if (maxPriceCents == null) {
            return 0.7;
        }
        double ratio = (double) priceCents / maxPriceCents;
        if (ratio <= 0.7) {
            return 1.0;
        }
        if (ratio <= 1.0) {
            return 1.0 - 0.3 * (ratio - 0.7) / 0.3;
        }
        return 0.5;
    }

    public static double freshness(Instant lastActiveAt, Instant now) {
        if (lastActiveAt == null) {
            return 0.5;
        }
        Duration since = Duration.between(lastActiveAt, now);
        if (since.compareTo(Duration.ofDays(1)) <= 0) {
            return 1.0;
        }
        if (since.compareTo(Duration.ofDays(7)) <= 0) {
            return 0.9;
        }
        if (since.compareTo(Duration.ofDays(30)) <= 0) {
            return 0.7;
        }
        if (since.compareTo(Duration.ofDays(90)) <= 0) {
            return 0.5;
        }
        return 0.3;
    }

    public static double completeness(boolean photo, boolean bio, boolean backgroundCheckPassed,
            boolean identityVerified, Double responseRatePct) {
        int parts = (photo ? 1 : 0) + (bio ? 1 : 0) + (backgroundCheckPassed ? 1 : 0) + (identityVerified ? 1 : 0)
                + (responseRatePct != null && responseRatePct > 80.0 ? 1 : 0);
        return parts * 0.2;
    }

    public static double skillBoost(SkillLevel requested, java.util.Set<SkillLevel> taught) {
        if (requested == null || taught == null || taught.isEmpty()) {
            return 0.0;
        }
        if (taught.contains(requested)) {
            return SKILL_EXACT_BOOST;
        }
        for (SkillLevel level : taught) {
            if (Math.abs(level.ordinal() - requested.ordinal()) == 1) {
                return SKILL_ADJACENT_BOOST;
            }
        }
        return 0.0;
    }

    private static double clamp01(double value) {
        return Math.max(0.0, Math.min(1.0, value));
    }

    private static double round4(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
