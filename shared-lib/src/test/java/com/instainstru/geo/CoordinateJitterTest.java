package com.instainstru.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published stand-in of a private point: 25-50 m away, in any direction, never the point itself. */
class CoordinateJitterTest {

    private static final Coordinates STUDIO = new Coordinates(40.712776, -74.005974);
    private static final int SAMPLES = 20_000;

    private final CoordinateJitter jitter = new CoordinateJitter();

    @Test
    void everySampleIs25To50MetresAwayNeverEqualAndRoundedTo6Decimals() {
        double nearest = Double.MAX_VALUE;
        double farthest = 0;
        int[] quadrants = new int[4];
        for (int i = 0; i < SAMPLES; i++) {
            Coordinates approx = jitter.jitter(STUDIO);
            double meters = GreatCircle.distanceMeters(STUDIO, approx);

            assertThat(meters).isBetween(25.0, 50.0);
            assertThat(approx).isNotEqualTo(STUDIO);
            assertThat(BigDecimal.valueOf(approx.lat()).scale()).isLessThanOrEqualTo(6);
            assertThat(BigDecimal.valueOf(approx.lng()).scale()).isLessThanOrEqualTo(6);
            nearest = Math.min(nearest, meters);
            farthest = Math.max(farthest, meters);
            quadrants[(approx.lat() >= STUDIO.lat() ? 0 : 2) + (approx.lng() >= STUDIO.lng() ? 0 : 1)]++;
        }
        // the whole band is used, and every direction: a uniform bearing puts about a quarter in each quadrant
        assertThat(nearest).isLessThan(25.5);
        assertThat(farthest).isGreaterThan(49.5);
        for (int count : quadrants) {
            assertThat(count).isBetween(SAMPLES / 4 - SAMPLES / 20, SAMPLES / 4 + SAMPLES / 20);
        }
    }

    @Test
    void distancesAreUniformInTheBandNotBunchedAtOneEnd() {
        int[] fiveMetreBins = new int[5];
        for (int i = 0; i < SAMPLES; i++) {
            double meters = GreatCircle.distanceMeters(STUDIO, jitter.jitter(STUDIO));
            fiveMetreBins[Math.min(4, (int) ((meters - 25) / 5))]++;
        }
        for (int count : fiveMetreBins) {
            assertThat(count).isBetween(SAMPLES / 5 - SAMPLES / 25, SAMPLES / 5 + SAMPLES / 25);
        }
    }

    @Test
    void twoDrawsForTheSamePointDiffer() {
        List<Coordinates> draws = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            draws.add(jitter.jitter(STUDIO));
        }
        assertThat(draws).doesNotHaveDuplicates();
    }

    @Test
    void theSphericalOffsetAgreesWithTheHaversineDistance() {
        for (double bearing = 0; bearing < 2 * Math.PI; bearing += Math.PI / 8) {
            Coordinates moved = GreatCircle.destination(STUDIO, bearing, 37.5);
            assertThat(GreatCircle.distanceMeters(STUDIO, moved)).isCloseTo(37.5, org.assertj.core.data.Offset.offset(1e-6));
        }
        // due north by 111.195 km is one degree of latitude on this sphere
        assertThat(GreatCircle.destination(STUDIO, 0, Math.toRadians(1) * GreatCircle.EARTH_RADIUS_METERS).lat())
                .isCloseTo(STUDIO.lat() + 1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void worksAtTheEdgesOfTheMap() {
        for (Coordinates corner : List.of(new Coordinates(0, 179.99995), new Coordinates(0, -180),
                new Coordinates(89.9999, 0), new Coordinates(-89.9999, 10))) {
            for (int i = 0; i < 200; i++) {
                Coordinates approx = jitter.jitter(corner);
                assertThat(GreatCircle.distanceMeters(corner, approx)).isBetween(25.0, 50.0);
                assertThat(approx.lng()).isBetween(-180.0, 180.0);
            }
        }
    }
}
