-- Accounts and security: users, RBAC, sessions (refresh tokens), email verification, password reset,
-- login lockout, two-factor auth, outgoing email and the audit log.
--
-- Clean break (pre-launch): edit this file in place instead of adding new versions.

-- Emails are stored as typed and compared case-insensitively: the unique index is on lower(email).
-- tokens_valid_after: access and refresh tokens issued before this instant are rejected
-- ("log out all devices", password change, account deletion). Kept at whole seconds (see SessionService).
CREATE TABLE users (
    id                      ulid         PRIMARY KEY,
    email                   varchar(254) NOT NULL,
    first_name              varchar(50)  NOT NULL,
    last_name               varchar(50)  NOT NULL,
    phone                   varchar(20),
    phone_verified          boolean      NOT NULL DEFAULT false,
    email_verified          boolean      NOT NULL DEFAULT false,
    password_hash           text         NOT NULL,
    time_zone               varchar(64)  NOT NULL DEFAULT 'America/New_York',
    account_status          varchar(20)  NOT NULL DEFAULT 'active'
                            CHECK (account_status IN ('active', 'suspended', 'deactivated')),
    account_locked          boolean      NOT NULL DEFAULT false,
    account_locked_at       timestamptz,
    account_locked_reason   varchar(255),
    account_restricted      boolean      NOT NULL DEFAULT false,
    account_restricted_at   timestamptz,
    account_restricted_reason varchar(255),
    credit_balance_frozen   boolean      NOT NULL DEFAULT false,
    tokens_valid_after      timestamptz  NOT NULL,
    -- TOTP secret encrypted with SecretCipher (AES-256-GCM, associated data = user id); set while a setup
    -- is pending (two_factor_setup_at) and kept once enabled.
    totp_secret             text,
    totp_enabled            boolean      NOT NULL DEFAULT false,
    totp_verified_at        timestamptz,
    totp_last_used_step     bigint,
    two_factor_setup_at     timestamptz,
    two_factor_last_used_at timestamptz,
    anonymized_at           timestamptz,
    created_at              timestamptz  NOT NULL,
    updated_at              timestamptz  NOT NULL,
    CHECK (totp_enabled = false OR totp_secret IS NOT NULL)
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

-- RBAC (reference §3): permissions are checked, never roles. Effective permissions of a user are the
-- grants of the user's roles plus per-user overrides granted, minus per-user overrides revoked.
CREATE TABLE roles (
    id          ulid        PRIMARY KEY,
    name        varchar(30) NOT NULL UNIQUE CHECK (name IN ('student', 'instructor', 'admin')),
    description varchar(255) NOT NULL
);

CREATE TABLE permissions (
    id               ulid        PRIMARY KEY,
    name             varchar(64) NOT NULL UNIQUE,
    permission_group varchar(20) NOT NULL CHECK (permission_group IN ('shared', 'student', 'instructor', 'admin'))
);

CREATE TABLE role_permissions (
    role_id       ulid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    permission_id ulid NOT NULL REFERENCES permissions (id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, permission_id)
);

CREATE TABLE user_roles (
    user_id    ulid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id    ulid        NOT NULL REFERENCES roles (id),
    granted_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, role_id)
);

-- Student and instructor are mutually exclusive (reference §1): checked here as the last guard.
CREATE FUNCTION user_roles_student_instructor_exclusive() RETURNS trigger AS $$
BEGIN
    IF (SELECT count(*) FROM user_roles ur JOIN roles r ON r.id = ur.role_id
        WHERE ur.user_id = NEW.user_id AND r.name IN ('student', 'instructor')) > 1 THEN
        RAISE EXCEPTION 'a user cannot be both student and instructor' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER user_roles_exclusive AFTER INSERT OR UPDATE ON user_roles
    FOR EACH ROW EXECUTE FUNCTION user_roles_student_instructor_exclusive();

CREATE TABLE user_permissions (
    user_id       ulid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    permission_id ulid        NOT NULL REFERENCES permissions (id) ON DELETE CASCADE,
    granted       boolean     NOT NULL,
    changed_at    timestamptz NOT NULL,
    PRIMARY KEY (user_id, permission_id)
);

-- Rotating refresh tokens. Only a SHA-256 of the token is stored. Every rotation stays in its family;
-- presenting a token that was already rotated (used_at set) revokes the whole family (reuse detection).
CREATE TABLE refresh_tokens (
    id          ulid        PRIMARY KEY,
    family_id   ulid        NOT NULL,
    user_id     ulid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  char(64)    NOT NULL UNIQUE,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id) WHERE revoked_at IS NULL;

