-- Demo data for the local runtime (infra/local/run --seed demo). Idempotent: re-running changes nothing.
-- Three accounts, all with the password demo-lessons-2026 (Argon2id, the production parameters):
--   demo-student@instainstru.test, demo-instructor@instainstru.test, demo-admin@instainstru.test
-- Never load this into a deployed stage.

INSERT INTO users (id, email, first_name, last_name, email_verified, password_hash, tokens_valid_after,
                   created_at, updated_at)
VALUES
    ('01KDVDNA0DEM0STVDENT000001', 'demo-student@instainstru.test', 'Sam', 'Student', true,
     '$argon2id$v=19$m=19456,t=2,p=1$6rNf0BVZvIlvlvZkDYyNjw$ZrJb6VUsoBNIj3bphECBrY5ulgoBoWW8ThDP9KT1+kw',
     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('01KDVDNA0DEM0NSTRVCT0R0001', 'demo-instructor@instainstru.test', 'Ines', 'Instructor', true,
     '$argon2id$v=19$m=19456,t=2,p=1$6rNf0BVZvIlvlvZkDYyNjw$ZrJb6VUsoBNIj3bphECBrY5ulgoBoWW8ThDP9KT1+kw',
     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('01KDVDNA0DEM0ADM1N00000001', 'demo-admin@instainstru.test', 'Ada', 'Admin', true,
     '$argon2id$v=19$m=19456,t=2,p=1$6rNf0BVZvIlvlvZkDYyNjw$ZrJb6VUsoBNIj3bphECBrY5ulgoBoWW8ThDP9KT1+kw',
     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
ON CONFLICT DO NOTHING;

INSERT INTO user_roles (user_id, role_id, granted_at)
SELECT u.id, r.id, '2026-01-01T00:00:00Z' FROM users u JOIN roles r ON
    (u.id = '01KDVDNA0DEM0STVDENT000001' AND r.name = 'student')
    OR (u.id = '01KDVDNA0DEM0NSTRVCT0R0001' AND r.name = 'instructor')
    OR (u.id = '01KDVDNA0DEM0ADM1N00000001' AND r.name = 'admin')
ON CONFLICT DO NOTHING;

-- Instructors and catalog (issue #5): Ines is a live piano and music-theory instructor, online only (so she
-- needs no service areas or teaching locations). The verification flags stand in for what Stripe Identity,
-- Stripe Connect and the background check will record once those capabilities exist.
UPDATE users SET phone = '+12125550142', phone_verified = true
 WHERE id = '01KDVDNA0DEM0NSTRVCT0R0001' AND NOT phone_verified;

INSERT INTO instructor_profiles (user_id, bio, years_experience, calendar_settings_acknowledged_at, skills_configured,
                                 identity_verified_at, stripe_connect_ready, bgc_status, is_live, went_live_at,
                                 onboarding_completed_at, created_at, updated_at)
VALUES ('01KDVDNA0DEM0NSTRVCT0R0001',
        'Conservatory-trained pianist teaching classical and pop piano and music theory to all ages, online.', 12,
        '2026-01-01T00:00:00Z', true, '2026-01-01T00:00:00Z', true, 'passed', true, '2026-01-01T00:00:00Z',
        '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
ON CONFLICT DO NOTHING;

INSERT INTO instructor_lifecycle_events (id, user_id, event_type, occurred_at) VALUES
    ('01KDVDNA0DEM0NSTRVCT0REV01', '01KDVDNA0DEM0NSTRVCT0R0001', 'registered', '2026-01-01T00:00:00Z'),
    ('01KDVDNA0DEM0NSTRVCT0REV02', '01KDVDNA0DEM0NSTRVCT0R0001', 'services_configured', '2026-01-01T00:00:00Z'),
    ('01KDVDNA0DEM0NSTRVCT0REV03', '01KDVDNA0DEM0NSTRVCT0R0001', 'went_live', '2026-01-01T00:00:00Z')
ON CONFLICT DO NOTHING;

INSERT INTO instructor_services (id, instructor_id, service_catalog_id, description, duration_options, age_groups,
                                 offers_online, created_at, updated_at)
SELECT v.id, '01KDVDNA0DEM0NSTRVCT0R0001', c.id, v.description, v.durations, c.eligible_age_groups, true,
       '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
  FROM (VALUES ('01KDVDNA0DEM0NSTRVCT0RSV01', 'piano', 'Classical and pop piano, reading music from day one',
                '{30,45,60}'::integer[]),
               ('01KDVDNA0DEM0NSTRVCT0RSV02', 'music-theory', 'Harmony, ear training and AP Music Theory prep',
                '{60}'::integer[])) AS v (id, slug, description, durations)
  JOIN service_catalog c ON c.slug = v.slug
ON CONFLICT DO NOTHING;

INSERT INTO service_format_pricing (service_id, format, hourly_rate_cents) VALUES
    ('01KDVDNA0DEM0NSTRVCT0RSV01', 'online', 7500),
    ('01KDVDNA0DEM0NSTRVCT0RSV02', 'online', 6500)
ON CONFLICT DO NOTHING;

-- Ines teaches on weekdays 09:00-12:00 and 14:00-18:00 (her local time) for the next four weeks. Bits are
-- the availability_days layout: minute m is bit m % 8 of byte m / 8 (PostgreSQL's set_bit numbering).
INSERT INTO availability_days (instructor_id, day_date, bits, updated_at)
SELECT '01KDVDNA0DEM0NSTRVCT0R0001', d::date,
       (SELECT decode(string_agg(lpad(to_hex(byte_value), 2, '0'), '' ORDER BY byte_index), 'hex')
          FROM (SELECT byte_index, sum(CASE WHEN byte_index * 8 + bit BETWEEN 540 AND 719
                                              OR byte_index * 8 + bit BETWEEN 840 AND 1079
                                            THEN 1 << bit ELSE 0 END)::integer AS byte_value
                  FROM generate_series(0, 179) AS byte_index, generate_series(0, 7) AS bit
                 GROUP BY byte_index) AS bytes),
       '2026-01-01T00:00:00Z'
  FROM generate_series((now() AT TIME ZONE 'America/New_York')::date,
                       (now() AT TIME ZONE 'America/New_York')::date + 27, interval '1 day') AS d
 WHERE extract(isodow FROM d) <= 5
ON CONFLICT DO NOTHING;
