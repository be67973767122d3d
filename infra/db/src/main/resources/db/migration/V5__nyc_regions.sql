-- Development NYC regions: APPROXIMATE borough and neighborhood polygons (WGS 84, SRID 4326) for local
-- runs and tests only. They are hand-drawn quadrilaterals and hexagons roughly where the places are; they
-- are not survey boundaries and must not be used for anything that matters in production. Production
-- loads real boundaries with `db-tool import-regions --file <GeoJSON>` (e.g. the city's 2020 NTAs),
-- which upserts on (region_type, region_code) and so replaces these rows code by code.
--
-- 5 boroughs (region_type 'nyc_borough') and 29 neighborhoods (region_type 'nyc', parent_region = the
-- borough's name). Neighborhoods never overlap (adjacent ones share edges vertex for vertex), each lies
-- inside its borough, and every polygon is valid: RegionPolygonsTest in shared-lib checks all three.
-- Manhattan is cut into bands between lines across the island (Battery, Chambers, Canal, Houston, 14th,
-- 34th, 59th, 96th, 125th, 155th, Inwood); Central Park is split between the Upper West and East Sides.
-- Ids are fixed ULIDs so that environments agree. The centroid is ST_PointOnSurface: always inside.
-- Clean break (pre-launch): edit this file in place.
INSERT INTO region_boundaries (id, region_type, region_code, name, parent_region, boundary, centroid)
SELECT id, region_type, region_code, name, parent_region,
       ST_Multi(ST_GeomFromText(wkt, 4326)), ST_PointOnSurface(ST_GeomFromText(wkt, 4326))
  FROM (VALUES
    ('01KDWC0000NYB0000000000001', 'nyc_borough', 'manhattan', 'Manhattan', NULL,
     'POLYGON((-74.0190 40.7010, -74.0150 40.7005, -74.0110 40.7010, -73.9985 40.7080, -73.9890 40.7095, -73.9750 40.7195, -73.9740 40.7290, -73.9715 40.7440, -73.9580 40.7590, -73.9425 40.7815, -73.9300 40.8030, -73.9335 40.8290, -73.9100 40.8735, -73.9215 40.8733, -73.9330 40.8730, -73.9490 40.8340, -73.9620 40.8180, -73.9775 40.7965, -73.9940 40.7740, -74.0035 40.7570, -74.0090 40.7405, -74.0110 40.7285, -74.0110 40.7235, -74.0140 40.7175, -74.0190 40.7010))'),
    ('01KDWC0000NYB0000000000002', 'nyc_borough', 'brooklyn', 'Brooklyn', NULL,
     'POLYGON((-73.9620 40.7390, -73.9300 40.7250, -73.9000 40.7000, -73.8700 40.6850, -73.8600 40.6650, -73.8900 40.6300, -73.9400 40.5780, -74.0100 40.5740, -74.0380 40.6350, -74.0170 40.6750, -73.9990 40.6960, -73.9900 40.7040, -73.9680 40.7130, -73.9620 40.7390))'),
    ('01KDWC0000NYB0000000000003', 'nyc_borough', 'queens', 'Queens', NULL,
     'POLYGON((-73.9620 40.7390, -73.9550 40.7570, -73.9300 40.7820, -73.8700 40.7820, -73.8500 40.7750, -73.8300 40.7950, -73.7800 40.7950, -73.7400 40.7700, -73.7000 40.7400, -73.7250 40.6550, -73.7700 40.6300, -73.8600 40.6500, -73.8600 40.6650, -73.8700 40.6850, -73.9000 40.7000, -73.9300 40.7250, -73.9620 40.7390))'),
    ('01KDWC0000NYB0000000000004', 'nyc_borough', 'bronx', 'Bronx', NULL,
     'POLYGON((-73.9280 40.8000, -73.9300 40.8290, -73.9050 40.8740, -73.9220 40.8800, -73.9160 40.9150, -73.8600 40.9050, -73.7850 40.8850, -73.7850 40.8000, -73.8700 40.8000, -73.9100 40.7990, -73.9280 40.8000))'),
    ('01KDWC0000NYB0000000000005', 'nyc_borough', 'staten-island', 'Staten Island', NULL,
     'POLYGON((-74.0700 40.6450, -74.1800 40.6450, -74.2550 40.5100, -74.2400 40.4960, -74.1000 40.5400, -74.0550 40.5950, -74.0700 40.6450))'),
    ('01KDWC0000NYN0000000000001', 'nyc', 'financial-district', 'Financial District', 'Manhattan',
     'POLYGON((-74.0190 40.7010, -74.0150 40.7005, -74.0110 40.7010, -73.9985 40.7080, -74.0040 40.7125, -74.0140 40.7175, -74.0190 40.7010))'),
    ('01KDWC0000NYN0000000000002', 'nyc', 'tribeca', 'Tribeca', 'Manhattan',
     'POLYGON((-74.0140 40.7175, -74.0040 40.7125, -73.9990 40.7185, -74.0110 40.7235, -74.0140 40.7175))'),
    ('01KDWC0000NYN0000000000003', 'nyc', 'chinatown', 'Chinatown', 'Manhattan',
     'POLYGON((-74.0040 40.7125, -73.9985 40.7080, -73.9890 40.7095, -73.9990 40.7185, -74.0040 40.7125))'),
    ('01KDWC0000NYN0000000000004', 'nyc', 'soho', 'SoHo', 'Manhattan',
     'POLYGON((-74.0110 40.7235, -73.9990 40.7185, -73.9960 40.7255, -74.0110 40.7285, -74.0110 40.7235))'),
    ('01KDWC0000NYN0000000000005', 'nyc', 'lower-east-side', 'Lower East Side', 'Manhattan',
     'POLYGON((-73.9990 40.7185, -73.9890 40.7095, -73.9750 40.7195, -73.9960 40.7255, -73.9990 40.7185))'),
    ('01KDWC0000NYN0000000000006', 'nyc', 'greenwich-village', 'Greenwich Village', 'Manhattan',
     'POLYGON((-74.0110 40.7285, -73.9960 40.7255, -73.9900 40.7360, -74.0090 40.7405, -74.0110 40.7285))'),
    ('01KDWC0000NYN0000000000007', 'nyc', 'east-village', 'East Village', 'Manhattan',
     'POLYGON((-73.9960 40.7255, -73.9750 40.7195, -73.9740 40.7290, -73.9900 40.7360, -73.9960 40.7255))'),
    ('01KDWC0000NYN0000000000008', 'nyc', 'chelsea', 'Chelsea', 'Manhattan',
     'POLYGON((-74.0090 40.7405, -73.9900 40.7360, -73.9860 40.7484, -74.0035 40.7570, -74.0090 40.7405))'),
    ('01KDWC0000NYN0000000000009', 'nyc', 'gramercy', 'Gramercy', 'Manhattan',
     'POLYGON((-73.9900 40.7360, -73.9740 40.7290, -73.9715 40.7440, -73.9860 40.7484, -73.9900 40.7360))'),
    ('01KDWC0000NYN0000000000010', 'nyc', 'midtown', 'Midtown', 'Manhattan',
     'POLYGON((-74.0035 40.7570, -73.9860 40.7484, -73.9715 40.7440, -73.9580 40.7590, -73.9730 40.7645, -73.9940 40.7740, -74.0035 40.7570))'),
    ('01KDWC0000NYN0000000000011', 'nyc', 'upper-west-side', 'Upper West Side', 'Manhattan',
     'POLYGON((-73.9940 40.7740, -73.9730 40.7645, -73.9553 40.7866, -73.9775 40.7965, -73.9940 40.7740))'),
    ('01KDWC0000NYN0000000000012', 'nyc', 'upper-east-side', 'Upper East Side', 'Manhattan',
     'POLYGON((-73.9730 40.7645, -73.9580 40.7590, -73.9425 40.7815, -73.9553 40.7866, -73.9730 40.7645))'),
    ('01KDWC0000NYN0000000000013', 'nyc', 'morningside-heights', 'Morningside Heights', 'Manhattan',
     'POLYGON((-73.9775 40.7965, -73.9553 40.7866, -73.9395 40.8050, -73.9620 40.8180, -73.9775 40.7965))'),
    ('01KDWC0000NYN0000000000014', 'nyc', 'east-harlem', 'East Harlem', 'Manhattan',
     'POLYGON((-73.9553 40.7866, -73.9425 40.7815, -73.9300 40.8030, -73.9395 40.8050, -73.9553 40.7866))'),
    ('01KDWC0000NYN0000000000015', 'nyc', 'harlem', 'Harlem', 'Manhattan',
     'POLYGON((-73.9620 40.8180, -73.9395 40.8050, -73.9300 40.8030, -73.9335 40.8290, -73.9410 40.8315, -73.9490 40.8340, -73.9620 40.8180))'),
    ('01KDWC0000NYN0000000000016', 'nyc', 'washington-heights', 'Washington Heights', 'Manhattan',
     'POLYGON((-73.9490 40.8340, -73.9410 40.8315, -73.9335 40.8290, -73.9100 40.8735, -73.9215 40.8733, -73.9330 40.8730, -73.9490 40.8340))'),
    ('01KDWC0000NYN0000000000017', 'nyc', 'dumbo', 'DUMBO', 'Brooklyn',
     'POLYGON((-73.9905 40.6990, -73.9820 40.6990, -73.9820 40.7060, -73.9900 40.7035, -73.9905 40.6990))'),
    ('01KDWC0000NYN0000000000018', 'nyc', 'brooklyn-heights', 'Brooklyn Heights', 'Brooklyn',
     'POLYGON((-73.9990 40.6900, -73.9905 40.6900, -73.9905 40.6990, -73.9950 40.6990, -73.9990 40.6900))'),
    ('01KDWC0000NYN0000000000019', 'nyc', 'park-slope', 'Park Slope', 'Brooklyn',
     'POLYGON((-73.9900 40.6620, -73.9700 40.6620, -73.9700 40.6800, -73.9850 40.6830, -73.9900 40.6620))'),
    ('01KDWC0000NYN0000000000020', 'nyc', 'williamsburg', 'Williamsburg', 'Brooklyn',
     'POLYGON((-73.9650 40.7020, -73.9400 40.7020, -73.9400 40.7200, -73.9600 40.7230, -73.9650 40.7020))'),
    ('01KDWC0000NYN0000000000021', 'nyc', 'greenpoint', 'Greenpoint', 'Brooklyn',
     'POLYGON((-73.9600 40.7230, -73.9400 40.7200, -73.9400 40.7280, -73.9580 40.7360, -73.9600 40.7230))'),
    ('01KDWC0000NYN0000000000022', 'nyc', 'bushwick', 'Bushwick', 'Brooklyn',
     'POLYGON((-73.9400 40.6870, -73.9080 40.6870, -73.9080 40.7000, -73.9300 40.7100, -73.9400 40.7100, -73.9400 40.6870))'),
    ('01KDWC0000NYN0000000000023', 'nyc', 'long-island-city', 'Long Island City', 'Queens',
     'POLYGON((-73.9600 40.7400, -73.9300 40.7400, -73.9300 40.7600, -73.9505 40.7600, -73.9600 40.7400))'),
    ('01KDWC0000NYN0000000000024', 'nyc', 'astoria', 'Astoria', 'Queens',
     'POLYGON((-73.9400 40.7600, -73.9050 40.7600, -73.9050 40.7780, -73.9300 40.7800, -73.9400 40.7600))'),
    ('01KDWC0000NYN0000000000025', 'nyc', 'flushing', 'Flushing', 'Queens',
     'POLYGON((-73.8400 40.7500, -73.8000 40.7500, -73.8000 40.7700, -73.8350 40.7700, -73.8400 40.7500))'),
    ('01KDWC0000NYN0000000000026', 'nyc', 'forest-hills', 'Forest Hills', 'Queens',
     'POLYGON((-73.8600 40.7100, -73.8300 40.7100, -73.8300 40.7300, -73.8550 40.7300, -73.8600 40.7100))'),
    ('01KDWC0000NYN0000000000027', 'nyc', 'riverdale', 'Riverdale', 'Bronx',
     'POLYGON((-73.9200 40.8820, -73.8950 40.8820, -73.8950 40.9100, -73.9150 40.9120, -73.9200 40.8820))'),
    ('01KDWC0000NYN0000000000028', 'nyc', 'fordham', 'Fordham', 'Bronx',
     'POLYGON((-73.9050 40.8550, -73.8800 40.8550, -73.8800 40.8700, -73.9000 40.8700, -73.9050 40.8550))'),
    ('01KDWC0000NYN0000000000029', 'nyc', 'st-george', 'St. George', 'Staten Island',
     'POLYGON((-74.0850 40.6350, -74.0720 40.6350, -74.0720 40.6440, -74.0850 40.6440, -74.0850 40.6350))')

  ) AS region (id, region_type, region_code, name, parent_region, wkt);
