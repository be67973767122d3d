-- Platform tables: extensions, the ULID domain, the transactional outbox, idempotent consumers.
--
-- Clean break (pre-launch): edit the existing migration files in place instead of adding new
-- versions. Once the product launches, this rule ends and every change becomes a new version.

CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Every id is a 26-character ULID (Crockford base32, upper case; the first character is 0-7
-- because a ULID holds 128 bits).
CREATE DOMAIN ulid AS char(26)
    CHECK (VALUE ~ '^[0-7][0-9A-HJKMNP-TV-Z]{25}$');

-- Domain events written in the same transaction as the change they describe; the outbox-relay
-- function publishes them to the EventBridge bus and marks them sent.
CREATE TABLE outbox_events (
    id              ulid         PRIMARY KEY,
    event_type      varchar(100) NOT NULL,
    aggregate_type  varchar(50)  NOT NULL,
    aggregate_id    varchar(64)  NOT NULL,
    payload         jsonb        NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    status          varchar(10)  NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sent')),
    attempts        integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz  NOT NULL,
    -- A relay run claims rows until this instant so that an overlapping run skips them.
    claimed_until   timestamptz,
    last_error      text,
    sent_at         timestamptz,
    CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);

CREATE INDEX outbox_events_pending_idx
    ON outbox_events (occurred_at, id)
    WHERE status = 'pending';

-- Idempotent consumers: a consumer records the key of each message it handled in the same
-- transaction as the message's effect, so a redelivered message has no second effect.
CREATE TABLE processed_messages (
    consumer          varchar(64)  NOT NULL,
    message_key       varchar(128) NOT NULL,
    source_message_id varchar(128),
    processed_at      timestamptz  NOT NULL,
    PRIMARY KEY (consumer, message_key)
);

-- The walking skeleton's effect: the event-worker logs each domain event it receives. Later
-- consumers (badges, referrals, notifications) replace this with real effects.
CREATE TABLE event_receipts (
    id          ulid         PRIMARY KEY,
    event_id    ulid         NOT NULL,
    event_type  varchar(100) NOT NULL,
    received_at timestamptz  NOT NULL
);

-- Rate limits: runtime overrides of the GCRA buckets defined in code (RateLimitBuckets) and of the
-- bucket a route uses. Each row replaces its bucket's defaults; functions re-read both tables at
-- most 60 s after a change (RateLimitConfigService). The `financial` bucket is never shadowed: the
-- code ignores shadow = true for it, with a warning.
CREATE TABLE rate_limit_buckets (
    bucket          varchar(50)  PRIMARY KEY CHECK (bucket ~ '^[a-z][a-z0-9_]{0,49}$'),
    rate_per_minute integer      NOT NULL CHECK (rate_per_minute > 0 AND rate_per_minute <= 1000000),
    burst           integer      NOT NULL CHECK (burst >= 0 AND burst <= 100000),
    shadow          boolean      NOT NULL DEFAULT false,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(64)  NOT NULL
);

-- route is the HTTP method and the route template, e.g. 'POST /api/v1/bookings/{id}/cancel'.
CREATE TABLE rate_limit_route_overrides (
    route      varchar(200) PRIMARY KEY
               CHECK (route ~ '^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) /[^ ]*$'),
    bucket     varchar(50)  NOT NULL CHECK (bucket ~ '^[a-z][a-z0-9_]{0,49}$'),
    updated_at timestamptz  NOT NULL,
    updated_by varchar(64)  NOT NULL
);
