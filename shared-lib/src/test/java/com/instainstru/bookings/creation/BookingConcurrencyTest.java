package com.instainstru.bookings.creation;

import static com.instainstru.bookings.creation.BookingCreationTestKit.online;
import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.platform.errors.ConflictException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Simultaneous requests through the service, each on its own real database connections: the per-instructor-day
 * lock serializes one instructor's slot, and the student EXCLUDE constraint catches one student booking two
 * instructors (whose day locks differ) at once. Every loser gets a clean 409, nothing else.
 */
class BookingConcurrencyTest {

    private final BookingCreationTestKit kit = new BookingCreationTestKit();
    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void twoHundredStudentsRaceForOneSlotAndExactlyOneWins() throws Exception {
        String instructor = kit.instructor();
        String service = kit.service(instructor, "online", 7500);
        kit.open(instructor, LocalDate.parse("2026-12-02"), "09:00-17:00");
        List<String> students = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            students.add(kit.student());
        }

        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String student : students) {
            outcomes.add(pool.submit(attempt(start, () -> {
                kit.bookings.create(student, online(instructor, service, "2026-12-02", "10:00", 60));
                return "booked";
            })));
        }
        start.countDown();

        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(120, TimeUnit.SECONDS));
        }
        assertThat(results).filteredOn("booked"::equals).hasSize(1);
        assertThat(results).filteredOn("BOOKING_CONFLICT/instructor"::equals).hasSize(199);
        assertThat(kit.count("SELECT count(*) AS n FROM bookings WHERE instructor_id = ?", instructor)).isEqualTo(1);
        assertThat(kit.count("SELECT count(*) AS n FROM outbox_events WHERE event_type = 'booking.created'"
                + " AND payload->>'instructorId' = ?", instructor)).isEqualTo(1);
    }

    @Test
    void oneStudentBookingTwoInstructorsAtOnceGetsExactlyOne() throws Exception {
        String first = kit.instructor();
        String firstService = kit.service(first, "online", 7500);
        String second = kit.instructor();
        String secondService = kit.service(second, "online", 7500);
        kit.openAllDay(first, LocalDate.parse("2026-12-01"), 20);
        kit.openAllDay(second, LocalDate.parse("2026-12-01"), 20);

        for (int round = 0; round < 20; round++) {
            String student = kit.student();
            String date = LocalDate.parse("2026-12-01").plusDays(round).toString();
            CountDownLatch start = new CountDownLatch(1);
            Future<String> a = pool.submit(attempt(start, () -> {
                kit.bookings.create(student, online(first, firstService, date, "10:00", 60));
                return "booked";
            }));
            Future<String> b = pool.submit(attempt(start, () -> {
                kit.bookings.create(student, online(second, secondService, date, "10:30", 60));
                return "booked";
            }));
            start.countDown();

            assertThat(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder("booked", "BOOKING_CONFLICT/student");
            assertThat(kit.count("SELECT count(*) AS n FROM bookings WHERE student_id = ?", student)).isEqualTo(1);
        }
    }

    /** Waits for the start signal, runs, and answers "booked" or the 409's code and scope; anything else fails. */
    private static Callable<String> attempt(CountDownLatch start, Callable<String> create) {
        return () -> {
            start.await();
            try {
                return create.call();
            } catch (ConflictException e) {
                return e.code() + "/" + e.extensions().get("conflictScope");
            }
        };
    }
}
