package com.instainstru.bench.bookings;

import com.instainstru.bench.bookings.BenchFixtures.Instructor;
import com.instainstru.bench.common.BenchDatabase;
import com.instainstru.bench.common.Latencies;
import com.instainstru.bookings.creation.BookingCreationService;
import com.instainstru.bookings.creation.schema.CreateBookingRequest;
import com.instainstru.platform.errors.ConflictException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Booking create through the service layer (all rules, the day lock, the insert with its EXCLUDE constraints, outbox
 * and audit rows, durable commit) in a fresh database: one thread, two threads on different instructors, and
 * 200 students racing for one slot through 16 threads. Arguments: migrations directory, then optionally warm-up
 * bookings, measured bookings per thread, contention rounds.
 */
public final class BookingsBench {

    /** 30-minute online lessons every 45 minutes (the 15-minute buffer): 32 slots per day. */
    private static final int SLOTS_PER_DAY = 32;
    private static final int RACERS = 200;
    private static final int POOL = 16;

    public static void main(String[] args) throws Exception {
        String migrations = args[0];
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        LocalDate firstDay = LocalDate.now(ZoneId.of("America/New_York")).plusDays(2);

        try (BenchDatabase database = new BenchDatabase("bench_bookings", migrations);
                PerThreadDataSource perThread = new PerThreadDataSource(database)) {
            BenchFixtures fixtures = new BenchFixtures(database.connection());
            System.out.printf("database %s (fresh, migrated); %d warm-up + %d measured bookings per thread,"
                    + " %d contention rounds of %d students on %d threads%n", database.name(), warmup, measured,
                    rounds, RACERS, POOL);
            System.out.printf("load average before: %s%n", loadAverage());

            BookingCreationService single = new BookingServices(database.dataSource()).bookings;
            Instructor alone = fixtures.instructor(firstDay);
            List<String> aloneStudents = fixtures.students(20);
            book(single, alone, aloneStudents, 0, warmup, null);
            Latencies one = new Latencies(measured);
            long start = System.nanoTime();
            book(single, alone, aloneStudents, warmup, measured, one);
            double singleSeconds = (System.nanoTime() - start) / 1e9;

            BookingCreationService shared = new BookingServices(perThread).bookings;
            Instructor left = fixtures.instructor(firstDay);
            Instructor right = fixtures.instructor(firstDay);
            List<String> leftStudents = fixtures.students(20);
            List<String> rightStudents = fixtures.students(20);
            Latencies leftTimes = new Latencies(measured);
            Latencies rightTimes = new Latencies(measured);
            CyclicBarrier measuredStart = new CyclicBarrier(2);
            ExecutorService two = Executors.newFixedThreadPool(2);
            long[] twoStart = new long[1];
            Future<?> a = two.submit(() -> pair(shared, left, leftStudents, warmup, measured, leftTimes, measuredStart,
                    twoStart));
            Future<?> b = two.submit(() -> pair(shared, right, rightStudents, warmup, measured, rightTimes,
                    measuredStart, twoStart));
            a.get();
            b.get();
            double twoSeconds = (System.nanoTime() - twoStart[0]) / 1e9;
            two.shutdown();

            System.out.println();
            System.out.println("booking create through the service layer (ms)          n      p50      p95      p99"
                    + "   bookings/s");
            row("1 thread", one, measured / singleSeconds);
            row("2 threads, thread A (own instructor)", leftTimes, Double.NaN);
            row("2 threads, thread B (own instructor)", rightTimes, 2 * measured / twoSeconds);
            System.out.printf("  scaling: 2 threads deliver %.2fx the single thread's throughput (ideal 2.00x)%n",
                    (2 * measured / twoSeconds) / (measured / singleSeconds));

            contention(shared, fixtures, firstDay, rounds);
            System.out.printf("%nload average after: %s%n", loadAverage());
        }
    }

