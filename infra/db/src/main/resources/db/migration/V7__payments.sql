-- Payments (reference §10, §11, §15; Stripe facts in payments-checks-ratelimit.md §1): Stripe customers and
-- Connect accounts, one payment per booking with its state machine (authorize at T-24h, capture at end + 24h,
-- settle cancellations and no-shows), an append-only ledger of what happened to the money, de-duplicated Stripe
-- webhook deliveries, and platform credits. Every amount is integer cents; every Stripe id is Stripe's string.
--
-- Clean break (pre-launch): edit this file in place instead of adding new versions.

-- One Stripe customer per user (reference §11: customers 1:1 with users), created the first time a card is saved.
CREATE TABLE stripe_customers (
    user_id                     ulid          PRIMARY KEY REFERENCES users (id),
    stripe_customer_id          varchar(255)  NOT NULL UNIQUE,
    default_payment_method_id   varchar(255),
    created_at                  timestamptz   NOT NULL,
    updated_at                  timestamptz   NOT NULL
);

-- An instructor's Stripe Connect Express account. The readiness flags are copied from Stripe's Account object,
-- always re-fetched (never taken from a webhook payload), so out-of-order account.updated events cannot roll
-- them back.
CREATE TABLE instructor_stripe_accounts (
    instructor_id               ulid          PRIMARY KEY REFERENCES instructor_profiles (user_id),
    stripe_account_id           varchar(255)  NOT NULL UNIQUE,
    charges_enabled             boolean       NOT NULL DEFAULT false,
    payouts_enabled             boolean       NOT NULL DEFAULT false,
    details_submitted           boolean       NOT NULL DEFAULT false,
    -- requirements.currently_due + past_due at the last refresh: bookings need both empty
    requirements_due            text[]        NOT NULL DEFAULT '{}',
    -- the first refresh that saw the account ready (charges, payouts, details, nothing due); kept afterwards
    onboarding_completed_at     timestamptz,
    -- weekly payouts anchored on Tuesday (reference §11), applied once by the payout-schedule audit
    payout_schedule_applied_at  timestamptz,
    last_refreshed_at           timestamptz,
    created_at                  timestamptz   NOT NULL,
    updated_at                  timestamptz   NOT NULL
);

-- The nightly commission tier refresh (reference §10, payment-housekeeping): the evaluation day (UTC, starting
-- at 03:15) an instructor's current_tier_pct was last evaluated for. A row is evaluated at most once per day, so a
-- duplicated or overlapping run never moves a tier two steps.
ALTER TABLE instructor_profiles ADD COLUMN tier_evaluated_on date;
CREATE INDEX instructor_profiles_tier_evaluated_idx ON instructor_profiles (tier_evaluated_on NULLS FIRST, user_id);