-- Pre-registration email verification (reference §2): one row per send, also when the address already has
-- an account (then code_hash is NULL: that address got a "you already have an account" email instead, and the
-- row still counts towards the send limits). A correct code is consumed and yields the email-verification
-- token that registration spends once (token_used_at). Codes and tokens are stored as SHA-256 only.
CREATE TABLE email_verification_codes (
    id               ulid         PRIMARY KEY,
    email            varchar(254) NOT NULL,
    code_hash        char(64),
    source_ip        varchar(45)  NOT NULL,
    sent_at          timestamptz  NOT NULL,
    expires_at       timestamptz  NOT NULL,
    consumed_at      timestamptz,
    token_hash       char(64)     UNIQUE,
    token_expires_at timestamptz,
    token_used_at    timestamptz,
    CHECK (token_hash IS NULL OR (consumed_at IS NOT NULL AND token_expires_at IS NOT NULL))
);
CREATE INDEX email_verification_codes_email_idx ON email_verification_codes (lower(email), sent_at);
CREATE INDEX email_verification_codes_ip_idx ON email_verification_codes (source_ip, sent_at);

-- Wrong verification-code attempts per email, for the "5 wrong per 10 minutes then 10-minute lock" rule.
CREATE TABLE email_verification_failures (
    id        ulid         PRIMARY KEY,
    email     varchar(254) NOT NULL,
    failed_at timestamptz  NOT NULL
);
CREATE INDEX email_verification_failures_email_idx ON email_verification_failures (lower(email), failed_at);

-- Password reset tokens (reference §2): single use, valid 1 hour, only a SHA-256 stored.
CREATE TABLE password_reset_tokens (
    id          ulid         PRIMARY KEY,
    user_id     ulid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  char(64)     NOT NULL UNIQUE,
    requested_email varchar(254) NOT NULL,
    source_ip   varchar(45)  NOT NULL,
    created_at  timestamptz  NOT NULL,
    expires_at  timestamptz  NOT NULL,
    used_at     timestamptz
);
CREATE INDEX password_reset_tokens_user_idx ON password_reset_tokens (user_id);

-- Every password-reset request (also for unknown emails), for the 3/hour per email and per IP limits.
CREATE TABLE password_reset_requests (
    id           ulid         PRIMARY KEY,
    email        varchar(254) NOT NULL,
    source_ip    varchar(45)  NOT NULL,
    requested_at timestamptz  NOT NULL
);
CREATE INDEX password_reset_requests_email_idx ON password_reset_requests (lower(email), requested_at);
CREATE INDEX password_reset_requests_ip_idx ON password_reset_requests (source_ip, requested_at);

-- Progressive login lockout (reference §2), keyed by the normalized (lower-case, trimmed) email so that
-- unknown emails lock exactly like known ones.
CREATE TABLE login_failures (
    email_key       varchar(254) PRIMARY KEY,
    failure_count   integer      NOT NULL CHECK (failure_count >= 0),
    last_failure_at timestamptz  NOT NULL,
    locked_until    timestamptz
);

