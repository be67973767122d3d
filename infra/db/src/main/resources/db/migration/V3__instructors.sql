-- Supply side: the service catalog, instructor profiles and services, NYC regions, service areas and
-- preferred places, and availability (one 1440-bit row per instructor per local day).
--
-- Clean break (pre-launch): edit this file in place instead of adding new versions.
-- The catalog's seed data is in V4__catalog_seed.sql; development NYC polygons come with it.

-- ---------------------------------------------------------------------------------------------------
-- Catalog (reference §7): category -> subcategory -> service.
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE service_categories (
    id            ulid         PRIMARY KEY,
    name          varchar(100) NOT NULL UNIQUE,
    slug          varchar(100) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    description   text,
    display_order integer      NOT NULL DEFAULT 0,
    is_active     boolean      NOT NULL DEFAULT true
);

CREATE TABLE service_subcategories (
    id            ulid         PRIMARY KEY,
    category_id   ulid         NOT NULL REFERENCES service_categories (id),
    name          varchar(100) NOT NULL,
    slug          varchar(100) NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    display_order integer      NOT NULL DEFAULT 0,
    is_active     boolean      NOT NULL DEFAULT true,
    UNIQUE (category_id, name),
    UNIQUE (category_id, slug)
);

-- Age groups and skill levels are closed vocabularies kept as text arrays with CHECKs (no enum types).
-- Price floors are per hour in cents; NULL means the platform floor ($80 in person, $60 online).
CREATE TABLE service_catalog (
    id                         ulid         PRIMARY KEY,
    subcategory_id             ulid         NOT NULL REFERENCES service_subcategories (id),
    name                       varchar(120) NOT NULL,
    slug                       varchar(120) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    description                text,
    search_terms               text[]       NOT NULL DEFAULT '{}',
    eligible_age_groups        text[]       NOT NULL DEFAULT '{toddler,kids,teens,adults}'
                               CHECK (cardinality(eligible_age_groups) > 0
                                      AND eligible_age_groups <@ ARRAY['toddler', 'kids', 'teens', 'adults']),
    default_duration_minutes   integer      NOT NULL DEFAULT 60 CHECK (default_duration_minutes BETWEEN 15 AND 480),
    min_in_person_rate_cents   integer      CHECK (min_in_person_rate_cents > 0),
    min_online_rate_cents      integer      CHECK (min_online_rate_cents > 0),
    online_capable             boolean      NOT NULL DEFAULT true,
    requires_certification     boolean      NOT NULL DEFAULT false,
    display_order              integer      NOT NULL DEFAULT 0,
    is_active                  boolean      NOT NULL DEFAULT true,
    -- name and search terms in one lower-case string for trigram search (kept by the trigger below)
    search_text                text         NOT NULL DEFAULT '',
    UNIQUE (subcategory_id, name)
);
CREATE INDEX service_catalog_subcategory_idx ON service_catalog (subcategory_id);
CREATE INDEX service_catalog_search_text_trgm ON service_catalog USING gin (search_text gin_trgm_ops);

CREATE FUNCTION service_catalog_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_text := lower(NEW.name || ' ' || array_to_string(NEW.search_terms, ' '));
    RETURN NEW;
END;
$$;
CREATE TRIGGER service_catalog_search_text BEFORE INSERT OR UPDATE OF name, search_terms ON service_catalog
    FOR EACH ROW EXECUTE FUNCTION service_catalog_search_text();

