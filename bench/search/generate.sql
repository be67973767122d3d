-- Search benchmark data: 10,000 instructors over the NYC area, on top of migrations V1-V5 (the catalog
-- seed of V4 included). Deterministic (setseed). Run by SearchBench into a scratch database; to load it
-- by hand: psql -d <scratch db with V1-V5 applied> -f bench/search/generate.sql
--
-- Regions: V5's development polygons are used when they exist; when it is still empty, an 8 x 10 grid of
-- ~3.5 x 3.5 km squares over the city (lat 40.56-40.90, lng -74.04-73.72) stands in.
-- Instructors (92 % live, bgc passed): one of 23 popular services each, 50 % a second service anywhere in
-- the catalog; 1-2 lesson formats at $50-$200/h; 1-3 adjacent service areas; 60 % with reviews;
-- availability rows for 14 days from 2026-12-01 (70 % of days, a tenth of those with no minute set), and
-- 2 % of days blacked out.
SELECT setseed(0.42);

INSERT INTO region_boundaries (id, region_type, region_code, name, parent_region, boundary, centroid)
SELECT '01BNCHR' || lpad(n::text, 19, '0'), 'bench', 'bench-' || n, 'Bench cell ' || n, 'NYC',
       ST_Multi(ST_MakeEnvelope(-74.04 + col * 0.04, 40.56 + row * 0.0425,
                                -74.04 + (col + 1) * 0.04, 40.56 + (row + 1) * 0.0425, 4326)),
       ST_SetSRID(ST_MakePoint(-74.04 + (col + 0.5) * 0.04, 40.56 + (row + 0.5) * 0.0425), 4326)
FROM generate_series(0, 79) AS n, LATERAL (SELECT n / 8 AS row, n % 8 AS col) g
WHERE NOT EXISTS (SELECT 1 FROM region_boundaries WHERE region_type <> 'bench');

CREATE TEMP TABLE bench_regions AS
SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM region_boundaries WHERE is_active;

CREATE TEMP TABLE bench_popular AS
SELECT row_number() OVER (ORDER BY slug) - 1 AS n, id FROM service_catalog
WHERE slug IN ('piano', 'guitar', 'violin', 'voice', 'drums', 'spanish', 'french', 'mandarin', 'swimming',
               'tennis', 'yoga', 'personal-training', 'ballet', 'salsa', 'hip-hop-dance', 'sat-prep', 'algebra',
               'calculus', 'drawing', 'painting', 'chess', 'cooking', 'photography');

CREATE TEMP TABLE bench_all AS
SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM service_catalog WHERE is_active;

CREATE TEMP TABLE bench_instructors AS
SELECT i, '01BNCHA' || lpad(i::text, 19, '0') AS id, random() AS r1, random() AS r2, random() AS r3,
       random() AS r4, random() AS r5, random() AS r6, random() AS r7
FROM generate_series(1, 10000) AS i;

INSERT INTO users (id, email, first_name, last_name, password_hash, tokens_valid_after, created_at, updated_at)
SELECT id, 'bench-' || i || '@example.test', 'Inst' || i, 'Bench', 'x', now(), now(), now()
FROM bench_instructors;

INSERT INTO instructor_profiles (user_id, bio, years_experience, is_founding_instructor, identity_verified_at,
    bgc_status, profile_photo_key, response_rate_pct, last_active_at, is_live, went_live_at, created_at, updated_at)
SELECT id, CASE WHEN r1 < 0.9 THEN 'Experienced and patient teacher.' ELSE '' END, 1 + (r2 * 30)::int,
       r3 < 0.05, CASE WHEN r4 < 0.8 THEN now() END, 'passed',
       CASE WHEN r5 < 0.7 THEN 'photos/' || id || '.jpg' END, round((40 + r6 * 60)::numeric, 2),
       CASE WHEN r7 < 0.95 THEN now() - (r7 * 200) * interval '1 day' END, r1 > 0.08, now(), now(), now()
FROM bench_instructors;

