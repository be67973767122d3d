package com.instainstru.bench.availability;

import com.instainstru.availability.WeekVersion;
import com.instainstru.availability.schema.WeekSaveRequest;
import com.instainstru.bench.common.Latencies;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Week read and week save through the service layer, interleaved in one loop so both see the same machine
 * state: read (AvailabilityWeekService.week), full-week save (all 7 days change) and one-day edit, each save
 * with If-Match of the version last seen, like the editor sends it. Each save writes its rows, an outbox event
 * and an audit entry in one transaction, exactly as in availability-api.
 */
final class LatencyRun {

    record Result(Latencies read, Latencies fullSave, Latencies oneDaySave) {
    }

    private final AvailabilityServices services;
    private final List<String> instructors = new ArrayList<>();
    private final List<String> versions = new ArrayList<>();
    private final LocalDate monday;

    LatencyRun(DataSource dataSource, String pass, int instructorCount) {
        services = new AvailabilityServices(dataSource);
        // A week well in the future, so that the past-day and same-day rules never cut anything.
        monday = LocalDate.now(Clock.systemUTC().withZone(ZoneId.of("America/New_York")))
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(4);
        for (int i = 0; i < instructorCount; i++) {
            String id = services.newInstructor(pass, i);
            instructors.add(id);
            versions.add(services.saves.save(id, WeekPatterns.realistic(monday), null, false).version());
        }
    }

    Result run(int warmup, int iterations) {
        loop(warmup, null);
        Result result = new Result(new Latencies(iterations), new Latencies(iterations), new Latencies(iterations));
        loop(iterations, result);
        return result;
    }

    private void loop(int iterations, Result result) {
        for (int i = 0; i < iterations; i++) {
            int who = i % instructors.size();
            String instructor = instructors.get(who);

            long start = System.nanoTime();
            String read = services.weeks.week(instructor, monday).version();
            long afterRead = System.nanoTime();
            WeekSaveRequest full = (i / instructors.size()) % 2 == 0 ? WeekPatterns.shifted(monday)
                    : WeekPatterns.realistic(monday);
            String saved = services.saves.save(instructor, full, WeekVersion.etag(read), false).version();
            long afterFull = System.nanoTime();
            WeekSaveRequest edit = WeekPatterns.oneDayEdit(monday, true);
            // Only right after a save of the realistic week does the edit change exactly one day.
            boolean oneDay = (i / instructors.size()) % 2 == 1;
            long beforeEdit = System.nanoTime();
            String edited = oneDay ? services.saves.save(instructor, edit, WeekVersion.etag(saved), false).version()
                    : saved;
            long afterEdit = System.nanoTime();
            versions.set(who, edited);

            if (result != null) {
                result.read().add(afterRead - start);
                result.fullSave().add(afterFull - afterRead);
                if (oneDay) {
                    result.oneDaySave().add(afterEdit - beforeEdit);
                }
            }
        }
    }
}
