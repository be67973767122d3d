package com.instainstru.bench.availability;

import com.instainstru.availability.DayBits;
import com.instainstru.availability.TimeWindow;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Storage of the same realistic week in both designs, in the benchmark's database: {@code bench_bitmap_days}
 * is {@code availability_days} (LIKE ... INCLUDING ALL: same columns, check and primary key; an empty day has
 * no row) and {@code bench_slot_rows} is one row per available 15-minute slot (id, instructor_id, date, start,
 * end, created_at) with its primary key and a unique (instructor_id, slot_date, start_time) index.
 */
final class StorageRun {

    record Sizes(long rows, long heapBytes, long indexBytes, long totalBytes, double averageRowBytes) {
    }

    record Result(int instructors, Sizes bitmap, Sizes slots) {

        double perInstructorDay(Sizes sizes) {
            return sizes.totalBytes() / (instructors * 7.0);
        }

        double saving() {
            return 1 - (double) bitmap.totalBytes() / slots.totalBytes();
        }
    }

    private static final LocalDate MONDAY = LocalDate.parse("2027-01-04");
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final Connection connection;

    StorageRun(Connection connection) {
        this.connection = connection;
    }

    Result run(int instructors) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bench_bitmap_days (LIKE availability_days INCLUDING ALL)");
            statement.execute("""
                    CREATE TABLE bench_slot_rows (
                        id            ulid        PRIMARY KEY,
                        instructor_id ulid        NOT NULL,
                        slot_date     date        NOT NULL,
                        start_time    time        NOT NULL,
                        end_time      time        NOT NULL,
                        created_at    timestamptz NOT NULL,
                        UNIQUE (instructor_id, slot_date, start_time))
                    """);
        }
        List<List<TimeWindow>> week = realisticWeek();
        try (PreparedStatement days = connection.prepareStatement(
                "INSERT INTO bench_bitmap_days (instructor_id, day_date, bits, updated_at) VALUES (?, ?, ?, ?)");
                PreparedStatement slots = connection.prepareStatement("""
                        INSERT INTO bench_slot_rows (id, instructor_id, slot_date, start_time, end_time, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)) {
            long slotId = 0;
            for (int i = 0; i < instructors; i++) {
                String instructor = ulid(1, i);
                for (int d = 0; d < 7; d++) {
                    if (week.get(d).isEmpty()) {
                        continue;
                    }
                    Date date = Date.valueOf(MONDAY.plusDays(d));
                    days.setString(1, instructor);
                    days.setDate(2, date);
                    days.setBytes(3, DayBits.of(week.get(d)).toBytes());
                    days.setTimestamp(4, Timestamp.from(NOW));
                    days.addBatch();
                    for (TimeWindow window : week.get(d)) {
                        for (int m = window.startMinute(); m < window.endMinute(); m += 15) {
                            slots.setString(1, ulid(2, slotId++));
                            slots.setString(2, instructor);
                            slots.setDate(3, date);
                            slots.setTime(4, Time.valueOf(LocalTime.ofSecondOfDay(m * 60L)));
                            slots.setTime(5, Time.valueOf(LocalTime.ofSecondOfDay((m + 15) * 60L % 86_400)));
                            slots.setTimestamp(6, Timestamp.from(NOW));
                            slots.addBatch();
                        }
                    }
                }
                days.executeBatch();
                slots.executeBatch();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE bench_bitmap_days");
            statement.execute("VACUUM ANALYZE bench_slot_rows");
        }
        return new Result(instructors, sizes("bench_bitmap_days"), sizes("bench_slot_rows"));
    }

    private Sizes sizes(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) AS n, pg_relation_size('" + table
                        + "') AS heap, pg_indexes_size('" + table + "') AS idx, pg_total_relation_size('" + table
                        + "') AS total, avg(pg_column_size(t.*)) AS avg_row FROM " + table + " t")) {
            row.next();
            return new Sizes(row.getLong("n"), row.getLong("heap"), row.getLong("idx"), row.getLong("total"),
                    row.getDouble("avg_row"));
        }
    }

    /** 09:00-12:00 and 14:00-19:00 Monday to Friday, 09:00-12:00 Saturday, Sunday off. */
    static List<List<TimeWindow>> realisticWeek() {
        List<List<TimeWindow>> week = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            week.add(List.of(new TimeWindow(540, 720), new TimeWindow(840, 1140)));
        }
        week.add(List.of(new TimeWindow(540, 720)));
        week.add(List.of());
        return week;
    }

    /** A well-formed, unique ULID-shaped id (Crockford digits only). */
    private static String ulid(int kind, long n) {
        return String.format("0%01d%024d", kind, n);
    }
}
