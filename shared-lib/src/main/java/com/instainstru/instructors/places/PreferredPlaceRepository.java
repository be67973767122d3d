package com.instainstru.instructors.places;

import com.instainstru.geo.Coordinates;
import com.instainstru.instructors.places.schema.PublicPlaceResponse;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class PreferredPlaceRepository {

    private static final String ORDER = " ORDER BY kind DESC, position";

    private final Jdbc jdbc;

    public PreferredPlaceRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner's view, exact points included: teaching locations first, then public spaces. */
    public List<PreferredPlace> placesOf(String instructorId) {
        return jdbc.query("""
                SELECT id, kind, position, label, address, ST_Y(location) AS lat, ST_X(location) AS lng,
                       approx_lat, approx_lng
                  FROM instructor_preferred_places
                 WHERE instructor_id = ?
                """ + ORDER, PreferredPlaceRepository::place, instructorId);
    }

    /**
     * The public view. It never reads the exact point, and the address only of public spaces: a teaching
     * location's address is as private as its coordinates.
     */
    public List<PublicPlaceResponse> publicPlacesOf(String instructorId) {
        return jdbc.query("""
                SELECT kind, label, CASE WHEN kind = 'public_space' THEN address END AS address, approx_lat, approx_lng
                  FROM instructor_preferred_places
                 WHERE instructor_id = ?
                """ + ORDER, row -> new PublicPlaceResponse(row.string("kind"), row.string("label"),
                        row.string("address"), degrees(row, "approx_lat"), degrees(row, "approx_lng")),
                instructorId);
    }

    public void deleteAll(String instructorId) {
        jdbc.update("DELETE FROM instructor_preferred_places WHERE instructor_id = ?", instructorId);
    }

    public void insert(String instructorId, PreferredPlace place, Instant now) {
        jdbc.update("""
                INSERT INTO instructor_preferred_places (id, instructor_id, kind, label, address, location, approx_lat,
                                                         approx_lng, position, created_at)
                VALUES (?, ?, ?, ?, ?, ST_SetSRID(ST_MakePoint(?::float8, ?::float8), 4326), ?, ?, ?, ?)
                """, place.id(), instructorId, place.kind().value(), place.label(), place.address(),
                place.exact().lng(), place.exact().lat(), sixDecimals(place.approx().lat()),
                sixDecimals(place.approx().lng()), place.position(), now);
    }

    private static PreferredPlace place(Row row) throws SQLException {
        return new PreferredPlace(row.trimmed("id"), PlaceKind.parse(row.string("kind")).orElseThrow(),
                row.integer("position"), row.string("label"), row.string("address"),
                new Coordinates(degrees(row, "lat"), degrees(row, "lng")),
                new Coordinates(degrees(row, "approx_lat"), degrees(row, "approx_lng")));
    }

    private static double degrees(Row row, String column) throws SQLException {
        return Double.parseDouble(row.string(column));
    }

    private static BigDecimal sixDecimals(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP);
    }
}
