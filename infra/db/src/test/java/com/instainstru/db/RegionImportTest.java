package com.instainstru.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code db-tool import-regions} against a real migrated database (with V5's development polygons in it). */
class RegionImportTest {

    @RegisterExtension
    static final TestDatabase.PerClass DATABASE = new TestDatabase.PerClass();

    private TestDatabase db;

    @BeforeEach
    void migrate() {
        db = DATABASE.get();
        Migrations.migrate(db.jdbcUrl(), TestDatabase.USER, null);
    }

    @Test
    void importsPolygonsAndMultiPolygonsAsValidMultiPolygonsWithAnInsideCentroid() throws Exception {
        int before = count("SELECT count(*) FROM region_boundaries");

        CliRun run = importFile("ntas-small.geojson");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Imported 3 regions of type nyc_nta").contains("3 added, 0 updated");
        assertThat(count("SELECT count(*) FROM region_boundaries")).isEqualTo(before + 3);
        assertThat(strings("""
                SELECT region_code || '|' || name || '|' || parent_region || '|' || GeometryType(boundary) || '|'
                       || ST_SRID(boundary) || '|' || ST_NumGeometries(boundary) || '|' || ST_IsValid(boundary) || '|'
                       || ST_Covers(boundary, centroid)
                  FROM region_boundaries WHERE region_type = 'nyc_nta' ORDER BY region_code
                """)).containsExactly(
                "BK0101|Greenpoint|Brooklyn|MULTIPOLYGON|4326|2|true|true",
                "MN0601|Murray Hill-Kips Bay|Manhattan|MULTIPOLYGON|4326|1|true|true",
                // a bow tie in the file: ST_MakeValid splits it into its two triangles
                "QN0101|Astoria (North)-Ditmars-Steinway|Queens|MULTIPOLYGON|4326|2|true|true");
    }

    @Test
    void importingAgainUpdatesInPlaceKeyedOnTypeAndCode(@TempDir Path dir) throws Exception {
        importFile("ntas-small.geojson");
        String id = strings("SELECT id FROM region_boundaries WHERE region_code = 'MN0601'").get(0);
        Path renamed = dir.resolve("renamed.geojson");
        Files.writeString(renamed, Files.readString(fixture("ntas-small.geojson"))
                .replace("Murray Hill-Kips Bay", "Murray Hill"));

        CliRun run = CliRun.run("--url", db.jdbcUrl(), "import-regions", "--file", renamed.toString(),
                "--region-type", "nyc_nta", "--name-property", "ntaname", "--code-property", "nta2020",
                "--parent-property", "boroname");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("0 added, 3 updated");
        assertThat(strings("SELECT id || ' ' || name FROM region_boundaries WHERE region_code = 'MN0601'"))
                .containsExactly(id + " Murray Hill");
        assertThat(count("SELECT count(*) FROM region_boundaries WHERE region_type = 'nyc_nta'")).isEqualTo(3);
    }

    @Test
    void theSameCodeUnderAnotherTypeIsAnotherRegion() throws Exception {
        importFile("ntas-small.geojson");

        CliRun run = CliRun.run("--url", db.jdbcUrl(), "import-regions", "--file", fixture("ntas-small.geojson").toString(),
                "--region-type", "other", "--name-property", "ntaname", "--code-property", "nta2020");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(count("SELECT count(*) FROM region_boundaries WHERE region_code = 'MN0601'")).isEqualTo(2);
        assertThat(strings("SELECT coalesce(parent_region, '-') FROM region_boundaries WHERE region_type = 'other'"))
                .containsOnly("-");
    }

    @Test
    void propertiesDefaultToNameAndCode() throws Exception {
        CliRun run = CliRun.run("--url", db.jdbcUrl(), "import-regions", "--file",
                fixture("default-properties.geojson").toString(), "--region-type", "test");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(strings("SELECT region_code || ' ' || name FROM region_boundaries WHERE region_type = 'test'"))
                .containsExactly("test-1 Test One");
    }

    @Test
    void aFeatureThatIsNotPolygonalRejectsTheWholeFileNamingIt() throws Exception {
        int before = count("SELECT count(*) FROM region_boundaries");

        CliRun run = importFile("ntas-with-a-point.geojson");

        assertThat(run.exitCode()).isEqualTo(DbTool.INVALID_INPUT);
        assertThat(run.err()).contains("nothing imported: feature 3: geometry must be a Polygon or MultiPolygon, not Point");
        assertThat(count("SELECT count(*) FROM region_boundaries")).isEqualTo(before);
    }

    @Test
    void aDuplicateCodeNamesBothFeatures() throws Exception {
        CliRun run = importFile("ntas-duplicate-code.geojson");

        assertThat(run.exitCode()).isEqualTo(DbTool.INVALID_INPUT);
        assertThat(run.err()).contains("feature 2: nta2020 'MN0601' is already used by feature 0");
        assertThat(count("SELECT count(*) FROM region_boundaries WHERE region_type = 'nyc_nta'")).isZero();
    }

    @Test
    void aMissingNameIsNamedWithTheProperty() throws Exception {
        CliRun run = importFile("ntas-without-a-name.geojson");

        assertThat(run.exitCode()).isEqualTo(DbTool.INVALID_INPUT);
        assertThat(run.err()).contains("feature 1: property 'ntaname' (the name) is missing or blank");
    }

    @Test
    void aFeatureWithNoAreaRollsBackTheFeaturesBeforeIt(@TempDir Path dir) throws Exception {
        // Feature 1 is well-formed GeoJSON, but its ring is a line: ST_MakeValid leaves no polygon.
        Path file = dir.resolve("collapsing.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"code": "ok", "name": "Fine"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-74.0, 40.7], [-73.99, 40.7], [-73.99, 40.71], [-74.0, 40.7]]]}},
                  {"type": "Feature", "properties": {"code": "flat", "name": "Flat"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-74.0, 40.7], [-73.99, 40.7], [-73.98, 40.7], [-74.0, 40.7]]]}}
                ]}
                """);

        CliRun run = CliRun.run("--url", db.jdbcUrl(), "import-regions", "--file", file.toString(), "--region-type", "t");

        assertThat(run.exitCode()).isEqualTo(DbTool.INVALID_INPUT);
        assertThat(run.err()).contains("feature 1 (flat): the geometry has no area left after repair");
        assertThat(count("SELECT count(*) FROM region_boundaries WHERE region_type = 't'")).isZero();
    }

    @Test
    void filesThatAreNotFeatureCollectionsAreRefused(@TempDir Path dir) throws Exception {
        Path notJson = Files.writeString(dir.resolve("a.geojson"), "{ nope");
        Path point = Files.writeString(dir.resolve("b.geojson"), "{\"type\": \"Point\", \"coordinates\": [0, 0]}");
        Path projected = Files.writeString(dir.resolve("c.geojson"), """
                {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:2263"}},
                 "features": []}
                """);

        assertThat(importPath(notJson).err()).contains("is not JSON");
        assertThat(importPath(point).err()).contains("is not a GeoJSON FeatureCollection");
        assertThat(importPath(projected).err()).contains("the file's crs is 'EPSG:2263'; only WGS 84");
        assertThat(importPath(dir.resolve("missing.geojson")).err()).contains("no such file");
        assertThat(importPath(notJson).exitCode()).isEqualTo(DbTool.INVALID_INPUT);
    }

    @Test
    void usageRules() {
        assertThat(CliRun.run("--url", db.jdbcUrl(), "import-regions", "--region-type", "nyc").err())
                .contains("import-regions needs --file");
        assertThat(CliRun.run("--url", db.jdbcUrl(), "import-regions", "--file", "x.geojson").err())
                .contains("import-regions needs --region-type");
        assertThat(CliRun.run("--url", db.jdbcUrl(), "import-regions", "--file", "x", "--region-type", "NYC!").err())
                .contains("import-regions needs --region-type");
        CliRun misplaced = CliRun.run("--url", db.jdbcUrl(), "info", "--file", "x.geojson");
        assertThat(misplaced.exitCode()).isEqualTo(DbTool.REFUSED);
        assertThat(misplaced.err()).contains("only for import-regions");
    }

    @Test
    void prodNeedsTheConfirmationAndStgItsOwnUrl() throws Exception {
        CliRun prod = CliRun.run("--env", "prod", "--url", db.jdbcUrl(), "import-regions", "--file",
                fixture("ntas-small.geojson").toString(), "--region-type", "nyc_nta");
        CliRun stg = CliRun.run(java.util.Map.of("DATABASE_URL", db.jdbcUrl()), "--env", "stg", "import-regions",
                "--file", fixture("ntas-small.geojson").toString(), "--region-type", "nyc_nta");

        assertThat(prod.exitCode()).isEqualTo(DbTool.REFUSED);
        assertThat(prod.err()).contains("refusing to touch PROD without --confirm-prod");
        assertThat(stg.exitCode()).isEqualTo(DbTool.REFUSED);
        assertThat(count("SELECT count(*) FROM region_boundaries WHERE region_type = 'nyc_nta'")).isZero();
    }

    private CliRun importFile(String name) throws URISyntaxException {
        return importPath(fixture(name));
    }

    private CliRun importPath(Path file) {
        return CliRun.run("--url", db.jdbcUrl(), "import-regions", "--file", file.toString(), "--region-type",
                "nyc_nta", "--name-property", "ntaname", "--code-property", "nta2020", "--parent-property", "boroname");
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(RegionImportTest.class.getResource("/regions/" + name).toURI());
    }

    private int count(String sql) throws SQLException {
        return Integer.parseInt(strings(sql).get(0));
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection connection = db.connect(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
