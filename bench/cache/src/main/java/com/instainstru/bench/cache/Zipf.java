package com.instainstru.bench.cache;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Ranks 0..n-1 drawn with probability proportional to 1/(rank+1)^exponent (inverse CDF, binary search). */
final class Zipf {

    private final double[] cumulative;
    private final SplittableRandom random;

    Zipf(int n, double exponent, long seed) {
        cumulative = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < n; rank++) {
            cumulative[rank] /= sum;
        }
        random = new SplittableRandom(seed);
    }

    int next() {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
    }
}