-- Two-factor backup codes: 10 per user, Argon2id hashes, single use. Regenerating deletes the old set.
CREATE TABLE backup_codes (
    id         ulid        PRIMARY KEY,
    user_id    ulid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  text        NOT NULL,
    created_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX backup_codes_user_idx ON backup_codes (user_id);

-- The 60-second temporary token of a login that still needs its second factor. Single use; only a
-- SHA-256 is stored.
CREATE TABLE two_factor_challenges (
    id          ulid        PRIMARY KEY,
    user_id     ulid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  char(64)    NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    failed_attempts integer NOT NULL DEFAULT 0,
    consumed_at timestamptz
);

-- Outgoing email. A service writes the message and an outbox event in one transaction; the event
-- worker sends it through Resend with the row id as the idempotency key and then scrubs the body.
CREATE TABLE outbound_emails (
    id                  ulid         PRIMARY KEY,
    to_address          varchar(254) NOT NULL,
    subject             varchar(255) NOT NULL,
    text_body           text,
    html_body           text,
    template            varchar(50)  NOT NULL,
    status              varchar(10)  NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    provider_message_id varchar(100),
    attempts            integer      NOT NULL DEFAULT 0,
    last_error          text,
    created_at          timestamptz  NOT NULL,
    sent_at             timestamptz
);

-- Who changed what (roles, permissions, rate-limit configuration, account status, privacy actions).
-- entity_id is a user id, a bucket name or a rate-limit route key (up to 200 characters).
CREATE TABLE audit_log (
    id          ulid         PRIMARY KEY,
    actor_id    ulid,
    action      varchar(64)  NOT NULL,
    entity_type varchar(50)  NOT NULL,
    entity_id   varchar(200) NOT NULL,
    before_json jsonb,
    after_json  jsonb,
    request_id  varchar(100),
    occurred_at timestamptz  NOT NULL
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, occurred_at);

-- Seed: the three roles and the 36 permissions of reference §3 with their default grants. The ids are
-- fixed ULIDs so that every environment has the same ones.
INSERT INTO roles (id, name, description) VALUES
    ('01KDVDNA0097QGSXV0PVAVN864', 'student', 'Books lessons'),
    ('01KDVDNA0090A4RX42K5HNTF49', 'instructor', 'Teaches lessons'),
    ('01KDVDNA006J3HY44773NC8PX7', 'admin', 'Runs the platform');


INSERT INTO permissions (id, name, permission_group) VALUES
    ('01KDVDNA00G17X7YFMZRPS29RV', 'manage_own_profile', 'shared'),
    ('01KDVDNA00BZGXXJ1K9JWF93VD', 'view_own_bookings', 'shared'),
    ('01KDVDNA001Z813BXN0VECGE7S', 'view_own_search_history', 'shared'),
    ('01KDVDNA000VJ4MR7Y6M6WZ81V', 'change_own_password', 'shared'),
    ('01KDVDNA006WMER6RG5R0FMB2X', 'delete_own_account', 'shared'),
    ('01KDVDNA00SXGBNJ97FNGY0ZAT', 'view_instructors', 'student'),
    ('01KDVDNA00SJJD0J499F0FNWSZ', 'view_instructor_availability', 'student'),
    ('01KDVDNA00Z599E4X00SWWKV1Q', 'create_bookings', 'student'),
    ('01KDVDNA00D7QTC3TAVA1FE11B', 'cancel_own_bookings', 'student'),
    ('01KDVDNA00TEG67ZTRA7Y1W2PJ', 'view_booking_details', 'student'),
    ('01KDVDNA007SDDY99HZAFQZ351', 'send_messages', 'student'),
    ('01KDVDNA00CRSC63B1HJA97D7F', 'view_messages', 'student'),
    ('01KDVDNA00CMEV91TXP1ZS9QRK', 'manage_instructor_profile', 'instructor'),
    ('01KDVDNA00B6BDQRA223Z8P7WR', 'manage_services', 'instructor'),
    ('01KDVDNA00R92D2P20E8NZWTZQ', 'manage_availability', 'instructor'),
    ('01KDVDNA00QY0YTCB4V670YJJ1', 'view_incoming_bookings', 'instructor'),
    ('01KDVDNA00GT7J0027JC4AE2VX', 'complete_bookings', 'instructor'),
    ('01KDVDNA00BCB5YTFCJGEBV6N5', 'cancel_student_bookings', 'instructor'),
    ('01KDVDNA00XWYKGT088E6YATAQ', 'view_own_instructor_analytics', 'instructor'),
    ('01KDVDNA004303ENTYF4P1577R', 'suspend_own_instructor_account', 'instructor'),
    ('01KDVDNA00KHFFA5CR5CGZTNWM', 'admin:read', 'admin'),
    ('01KDVDNA00YESCBXS49QCZX842', 'admin:manage', 'admin'),
    ('01KDVDNA006PA3JHDTM6MH9DFT', 'mcp:access', 'admin'),
    ('01KDVDNA00JH5MFQGPKANS6ESF', 'view_all_users', 'admin'),
    ('01KDVDNA001995JN6YBJMHAJPX', 'manage_users', 'admin'),
    ('01KDVDNA00QNSZBR9J2R3VD96J', 'view_system_analytics', 'admin'),
    ('01KDVDNA0016VGJFHQ9VEP43YF', 'export_analytics', 'admin'),
    ('01KDVDNA0015FZXPNMJCX747K7', 'view_all_bookings', 'admin'),
    ('01KDVDNA00NPNDATYBY15QN10Q', 'manage_all_bookings', 'admin'),
    ('01KDVDNA00XPQ7MP9BS9X4TF1D', 'access_monitoring', 'admin'),
    ('01KDVDNA00D3H413RX0Y52FK42', 'moderate_content', 'admin'),
    ('01KDVDNA005E5G1CA71GP3Z65D', 'moderate_messages', 'admin'),
    ('01KDVDNA00RY9NC3V00F4GAGTX', 'view_financials', 'admin'),
    ('01KDVDNA001YXQWZKVGR12C9GX', 'manage_financials', 'admin'),
    ('01KDVDNA004DD0TM2Z5MW3SZX4', 'manage_roles', 'admin'),
    ('01KDVDNA00VEGX4JMD4TCAJB1K', 'manage_permissions', 'admin');

-- admin: all 36; student: shared + student (12); instructor: shared + instructor + messaging (15).
INSERT INTO role_permissions (role_id, permission_id)
SELECT r.id, p.id FROM roles r JOIN permissions p ON
    r.name = 'admin'
    OR (r.name = 'student' AND p.permission_group IN ('shared', 'student'))
    OR (r.name = 'instructor' AND (p.permission_group IN ('shared', 'instructor')
                                   OR p.name IN ('send_messages', 'view_messages')));
