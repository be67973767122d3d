package com.instainstru.db;

import com.github.f4b6a3.ulid.UlidCreator;
import com.instainstru.db.RegionFeatures.RegionFeature;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * {@code import-regions}: upserts the features of a GeoJSON file into {@code region_boundaries} on
 * (region_type, region_code), all in one transaction. Geometries are taken as WGS 84, repaired with
 * ST_MakeValid (keeping only the polygonal part), stored as MultiPolygon with ST_PointOnSurface as the
 * centroid, so the centroid always lies inside. Rows of the type that the file does not mention are left
 * alone; an imported row is (re)activated.
 */
final class RegionImport {

    private static final String UPSERT = """
            WITH shape AS (
                SELECT ST_Multi(ST_CollectionExtract(ST_MakeValid(
                           ST_Force2D(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326))), 3)) AS geometry
            )
            INSERT INTO region_boundaries (id, region_type, region_code, name, parent_region, boundary, centroid,
                                           is_active)
            SELECT ?, ?, ?, ?, ?, geometry, ST_PointOnSurface(geometry), true
              FROM shape
             WHERE NOT ST_IsEmpty(geometry)
            ON CONFLICT (region_type, region_code) DO UPDATE
               SET name = EXCLUDED.name, parent_region = EXCLUDED.parent_region, boundary = EXCLUDED.boundary,
                   centroid = EXCLUDED.centroid, is_active = true
            RETURNING (xmax = 0) AS inserted
            """;

    private final ConnectionSettings connection;
    private final Clock clock;
    private final PrintStream out;

    RegionImport(ConnectionSettings connection, Clock clock, PrintStream out) {
        this.connection = connection;
        this.clock = clock;
        this.out = out;
    }

    void run(RegionImportOptions options) throws RegionImportException, SQLException {
        List<RegionFeature> features = RegionFeatures.read(options);
        int added = 0;
        try (Connection db = DriverManager.getConnection(connection.jdbcUrl(), connection.user(),
                connection.password())) {
            db.setAutoCommit(false);
            try (PreparedStatement upsert = db.prepareStatement(UPSERT)) {
                for (RegionFeature feature : features) {
                    if (upsert(upsert, options.regionType(), feature)) {
                        added++;
                    }
                }
                db.commit();
            } catch (RegionImportException | SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
        out.printf("Imported %d regions of type %s from %s: %d added, %d updated.%n", features.size(),
                options.regionType(), options.file(), added, features.size() - added);
    }

    private boolean upsert(PreparedStatement upsert, String regionType, RegionFeature feature)
            throws RegionImportException, SQLException {
        upsert.setString(1, feature.geometryJson());
        upsert.setString(2, UlidCreator.getUlid(clock.millis()).toString());
        upsert.setString(3, regionType);
        upsert.setString(4, feature.code());
        upsert.setString(5, feature.name());
        upsert.setString(6, feature.parent());
        try (ResultSet rows = upsert.executeQuery()) {
            if (!rows.next()) {
                throw new RegionImportException(where(feature) + "the geometry has no area left after repair");
            }
            return rows.getBoolean("inserted");
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("XX")) {
                throw new RegionImportException(where(feature) + "PostGIS refused the geometry: "
                        + firstLine(e.getMessage()));
            }
            throw new SQLException(where(feature) + e.getMessage(), e.getSQLState(), e);
        }
    }

    private static String where(RegionFeature feature) {
        return "feature " + feature.index() + " (" + feature.code() + "): ";
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