-- The payment of one booking. Amounts are fixed at checkout (reference §10):
--   card charge = lesson price - credits applied + student fee; application fee = max(0, SF + IF - credits);
--   instructor payout target = LP - IF (a top-up transfer covers the gap when credits exceed the platform's take).
-- States: scheduled (authorization planned for auth_scheduled_for), authorizing (a Stripe call in flight, whose
-- key is auth_attempts), authorized (PaymentIntent in requires_capture), payment_method_required (the student
-- must act), capturing (a capture call in flight, whose key is capture_attempts), locked (captured and the transfer
-- reversed: the platform holds the money, §13), settling (a settlement or a LOCK in flight: money_operation names it),
-- settled (final, settlement_outcome says how), manual_review (operations decide; automation frozen). The workflow claims a row (-> authorizing / capturing, attempt + 1) and
-- commits before calling Stripe; a crash leaves the claim, and the retry reuses its attempt, hence its key.
CREATE TABLE booking_payments (
    booking_id                  ulid          PRIMARY KEY REFERENCES bookings (id),
    student_id                  ulid          NOT NULL REFERENCES users (id),
    instructor_id               ulid          NOT NULL REFERENCES instructor_profiles (user_id),
    status                      varchar(30)   NOT NULL CHECK (status IN ('scheduled', 'authorizing', 'authorized',
                                    'payment_method_required', 'capturing', 'settling', 'locked', 'settled', 'manual_review')),
    stripe_customer_id          varchar(255),
    payment_method_id           varchar(255),
    payment_intent_id           varchar(255)  UNIQUE,
    -- the connected account the destination charge transfers to (transfer_data[destination])
    destination_account_id      varchar(255),
    lesson_price_cents          integer       NOT NULL CHECK (lesson_price_cents >= 0),
    student_fee_cents           integer       NOT NULL CHECK (student_fee_cents >= 0),
    instructor_commission_pct   numeric(5,2)  NOT NULL CHECK (instructor_commission_pct >= 0 AND instructor_commission_pct <= 100),
    instructor_commission_cents integer       NOT NULL CHECK (instructor_commission_cents >= 0),
    credits_applied_cents       integer       NOT NULL DEFAULT 0 CHECK (credits_applied_cents >= 0),
    card_charge_cents           integer       NOT NULL CHECK (card_charge_cents >= 0),
    application_fee_cents       integer       NOT NULL CHECK (application_fee_cents >= 0),
    instructor_payout_cents     integer       NOT NULL CHECK (instructor_payout_cents >= 0),
    -- authorization: scheduled at T-24h, or immediately for lessons < 24 h ahead
    auth_scheduled_for          timestamptz   NOT NULL,
    auth_attempts               integer       NOT NULL DEFAULT 0 CHECK (auth_attempts >= 0),
    next_auth_attempt_at        timestamptz,
    auth_last_error_code        varchar(100),
    auth_first_failed_at        timestamptz,
    -- when the last attempt of a PENDING booking (lesson < 24 h ahead) failed: not retried automatically, the
    -- booking becomes PAYMENT_FAILED 30 minutes later unless the student's card swap succeeds first
    auth_last_attempt_at        timestamptz,
    -- the one-time "cancelled in 1 hour" warning at T-13h
    auth_final_warning_sent_at  timestamptz,
    authorized_at               timestamptz,
    -- when the card network releases the hold (charge.payment_method_details.card.capture_before)
    capture_before              timestamptz,
    -- the in-flight attempt (authorizing / capturing) follows a Stripe 5xx that Stripe may have stored under the
    -- previous attempt's key: look the PaymentIntent up before calling Stripe with the new key
    after_server_error          boolean       NOT NULL DEFAULT false,
    -- capture: at lesson end + 24 h, retried every 4 h, escalated to manual_review after 72 h
    capture_attempts            integer       NOT NULL DEFAULT 0 CHECK (capture_attempts >= 0),
    next_capture_attempt_at     timestamptz,
    capture_last_error_code     varchar(100),
    capture_first_failed_at     timestamptz,
    captured_at                 timestamptz,
    amount_captured_cents       integer       CHECK (amount_captured_cents >= 0),
    -- the destination charge's transfer to the instructor (tr_...), known once captured; reversed on LOCK and on
    -- penalty cancellations
    stripe_transfer_id          varchar(255),
    -- LOCK (§13): captured and the transfer reversed on a late reschedule; the platform holds the money
    locked_at                   timestamptz,
    -- settling: the operation in flight (a settlement outcome, or 'lock') and the status it started from; its
    -- Stripe steps are keyed booking:{id}:<step> and each one done has a payment_events row with that key
    money_operation             varchar(50),
    operation_from_status       varchar(30),
    settlement_outcome          varchar(50)   CHECK (settlement_outcome IN (
                                    'lesson_completed_full_payout', 'student_cancel_gt24_no_charge',
                                    'student_cancel_12_24_full_credit', 'student_cancel_lt12_split_50_50',
                                    'locked_cancel_ge12_full_credit', 'locked_cancel_lt12_split_50_50',
                                    'instructor_cancel_full_refund', 'instructor_no_show_full_refund',
                                    'student_no_show_full_payout', 'student_wins_dispute_full_refund',
                                    'capture_failure_instructor_paid', 'payment_failed_no_charge')),
    settled_at                  timestamptz,
    manual_review_reason        varchar(100),
    -- optimistic concurrency: every transition is UPDATE ... WHERE version = ?
    version                     integer       NOT NULL DEFAULT 0 CHECK (version >= 0),
    created_at                  timestamptz   NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    CHECK (credits_applied_cents <= lesson_price_cents),
    CHECK (card_charge_cents = lesson_price_cents - credits_applied_cents + student_fee_cents),
    CHECK (application_fee_cents <= card_charge_cents),
    CHECK (instructor_payout_cents <= lesson_price_cents),
    CHECK (status <> 'authorized' OR (payment_intent_id IS NOT NULL AND authorized_at IS NOT NULL)),
    -- a settled payment keeps its outcome when a chargeback later hands it to manual_review (charge.dispute.*)
    CHECK (status <> 'settled' OR settlement_outcome IS NOT NULL),
    CHECK (settlement_outcome IS NULL OR status IN ('settled', 'manual_review')),
    CHECK ((settlement_outcome IS NULL) = (settled_at IS NULL)),
    CHECK (status <> 'manual_review' OR manual_review_reason IS NOT NULL),
    CHECK ((captured_at IS NULL) = (amount_captured_cents IS NULL)),
    CHECK ((status = 'settling') = (money_operation IS NOT NULL)),
    CHECK ((money_operation IS NULL) = (operation_from_status IS NULL)),
    CHECK (status <> 'locked' OR (captured_at IS NOT NULL AND locked_at IS NOT NULL))
);
-- what the schedulers scan, each by its own due instant
CREATE INDEX booking_payments_auth_due_idx ON booking_payments (auth_scheduled_for) WHERE status = 'scheduled';
CREATE INDEX booking_payments_auth_retry_idx ON booking_payments (next_auth_attempt_at)
    WHERE status = 'payment_method_required';
CREATE INDEX booking_payments_capture_due_idx ON booking_payments (next_capture_attempt_at)
    WHERE status = 'authorized';
-- claims left behind by a crashed worker (authorizing / capturing for too long)
CREATE INDEX booking_payments_in_flight_idx ON booking_payments (updated_at)
    WHERE status IN ('authorizing', 'capturing', 'settling');
-- PENDING bookings (lesson < 24 h ahead, card not yet authorized), scanned for the 30-minute failure
CREATE INDEX bookings_pending_idx ON bookings (created_at) WHERE status = 'PENDING';
CREATE INDEX booking_payments_student_idx ON booking_payments (student_id);
CREATE INDEX booking_payments_instructor_idx ON booking_payments (instructor_id);

-- Append-only ledger of what happened to a booking's money, in cents: authorizations, captures, transfers,
-- reversals, refunds, credits, failures. Never updated or deleted (a trigger refuses it).
CREATE TABLE payment_events (
    id                          ulid          PRIMARY KEY,
    booking_id                  ulid          NOT NULL REFERENCES bookings (id),
    event_type                  varchar(60)   NOT NULL CHECK (event_type ~ '^[a-z][a-z0-9_]*$'),
    amount_cents                integer       CHECK (amount_cents >= 0),
    -- the Stripe object the step created or touched (pi_..., re_..., tr_..., trr_...)
    stripe_object_id            varchar(255),
    idempotency_key             varchar(255),
    details                     jsonb         NOT NULL DEFAULT '{}',
    occurred_at                 timestamptz   NOT NULL
);
CREATE INDEX payment_events_booking_idx ON payment_events (booking_id, occurred_at);

CREATE FUNCTION payment_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'payment_events is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER payment_events_append_only BEFORE UPDATE OR DELETE ON payment_events
    FOR EACH ROW EXECUTE FUNCTION payment_events_append_only();

-- Chargebacks and inquiries on a booking's charge (reference §11 "Chargebacks", §15 negative balance), one row per
-- Stripe dispute, written from Stripe's re-fetched dispute so deliveries in any order open it once and close it once.
-- frozen_credit_cents: credits the booking produced that were frozen when it opened; spent_credit_cents: those
-- already reserved or applied then, which make the student's balance negative (users.credit_balance_frozen).
CREATE TABLE payment_disputes (
    dispute_id                  varchar(255)  PRIMARY KEY,
    booking_id                  ulid          NOT NULL REFERENCES bookings (id),
    student_id                  ulid          NOT NULL REFERENCES users (id),
    payment_intent_id           varchar(255)  NOT NULL,
    amount_cents                integer       NOT NULL CHECK (amount_cents >= 0),
    reason                      varchar(60),
    -- Stripe's dispute status at the last re-fetch (needs_response, under_review, won, lost, warning_closed, ...)
    stripe_status               varchar(30)   NOT NULL,
    frozen_credit_cents         integer       NOT NULL DEFAULT 0 CHECK (frozen_credit_cents >= 0),
    spent_credit_cents          integer       NOT NULL DEFAULT 0 CHECK (spent_credit_cents >= 0),
    opened_at                   timestamptz   NOT NULL,
    closed_at                   timestamptz,
    updated_at                  timestamptz   NOT NULL
);
CREATE INDEX payment_disputes_booking_idx ON payment_disputes (booking_id);
CREATE INDEX payment_disputes_student_idx ON payment_disputes (student_id);

-- Stripe webhook deliveries, one row per event id: Stripe delivers at least once, and a second delivery of an
-- event id is a no-op. account is the connected account for events of the Connect endpoint, else NULL.
CREATE TABLE stripe_webhook_events (
    event_id                    varchar(255)  PRIMARY KEY,
    event_type                  varchar(100)  NOT NULL,
    endpoint                    varchar(10)   NOT NULL CHECK (endpoint IN ('platform', 'connect')),
    account                     varchar(255),
    livemode                    boolean       NOT NULL,
    -- data.object.id: Stripe sometimes sends two events for one change (second de-duplication key)
    object_id                   varchar(255),
    payload                     jsonb         NOT NULL,
    received_at                 timestamptz   NOT NULL,
    processed_at                timestamptz,
    -- what the dispatch did: handled, or recorded (no handler yet)
    disposition                 varchar(20)   CHECK (disposition IN ('handled', 'recorded')),
    CHECK ((processed_at IS NULL) = (disposition IS NULL))
);
CREATE INDEX stripe_webhook_events_object_idx ON stripe_webhook_events (object_id, event_type);
CREATE INDEX stripe_webhook_events_unprocessed_idx ON stripe_webhook_events (received_at) WHERE processed_at IS NULL;

-- Platform credits (reference §15). Reserved FIFO by earliest expiry (no expiry last); a partial reservation
-- splits the row (split_from_credit_id names the original). Credits never cover the student fee. Reserved
-- credits do not expire while reserved; released ones keep original_expires_at.
CREATE TABLE platform_credits (
    id                          ulid          PRIMARY KEY,
    user_id                     ulid          NOT NULL REFERENCES users (id),
    amount_cents                integer       NOT NULL CHECK (amount_cents > 0),
    source_type                 varchar(30)   NOT NULL CHECK (source_type IN ('cancellation', 'lock_resolution',
                                    'milestone_s5', 'milestone_s11', 'refund_reinstatement', 'admin_adjustment')),
    source_booking_id           ulid          REFERENCES bookings (id),
    split_from_credit_id        ulid          REFERENCES platform_credits (id),
    status                      varchar(20)   NOT NULL CHECK (status IN ('pending', 'available', 'reserved',
                                    'applied', 'forfeited', 'expired', 'frozen', 'revoked')),
    reserved_for_booking_id     ulid          REFERENCES bookings (id),
    reserved_at                 timestamptz,
    applied_at                  timestamptz,
    expires_at                  timestamptz,
    original_expires_at         timestamptz,
    forfeited_at                timestamptz,
    expired_at                  timestamptz,
    frozen_at                   timestamptz,
    revoked_at                  timestamptz,
    version                     integer       NOT NULL DEFAULT 0 CHECK (version >= 0),
    created_at                  timestamptz   NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    CHECK (status NOT IN ('reserved', 'applied') OR reserved_for_booking_id IS NOT NULL),
    CHECK (status <> 'reserved' OR reserved_at IS NOT NULL),
    CHECK (status <> 'applied' OR applied_at IS NOT NULL),
    CHECK (source_type = 'admin_adjustment' OR source_booking_id IS NOT NULL OR split_from_credit_id IS NOT NULL)
);
-- checkout reserves FIFO by earliest expiry, no expiry last
CREATE INDEX platform_credits_available_idx ON platform_credits (user_id, expires_at NULLS LAST, created_at)
    WHERE status = 'available';
CREATE INDEX platform_credits_reserved_idx ON platform_credits (reserved_for_booking_id) WHERE status = 'reserved';
CREATE INDEX platform_credits_source_idx ON platform_credits (source_booking_id);
-- one loyalty credit per triggering booking, whatever retries happen
CREATE UNIQUE INDEX platform_credits_milestone_once_idx ON platform_credits (source_booking_id, source_type)
    WHERE source_type IN ('milestone_s5', 'milestone_s11') AND split_from_credit_id IS NULL;

-- Money endpoints' idempotency (reference §11, "triple financial protection"): the same Idempotency-Key from the
-- same user on the same route answers the first response for 24 h; a different body with the same key is a 422.
CREATE TABLE payment_request_idempotency (
    user_id                     ulid          NOT NULL REFERENCES users (id),
    idempotency_key             varchar(255)  NOT NULL,
    route                       varchar(200)  NOT NULL,
    request_sha256              char(64)      NOT NULL,
    response_status             integer       CHECK (response_status BETWEEN 100 AND 599),
    response_body               jsonb,
    created_at                  timestamptz   NOT NULL,
    expires_at                  timestamptz   NOT NULL,
    PRIMARY KEY (user_id, idempotency_key),
    CHECK ((response_status IS NULL) = (response_body IS NULL)),
    CHECK (expires_at > created_at)
);
CREATE INDEX payment_request_idempotency_expiry_idx ON payment_request_idempotency (expires_at);
