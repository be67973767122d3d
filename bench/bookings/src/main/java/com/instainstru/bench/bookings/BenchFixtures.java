package com.instainstru.bench.bookings;

import com.instainstru.platform.ids.IdGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain rows for the benchmark: live online instructors (piano, 30 or 60 minutes at $75/h, default buffers,
 * overnight protection off so that any hour of the clock can book any slot) open all day for 400 days, and
 * students.
 */
final class BenchFixtures {

    private final Connection connection;
    private final Clock clock = Clock.systemUTC();
    private final IdGenerator ids = new IdGenerator(clock);
    private final Timestamp now = Timestamp.from(clock.instant());

    BenchFixtures(Connection connection) {
        this.connection = connection;
    }

    record Instructor(String id, String serviceId) {
    }

    Instructor instructor(LocalDate firstDay) throws SQLException {
        String id = user("Bench", "Instructor");
        update("""
                INSERT INTO instructor_profiles (user_id, bio, years_experience, bgc_status, is_live,
                    overnight_protection_enabled, created_at, updated_at)
                VALUES (?, 'Benchmark instructor teaching piano for many years.', 5, 'passed', true, false, ?, ?)
                """, id, now, now);
        String serviceId = ids.newId();
        update("""
                INSERT INTO instructor_services (id, instructor_id, service_catalog_id, duration_options, age_groups,
                    offers_online, created_at, updated_at)
                SELECT ?, ?, id, '{30,60}', '{adults}', true, ?, ? FROM service_catalog WHERE slug = 'piano'
                """, serviceId, id, now, now);
        update("INSERT INTO service_format_pricing (service_id, format, hourly_rate_cents) VALUES (?, 'online', 7500)",
                serviceId);
        update("""
                INSERT INTO availability_days (instructor_id, day_date, bits, updated_at)
                SELECT ?, d::date, decode(repeat('ff', 180), 'hex'), ?
                  FROM generate_series(?::date, ?::date + 400, interval '1 day') AS d
                """, id, now, firstDay.toString(), firstDay.toString());
        return new Instructor(id, serviceId);
    }

    List<String> students(int count) throws SQLException {
        List<String> students = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            students.add(user("Bench", "Student"));
        }
        return students;
    }

    private String user(String first, String last) throws SQLException {
        String id = ids.newId();
        update("""
                INSERT INTO users (id, email, first_name, last_name, password_hash, time_zone, tokens_valid_after,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, 'x', 'America/New_York', ?, ?, ?)
                """, id, "bench-" + id.toLowerCase() + "@example.test", first, last, now, now, now);
        return id;
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }
}