-- ---------------------------------------------------------------------------------------------------
-- Instructor profiles (1:1 with an instructor user; the profile id IS the user id, so bookings and
-- availability key on the user id). Verification flags are set by later capabilities
-- (background checks, Stripe Identity, Stripe Connect); go-live reads them.
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE instructor_profiles (
    user_id                        ulid         PRIMARY KEY REFERENCES users (id),
    bio                            text         NOT NULL,
    years_experience               integer      NOT NULL CHECK (years_experience BETWEEN 1 AND 70),
    non_travel_buffer_minutes      integer      NOT NULL DEFAULT 15 CHECK (non_travel_buffer_minutes BETWEEN 10 AND 120),
    travel_buffer_minutes          integer      NOT NULL DEFAULT 60 CHECK (travel_buffer_minutes BETWEEN 30 AND 120),
    overnight_protection_enabled   boolean      NOT NULL DEFAULT true,
    calendar_settings_acknowledged_at timestamptz,
    is_founding_instructor         boolean      NOT NULL DEFAULT false,
    current_tier_pct               numeric(5,2) NOT NULL DEFAULT 15.00,
    skills_configured              boolean      NOT NULL DEFAULT false,
    identity_verified_at           timestamptz,
    stripe_connect_ready           boolean      NOT NULL DEFAULT false,
    bgc_status                     varchar(20)  CHECK (bgc_status IN ('pending', 'passed', 'review', 'failed', 'consider', 'canceled')),
    bgc_valid_until                timestamptz,
    name_mismatch                  boolean      NOT NULL DEFAULT false,
    profile_photo_key              varchar(255),
    response_rate_pct              numeric(5,2),
    last_active_at                 timestamptz,
    is_live                        boolean      NOT NULL DEFAULT false,
    went_live_at                   timestamptz,
    onboarding_completed_at        timestamptz,
    created_at                     timestamptz  NOT NULL,
    updated_at                     timestamptz  NOT NULL,
    CHECK (is_live = false OR bgc_status = 'passed')
);
CREATE INDEX instructor_profiles_live_idx ON instructor_profiles (user_id) WHERE is_live;

CREATE TABLE instructor_lifecycle_events (
    id          ulid        PRIMARY KEY,
    user_id     ulid        NOT NULL REFERENCES instructor_profiles (user_id),
    event_type  varchar(30) NOT NULL CHECK (event_type IN ('registered', 'profile_submitted', 'services_configured',
                    'bgc_initiated', 'bgc_completed', 'identity_verified', 'went_live', 'paused', 'reactivated')),
    occurred_at timestamptz NOT NULL
);
CREATE INDEX instructor_lifecycle_events_user_idx ON instructor_lifecycle_events (user_id, occurred_at);

-- An instructor offers a catalog service at most once among active rows; a service that bookings
-- reference is deactivated (is_active = false), never deleted, so history keeps its name and prices.
CREATE TABLE instructor_services (
    id                 ulid        PRIMARY KEY,
    instructor_id      ulid        NOT NULL REFERENCES instructor_profiles (user_id),
    service_catalog_id ulid        NOT NULL REFERENCES service_catalog (id),
    description        text,
    requirements       text,
    duration_options   integer[]   NOT NULL CHECK (cardinality(duration_options) > 0),
    age_groups         text[]      NOT NULL CHECK (cardinality(age_groups) > 0
                                      AND age_groups <@ ARRAY['toddler', 'kids', 'teens', 'adults']),
    skill_levels       text[]      NOT NULL DEFAULT '{beginner,intermediate,advanced}'
                                   CHECK (cardinality(skill_levels) > 0
                                      AND skill_levels <@ ARRAY['beginner', 'intermediate', 'advanced']),
    offers_travel      boolean     NOT NULL DEFAULT false,
    offers_at_location boolean     NOT NULL DEFAULT false,
    offers_online      boolean     NOT NULL DEFAULT false,
    is_active          boolean     NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);
CREATE UNIQUE INDEX instructor_services_one_active_per_catalog
    ON instructor_services (instructor_id, service_catalog_id) WHERE is_active;
CREATE INDEX instructor_services_catalog_idx ON instructor_services (service_catalog_id) WHERE is_active;

CREATE TABLE service_format_pricing (
    service_id        ulid        NOT NULL REFERENCES instructor_services (id) ON DELETE CASCADE,
    format            varchar(20) NOT NULL CHECK (format IN ('student_location', 'instructor_location', 'online')),
    hourly_rate_cents integer     NOT NULL CHECK (hourly_rate_cents > 0 AND hourly_rate_cents <= 100000),
    PRIMARY KEY (service_id, format)
);