INSERT INTO instructor_ratings (instructor_id, review_count, rating_average)
SELECT id, 1 + (r2 * 80)::int, round((3.5 + r3 * 1.5)::numeric, 2) FROM bench_instructors WHERE r6 < 0.6;

CREATE TEMP TABLE bench_services AS
SELECT '01BNCHS' || lpad((b.i * 10 + k)::text, 19, '0') AS sid, b.id AS instructor_id, k,
       CASE WHEN k = 1 THEN (SELECT id FROM bench_popular WHERE n = (b.i * 7919) % 23)
            ELSE (SELECT id FROM bench_all WHERE n = (b.i * 104729) % (SELECT count(*) FROM bench_all)) END
           AS catalog_id,
       b.r4 AS r
FROM bench_instructors b CROSS JOIN generate_series(1, 2) AS k
WHERE k = 1 OR b.r5 < 0.5;
DELETE FROM bench_services s USING bench_services t
WHERE s.k = 2 AND t.k = 1 AND s.instructor_id = t.instructor_id AND s.catalog_id = t.catalog_id;

INSERT INTO instructor_services (id, instructor_id, service_catalog_id, duration_options, age_groups, skill_levels,
    offers_travel, offers_online, created_at, updated_at)
SELECT sid, instructor_id, catalog_id, '{60}',
       CASE WHEN r < 0.3 THEN '{kids,teens}' WHEN r < 0.6 THEN '{adults}' ELSE '{kids,teens,adults}' END::text[],
       CASE WHEN r < 0.2 THEN '{beginner}' WHEN r < 0.5 THEN '{beginner,intermediate}'
            ELSE '{beginner,intermediate,advanced}' END::text[],
       true, r < 0.5, now(), now()
FROM bench_services;

INSERT INTO service_format_pricing (service_id, format, hourly_rate_cents)
SELECT sid, 'student_location', 5000 + (random() * 150)::int * 100 FROM bench_services;
INSERT INTO service_format_pricing (service_id, format, hourly_rate_cents)
SELECT sid, 'online', 5000 + (random() * 100)::int * 100 FROM bench_services WHERE r < 0.5;

-- 1-3 service areas: a home region and the next ones in the region order (neighbours in the grid)
INSERT INTO instructor_service_areas (instructor_id, region_id, created_at)
SELECT DISTINCT b.id, r.id, now()
FROM bench_instructors b
CROSS JOIN generate_series(0, 2) AS k
JOIN bench_regions r ON r.n = ((b.i * 31) % (SELECT count(*) FROM bench_regions) + k)
                                % (SELECT count(*) FROM bench_regions)
WHERE k <= (b.r3 * 3)::int;

INSERT INTO availability_days (instructor_id, day_date, bits, updated_at)
SELECT id, d::date,
       CASE WHEN x < 0.07 THEN decode(repeat('00', 180), 'hex')
            WHEN x < 0.35 THEN decode(repeat('00', 67) || repeat('ff', 60) || repeat('00', 53), 'hex')
            WHEN x < 0.60 THEN decode(repeat('00', 120) || repeat('ff', 38) || repeat('00', 22), 'hex')
            ELSE decode(repeat('00', 45) || repeat('ff', 30) || repeat('00', 30) || repeat('ff', 45)
                        || repeat('00', 30), 'hex') END,
       now()
FROM (SELECT b.id, d, random() AS x
      FROM bench_instructors b
      CROSS JOIN generate_series(date '2026-12-01', date '2026-12-14', interval '1 day') AS d) days
WHERE x < 0.7;

INSERT INTO blackout_dates (id, instructor_id, blackout_date, created_at)
SELECT '01BNCHB' || lpad((b.i * 100 + extract(day FROM d)::int)::text, 19, '0'), b.id, d::date, now()
FROM bench_instructors b
CROSS JOIN generate_series(date '2026-12-01', date '2026-12-14', interval '1 day') AS d
WHERE random() < 0.02;

ANALYZE;
