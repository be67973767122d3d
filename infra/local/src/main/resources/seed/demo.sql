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
