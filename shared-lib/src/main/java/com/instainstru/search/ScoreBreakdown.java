package com.instainstru.search;

/**
 * A candidate's final score and its parts (each component 0..1 before its weight, the boosts as added,
 * the founding multiplier as applied), so that clients and tests can see why an instructor ranks where.
 */
public record ScoreBreakdown(
        double score,
        double relevance,
        double quality,
        double distance,
        double price,
        double freshness,
        double completeness,
        double audienceBoost,
        double skillBoost,
        double foundingMultiplier) {
}
