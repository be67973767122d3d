package com.instainstru.bench.payments;

import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.pricing.FeeRates;
import com.instainstru.pricing.PaymentAmounts;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * {@code count} confirmed $120 online lessons whose scheduled payments are due for authorization now, inserted with
 * plain SQL in JDBC batches (not through PaymentSetupService: one transaction and three statements per booking
 * would make the set-up of 100,000 slower than the run). Pairs of one student and one instructor (12 % tier, a
 * Connect account) share 20 lessons, one an hour from now + 24 h, so no two overlap. The amounts come from
 * shared-lib's PaymentAmounts, as PaymentSetupService computes them.
 */
final class DuePayments {

    private static final int LESSONS_PER_PAIR = 20;
    private static final int LESSON_PRICE_CENTS = 12_000;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Connection connection;
    private final IdGenerator ids;
    private final Instant now;
    private final Timestamp nowTs;

    DuePayments(Connection connection, Clock clock) {
        this.connection = connection;
        this.ids = new IdGenerator(clock);
        this.now = clock.instant();
        this.nowTs = Timestamp.from(now);
    }

    void insert(int count) throws SQLException {
        int pairs = (count + LESSONS_PER_PAIR - 1) / LESSONS_PER_PAIR;
        String[] students = new String[pairs];
        String[] instructors = new String[pairs];
        String[] services = new String[pairs];
        connection.setAutoCommit(false);
        try (PreparedStatement users = connection.prepareStatement("""
                     INSERT INTO users (id, email, first_name, last_name, password_hash, time_zone, tokens_valid_after,
                         created_at, updated_at) VALUES (?, ?, 'Bench', 'User', 'x', 'America/New_York', ?, ?, ?)
                     """);
                PreparedStatement profiles = connection.prepareStatement("""
                     INSERT INTO instructor_profiles (user_id, bio, years_experience, current_tier_pct, created_at,
                         updated_at) VALUES (?, 'Benchmark instructor teaching piano.', 5, 12.00, ?, ?)
                     """);
                PreparedStatement serviceRows = connection.prepareStatement("""
                     INSERT INTO instructor_services (id, instructor_id, service_catalog_id, duration_options,
                         age_groups, offers_online, created_at, updated_at)
                     SELECT ?, ?, id, '{60}', '{adults}', true, ?, ? FROM service_catalog WHERE slug = 'piano'
                     """);
                PreparedStatement accounts = connection.prepareStatement("""
                     INSERT INTO instructor_stripe_accounts (instructor_id, stripe_account_id, charges_enabled,
                         payouts_enabled, details_submitted, onboarding_completed_at, created_at, updated_at)
                     VALUES (?, ?, true, true, true, ?, ?, ?)
                     """)) {
            for (int p = 0; p < pairs; p++) {
                students[p] = user(users);
                instructors[p] = user(users);
                services[p] = ids.newId();
                set(profiles, instructors[p], nowTs, nowTs);
                set(serviceRows, services[p], instructors[p], nowTs, nowTs);
                set(accounts, instructors[p], "acct_" + instructors[p].substring(10), nowTs, nowTs, nowTs);
                if (p % 500 == 499) {
                    flush(users, profiles, serviceRows, accounts);
                }
            }
            flush(users, profiles, serviceRows, accounts);
        }
        insertLessons(count, students, instructors, services);
        connection.commit();
        connection.setAutoCommit(true);
    }

    private void insertLessons(int count, String[] students, String[] instructors, String[] services)
            throws SQLException {
        PaymentAmounts amounts = PaymentAmounts.of(LESSON_PRICE_CENTS,
                FeeRates.instructorTierPct(false, new BigDecimal("12.00")), 0);
        Timestamp due = Timestamp.from(now.minus(Duration.ofMinutes(1)));
        try (PreparedStatement bookings = connection.prepareStatement("""
                     INSERT INTO bookings (id, student_id, instructor_id, instructor_service_id, booking_date,
                         start_time, end_time, start_at, end_at, lesson_time_zone, student_time_zone,
                         duration_minutes, location_type, service_name, hourly_rate_cents, total_price_cents, status,
                         confirmed_at, created_at, updated_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 60, 'online', 'Piano', ?, ?, 'CONFIRMED', ?, ?, ?)
                     """);
                PreparedStatement payments = connection.prepareStatement("""
                     INSERT INTO booking_payments (booking_id, student_id, instructor_id, status, stripe_customer_id,
                         payment_method_id, destination_account_id, lesson_price_cents, student_fee_cents,
                         instructor_commission_pct, instructor_commission_cents, credits_applied_cents,
                         card_charge_cents, application_fee_cents, instructor_payout_cents, auth_scheduled_for,
                         created_at, updated_at)
                     VALUES (?, ?, ?, 'scheduled', ?, 'pm_card_visa', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                     """)) {
            for (int i = 0; i < count; i++) {
                int pair = i / LESSONS_PER_PAIR;
                ZonedDateTime start = now.plus(Duration.ofHours(24 + i % LESSONS_PER_PAIR))
                        .truncatedTo(java.time.temporal.ChronoUnit.HOURS).atZone(NEW_YORK);
                ZonedDateTime end = start.plusMinutes(60);
                String id = ids.newId();
                set(bookings, id, students[pair], instructors[pair], services[pair], start.toLocalDate(),
                        start.toLocalTime(), end.toLocalTime(), Timestamp.from(start.toInstant()),
                        Timestamp.from(end.toInstant()), NEW_YORK.getId(), NEW_YORK.getId(), LESSON_PRICE_CENTS,
                        LESSON_PRICE_CENTS, nowTs, nowTs, nowTs);
                set(payments, id, students[pair], instructors[pair], "cus_" + students[pair].substring(10),
                        "acct_" + instructors[pair].substring(10), amounts.lessonPriceCents(),
                        amounts.studentFeeCents(), amounts.instructorFeePct(), amounts.instructorFeeCents(),
                        amounts.creditAppliedCents(), amounts.cardChargeCents(), amounts.applicationFeeCents(),
                        amounts.instructorPayoutCents(), due, nowTs, nowTs);
                if (i % 1000 == 999) {
                    flush(bookings, payments);
                }
            }
            flush(bookings, payments);
        }
    }

    private String user(PreparedStatement users) throws SQLException {
        String id = ids.newId();
        set(users, id, "bench-" + id.toLowerCase() + "@example.test", nowTs, nowTs, nowTs);
        return id;
    }

    private static void set(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        statement.addBatch();
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }
}