-- ---------------------------------------------------------------------------------------------------
-- NYC regions and instructor coverage (PostGIS, WGS 84).
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE region_boundaries (
    id            ulid         PRIMARY KEY,
    region_type   varchar(20)  NOT NULL DEFAULT 'nyc',
    region_code   varchar(64)  NOT NULL,
    name          varchar(100) NOT NULL,
    parent_region varchar(100),
    boundary      geometry(MultiPolygon, 4326) NOT NULL,
    centroid      geometry(Point, 4326)        NOT NULL,
    is_active     boolean      NOT NULL DEFAULT true,
    UNIQUE (region_type, region_code)
);
CREATE INDEX region_boundaries_boundary_gist ON region_boundaries USING gist (boundary);

CREATE TABLE instructor_service_areas (
    instructor_id ulid        NOT NULL REFERENCES instructor_profiles (user_id),
    region_id     ulid        NOT NULL REFERENCES region_boundaries (id),
    coverage_type varchar(20) NOT NULL DEFAULT 'primary' CHECK (coverage_type IN ('primary', 'secondary', 'by_request')),
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (instructor_id, region_id)
);
CREATE INDEX instructor_service_areas_region_idx ON instructor_service_areas (region_id);

-- Exact coordinates never leave the server; approx_* are the public, jittered ones (25-50 m).
CREATE TABLE instructor_preferred_places (
    id            ulid          PRIMARY KEY,
    instructor_id ulid          NOT NULL REFERENCES instructor_profiles (user_id),
    kind          varchar(20)   NOT NULL CHECK (kind IN ('teaching_location', 'public_space')),
    label         varchar(100),
    address       varchar(255)  NOT NULL,
    location      geometry(Point, 4326) NOT NULL,
    approx_lat    numeric(9,6)  NOT NULL,
    approx_lng    numeric(9,6)  NOT NULL,
    position      integer       NOT NULL CHECK (position BETWEEN 1 AND 2),
    created_at    timestamptz   NOT NULL,
    UNIQUE (instructor_id, kind, position)
);
CREATE UNIQUE INDEX instructor_preferred_places_address_key
    ON instructor_preferred_places (instructor_id, kind, lower(address));

-- ---------------------------------------------------------------------------------------------------
-- Availability (reference §8, adapted to the decision log's 1440-bit minute bitmap). One row per
-- instructor per local day in the instructor's time zone; bits is 180 bytes, minute m lives in byte
-- m / 8 at bit m % 8 (value 1 << (m % 8)); a set bit means available. No reference to bookings here,
-- ever (layer independence).
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE availability_days (
    instructor_id ulid        NOT NULL REFERENCES users (id),
    day_date      date        NOT NULL,
    bits          bytea       NOT NULL CHECK (octet_length(bits) = 180),
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (instructor_id, day_date)
);

CREATE TABLE blackout_dates (
    id            ulid         PRIMARY KEY,
    instructor_id ulid         NOT NULL REFERENCES users (id),
    blackout_date date         NOT NULL,
    reason        varchar(255),
    created_at    timestamptz  NOT NULL,
    UNIQUE (instructor_id, blackout_date)
);

-- ---------------------------------------------------------------------------------------------------
-- Search (reference §22). fuzzystrmatch gives the edit distance that, with pg_trgm, makes typos
-- ("paino", "gutiar") find their service: trigrams alone rank "paino" closer to "painting".
-- instructor_ratings is the per-instructor review summary that the reviews capability (12) will
-- maintain; search reads it for the quality score (no row = no reviews yet).
-- ---------------------------------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE instructor_ratings (
    instructor_id  ulid         PRIMARY KEY REFERENCES instructor_profiles (user_id),
    review_count   integer      NOT NULL DEFAULT 0 CHECK (review_count >= 0),
    rating_average numeric(3,2) CHECK (rating_average BETWEEN 1 AND 5)
);