    private static void pair(BookingCreationService bookings, Instructor instructor, List<String> students,
            int warmup, int measured, Latencies times, CyclicBarrier measuredStart, long[] twoStart) {
        try {
            book(bookings, instructor, students, 0, warmup, null);
            measuredStart.await();
            synchronized (twoStart) {
                if (twoStart[0] == 0) {
                    twoStart[0] = System.nanoTime();
                }
            }
            book(bookings, instructor, students, warmup, measured, times);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Books slots {@code from .. from + count - 1} of the instructor, cycling through the students. */
    private static void book(BookingCreationService bookings, Instructor instructor, List<String> students,
            int from, int count, Latencies times) {
        for (int k = from; k < from + count; k++) {
            CreateBookingRequest request = slot(instructor, k);
            long start = System.nanoTime();
            bookings.create(students.get(k % students.size()), request);
            if (times != null) {
                times.add(System.nanoTime() - start);
            }
        }
    }

    private static CreateBookingRequest slot(Instructor instructor, int k) {
        LocalDate firstDay = LocalDate.now(ZoneId.of("America/New_York")).plusDays(2);
        LocalTime start = LocalTime.MIDNIGHT.plusMinutes(45L * (k % SLOTS_PER_DAY));
        return new CreateBookingRequest(instructor.id(), instructor.serviceId(),
                firstDay.plusDays(k / SLOTS_PER_DAY).toString(), start.toString(), 30, "online", null, null, null,
                null, null, null);
    }

    private static void contention(BookingCreationService bookings, BenchFixtures fixtures, LocalDate firstDay,
            int rounds) throws Exception {
        Instructor contested = fixtures.instructor(firstDay);
        ExecutorService pool = Executors.newFixedThreadPool(POOL);
        Latencies requests = new Latencies(RACERS * rounds);
        List<Double> resolveMillis = new ArrayList<>();
        int winners = 0;
        int conflicts = 0;
        for (int round = -1; round < rounds; round++) {
            // round -1 warms the 16 threads' connections and code paths and is not counted
            List<String> students = fixtures.students(RACERS);
            CreateBookingRequest request = slot(contested, SLOTS_PER_DAY * (round + 1) + 10);
            CountDownLatch go = new CountDownLatch(1);
            AtomicInteger won = new AtomicInteger();
            AtomicInteger lost = new AtomicInteger();
            List<Future<Long>> futures = new ArrayList<>();
            for (String student : students) {
                futures.add(pool.submit(() -> {
                    go.await();
                    long start = System.nanoTime();
                    try {
                        bookings.create(student, request);
                        won.incrementAndGet();
                    } catch (ConflictException e) {
                        lost.incrementAndGet();
                    }
                    return System.nanoTime() - start;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            List<Long> latencies = new ArrayList<>();
            for (Future<Long> future : futures) {
                latencies.add(future.get());
            }
            long resolved = System.nanoTime() - start;
            if (round < 0) {
                continue;
            }
            resolveMillis.add(resolved / 1e6);
            latencies.forEach(requests::add);
            winners += won.get();
            conflicts += lost.get();
        }
        pool.shutdown();
        Collections.sort(resolveMillis);
        System.out.println();
        System.out.printf("%d students race for one slot, %d threads, %d rounds%n", RACERS, POOL, rounds);
        System.out.printf("  outcome: %d bookings (expected %d), %d clean 409 BOOKING_CONFLICT (expected %d)%n",
                winners, rounds, conflicts, rounds * (RACERS - 1));
        System.out.printf("  time to resolve all %d requests (ms): median %.1f, min %.1f, max %.1f%n", RACERS,
                resolveMillis.get(resolveMillis.size() / 2), resolveMillis.get(0),
                resolveMillis.get(resolveMillis.size() - 1));
        row("per request under contention", requests, Double.NaN);
    }

    private static void row(String label, Latencies latencies, double throughput) {
        System.out.printf("  %-50s %6d %8.3f %8.3f %8.3f %s%n", label, latencies.count(),
                latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99),
                Double.isNaN(throughput) ? "" : String.format("%10.0f", throughput));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private BookingsBench() {
    }
}
