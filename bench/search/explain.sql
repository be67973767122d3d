-- The candidate query SearchRepository.candidates runs for "piano" near Midtown (5 km) on 2026-12-03, as
-- EXPLAIN ANALYZE (printed by run.sh with -Dexplain=true). Keep in step with SearchRepository.candidates.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
WITH near AS MATERIALIZED (
    SELECT r.id AS region_id,
           ST_Distance(r.boundary::geography, ST_SetSRID(ST_MakePoint(-73.9855, 40.7580), 4326)::geography) AS meters
    FROM region_boundaries r WHERE r.is_active)
SELECT p.user_id, u.first_name, u.last_name, p.is_founding_instructor, r.review_count, r.rating_average,
       i.service_catalog_id, min(f.hourly_rate_cents) AS min_cents,
       string_agg(f.format || ':' || f.hourly_rate_cents, ',' ORDER BY f.format) AS prices, d.meters
FROM instructor_services i
JOIN instructor_profiles p ON p.user_id = i.instructor_id AND p.is_live
JOIN users u ON u.id = p.user_id AND u.account_status = 'active'
LEFT JOIN instructor_ratings r ON r.instructor_id = p.user_id
JOIN service_format_pricing f ON f.service_id = i.id
LEFT JOIN LATERAL (
    SELECT min(n.meters) AS meters
    FROM instructor_service_areas a JOIN near n ON n.region_id = a.region_id
    WHERE a.instructor_id = p.user_id) d ON true
WHERE i.is_active
  AND i.service_catalog_id = ANY (CAST(ARRAY(SELECT id FROM service_catalog WHERE slug = 'piano') AS bpchar[]))
  AND i.instructor_id IN (SELECT a.instructor_id FROM instructor_service_areas a
                          JOIN near n ON n.region_id = a.region_id WHERE n.meters <= 5000)
  AND EXISTS (SELECT 1 FROM availability_days ad
              WHERE ad.instructor_id = p.user_id AND ad.day_date = DATE '2026-12-03'
                AND ad.bits <> decode(repeat('00', 180), 'hex'))
  AND NOT EXISTS (SELECT 1 FROM blackout_dates b
                  WHERE b.instructor_id = p.user_id AND b.blackout_date = DATE '2026-12-03')
GROUP BY i.id, p.user_id, u.id, r.instructor_id, d.meters;
