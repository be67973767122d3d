-- Bookings (reference §9, §12-§14): time ranges, never slot ids. A booking is {instructor_id, booking_date,
-- start_time, end_time} in the lesson time zone (the instructor's, snapshotted) plus the instants start_at and
-- end_at. Two EXCLUDE constraints are the final guard against double booking (SQLSTATE 23P01 -> 409).
-- Availability never references this table (layer independence).
--
-- Clean break (pre-launch): edit this file in place instead of adding new versions.
CREATE TABLE bookings (
    id                          ulid          PRIMARY KEY,
    student_id                  ulid          NOT NULL REFERENCES users (id),
    instructor_id               ulid          NOT NULL REFERENCES instructor_profiles (user_id),
    instructor_service_id       ulid          NOT NULL REFERENCES instructor_services (id),
    booking_date                date          NOT NULL,
    start_time                  time          NOT NULL,
    -- '24:00' when the lesson ends at midnight
    end_time                    time          NOT NULL,
    start_at                    timestamptz   NOT NULL,
    end_at                      timestamptz   NOT NULL,
    lesson_time_zone            varchar(64)   NOT NULL,
    student_time_zone           varchar(64)   NOT NULL,
    duration_minutes            integer       NOT NULL CHECK (duration_minutes > 0),
    location_type               varchar(20)   NOT NULL CHECK (location_type IN
                                    ('student_location', 'instructor_location', 'online', 'neutral_location')),
    location_address            varchar(255),
    location_lat                numeric(9,6),
    location_lng                numeric(9,6),
    location_place_id           varchar(255),
    meeting_location            varchar(500),
    service_name                varchar(120)  NOT NULL,
    hourly_rate_cents           integer       NOT NULL CHECK (hourly_rate_cents > 0),
    total_price_cents           integer       NOT NULL CHECK (total_price_cents >= 0),
    status                      varchar(20)   NOT NULL DEFAULT 'CONFIRMED' CHECK (status IN
                                    ('PENDING', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'PAYMENT_FAILED', 'NO_SHOW')),
    student_note                varchar(1000),
    instructor_note             varchar(1000),
    rescheduled_from_booking_id ulid          REFERENCES bookings (id),
    -- reschedules in this booking's chain so far (reference §13): incremented on the old and the new booking
    reschedule_count            integer       NOT NULL DEFAULT 0 CHECK (reschedule_count >= 0),
    -- the one late (12-24 h) reschedule has been used; inherited by the booking that replaces this one
    late_reschedule_used        boolean       NOT NULL DEFAULT false,
    -- set on the booking made by a late reschedule: its payment is LOCKed (captured and held by payments,
    -- reference §13), it cannot be rescheduled again, and its cancellation follows the locked outcomes
    locked_at                   timestamptz,
    confirmed_at                timestamptz,
    completed_at                timestamptz,
    cancelled_at                timestamptz,
    cancelled_by_id             ulid          REFERENCES users (id),
    cancellation_reason         varchar(500),
    reminder_24h_sent_at        timestamptz,
    reminder_1h_sent_at         timestamptz,
    created_at                  timestamptz   NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    booking_span                tstzrange     GENERATED ALWAYS AS (tstzrange(start_at, end_at, '[)')) STORED,
    CHECK (end_at > start_at),
    CHECK ((location_lat IS NULL) = (location_lng IS NULL)),
    CHECK (status <> 'CANCELLED' OR cancelled_at IS NOT NULL),
    CHECK (locked_at IS NULL OR late_reschedule_used),
    -- a booking holds its time while it can still happen or has happened
    CONSTRAINT bookings_no_instructor_overlap EXCLUDE USING gist (instructor_id WITH =, booking_span WITH &&)
        WHERE (status IN ('PENDING', 'CONFIRMED', 'COMPLETED', 'NO_SHOW')),
    CONSTRAINT bookings_no_student_overlap EXCLUDE USING gist (student_id WITH =, booking_span WITH &&)
        WHERE (status IN ('PENDING', 'CONFIRMED', 'COMPLETED', 'NO_SHOW'))
);
CREATE INDEX bookings_instructor_date_idx ON bookings (instructor_id, booking_date);
CREATE INDEX bookings_student_start_idx ON bookings (student_id, start_at);
CREATE INDEX bookings_service_idx ON bookings (instructor_service_id);

-- The policy outcome of a cancellation, decided by the bookings capability and settled by payments
-- (reference §12). Amounts in cents.
CREATE TABLE booking_cancellations (
    booking_id                  ulid          PRIMARY KEY REFERENCES bookings (id),
    cancelled_by_role           varchar(20)   NOT NULL CHECK (cancelled_by_role IN ('student', 'instructor', 'admin')),
    policy_window               varchar(20)   NOT NULL CHECK (policy_window IN ('ge_24h', 'between_12_24h', 'lt_12h')),
    outcome                     varchar(50)   NOT NULL,
    hours_before_start          numeric(8,3)  NOT NULL,
    -- a student cancel of a booking made by rescheduling a lesson < 24 h away: a penalty even >= 24 h ahead
    gaming_reschedule           boolean       NOT NULL DEFAULT false,
    lesson_price_cents          integer       NOT NULL CHECK (lesson_price_cents >= 0),
    student_fee_cents           integer       NOT NULL CHECK (student_fee_cents >= 0),
    instructor_fee_pct          numeric(5,2)  NOT NULL CHECK (instructor_fee_pct >= 0),
    instructor_fee_cents        integer       NOT NULL CHECK (instructor_fee_cents >= 0),
    -- what the student's card pays in the end (LP + SF on a penalty cancel, else 0)
    student_charge_cents        integer       NOT NULL CHECK (student_charge_cents >= 0),
    student_credit_cents        integer       NOT NULL CHECK (student_credit_cents >= 0),
    student_refund_cents        integer       NOT NULL CHECK (student_refund_cents >= 0),
    instructor_payout_cents     integer       NOT NULL CHECK (instructor_payout_cents >= 0),
    decided_at                  timestamptz   NOT NULL
);

-- No-show reports (reference §14): one per booking, reported between lesson start and end + 24 h. The accused
-- may dispute until dispute_deadline (report + 24 h); undisputed reports are confirmed by the booking jobs (every
-- 15 minutes) once the deadline has passed, disputed ones by an admin. The settlement is decided here and executed
-- by payments.
CREATE TABLE booking_no_shows (
    booking_id                  ulid          PRIMARY KEY REFERENCES bookings (id),
    no_show_type                varchar(20)   NOT NULL CHECK (no_show_type IN ('instructor', 'student', 'mutual')),
    reported_by_id              ulid          NOT NULL REFERENCES users (id),
    reported_by_role            varchar(20)   NOT NULL CHECK (reported_by_role IN ('student', 'instructor', 'admin')),
    reason                      varchar(500),
    reported_at                 timestamptz   NOT NULL,
    dispute_deadline            timestamptz   NOT NULL,
    disputed_by_id              ulid          REFERENCES users (id),
    disputed_at                 timestamptz,
    dispute_reason              varchar(500),
    resolution                  varchar(30)   CHECK (resolution IN
                                    ('confirmed_no_dispute', 'confirmed_after_review', 'dispute_upheld', 'cancelled')),
    -- the settlement payments executes, e.g. instructor_no_show_full_refund, student_no_show_full_payout
    settlement_outcome          varchar(50),
    resolved_by_id              ulid          REFERENCES users (id),
    resolved_at                 timestamptz,
    CHECK (dispute_deadline > reported_at),
    CHECK ((disputed_at IS NULL) = (disputed_by_id IS NULL) AND (disputed_at IS NULL) = (dispute_reason IS NULL)),
    CHECK ((resolution IS NULL) = (resolved_at IS NULL) AND (resolution IS NULL) = (settlement_outcome IS NULL))
);
-- what the automatic confirmation scans: open, undisputed reports by deadline
CREATE INDEX booking_no_shows_open_idx ON booking_no_shows (dispute_deadline)
    WHERE resolution IS NULL AND disputed_at IS NULL;
