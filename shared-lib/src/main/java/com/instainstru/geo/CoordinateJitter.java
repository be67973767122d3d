package com.instainstru.geo;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * The public stand-in for a private point: 25-50 m away in a uniformly random direction, at a uniformly
 * random distance, from a cryptographically strong source so that nobody can predict the offset and undo
 * it. Rounded to 6 decimals (about 0.1 m); a rounded result that falls outside the band is drawn again, so
 * the published point is always 25-50 m from the real one and never equal to it.
 *
 * <p>Callers must keep the published point for as long as the real one does not change: drawing again for
 * the same point would let anyone average the answers back to it.
 */
@ApplicationScoped
public class CoordinateJitter {

    public static final double MIN_METERS = 25;
    public static final double MAX_METERS = 50;

    private final SecureRandom random = new SecureRandom();

    public Coordinates jitter(Coordinates exact) {
        while (true) {
            double bearing = random.nextDouble() * 2 * Math.PI;
            double meters = MIN_METERS + random.nextDouble() * (MAX_METERS - MIN_METERS);
            Coordinates moved = GreatCircle.destination(exact, bearing, meters);
            Coordinates rounded = new Coordinates(round6(moved.lat()), round6(moved.lng()));
            double distance = GreatCircle.distanceMeters(exact, rounded);
            if (distance >= MIN_METERS && distance <= MAX_METERS && !rounded.equals(exact)) {
                return rounded;
            }
        }
    }

    static double round6(double degrees) {
        return Math.round(degrees * 1_000_000d) / 1_000_000d;
    }
}
