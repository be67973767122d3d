package com.instainstru.bookings.publicavailability;

import com.instainstru.availability.DayBits;
import com.instainstru.availability.TimeWindow;
import com.instainstru.bookings.publicavailability.BookedTime.Blocked;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * One local day's free time for students: the minutes set in the bitmap, minus every minute touching a
 * blocked stretch (bookings with their buffers), minus every minute before the notice cutoff, minus local
 * times that do not exist (the spring-forward hour). Lessons start on 15-minute boundaries and must fit
 * entirely in free minutes of the same day; ending at midnight (24:00) is allowed.
 *
 * <p>A local minute maps to its instant in the instructor's zone; on the fall-back day the repeated hour
 * maps to its first occurrence, as bookings do.
 */
public final class FreeTime {

    public static final int START_STEP_MINUTES = 15;

    private final List<TimeWindow> windows;
    private final List<Integer> starts;

    private FreeTime(List<TimeWindow> windows, List<Integer> starts) {
        this.windows = windows;
        this.starts = starts;
    }

    public static FreeTime of(LocalDate date, DayBits bits, ZoneId zone, List<Blocked> blocked, Instant cutoff,
            int durationMinutes) {
        boolean[] free = new boolean[DayBits.MINUTES];
        LocalDateTime midnight = date.atStartOfDay();
        ZoneRules rules = zone.getRules();
        Instant dayStart = ZonedDateTime.ofLocal(midnight, zone, null).toInstant();
        ZoneOffsetTransition next = rules.nextTransition(dayStart);
        // most days have no clock change: minute m is simply m minutes after local midnight
        boolean plain = rules.isValidOffset(midnight, rules.getOffset(dayStart))
                && (next == null || !next.getInstant().isBefore(dayStart.plus(Duration.ofDays(1))));
        for (int m = 0; m < DayBits.MINUTES; m++) {
            if (!bits.isSet(m)) {
                continue;
            }
            Instant start;
            if (plain) {
                start = dayStart.plusSeconds(60L * m);
            } else {
                LocalDateTime local = midnight.plusMinutes(m);
                if (rules.getValidOffsets(local).isEmpty()) {
                    continue; // skipped by the clocks going forward
                }
                start = ZonedDateTime.ofLocal(local, zone, null).toInstant();
            }
            if (start.isBefore(cutoff)) {
                continue;
            }
            free[m] = isFree(start, start.plusSeconds(60), blocked);
        }
        return new FreeTime(windows(free), starts(free, durationMinutes));
    }

    private static boolean isFree(Instant start, Instant end, List<Blocked> blocked) {
        for (Blocked b : blocked) {
            if (b.overlaps(start, end)) {
                return false;
            }
        }
        return true;
    }

    public List<TimeWindow> windows() {
        return windows;
    }

    /** Start minutes (since local midnight) at which a lesson of the duration fits. */
    public List<Integer> starts() {
        return starts;
    }

    private static List<TimeWindow> windows(boolean[] free) {
        List<TimeWindow> windows = new ArrayList<>();
        int start = -1;
        for (int m = 0; m <= DayBits.MINUTES; m++) {
            boolean set = m < DayBits.MINUTES && free[m];
            if (set && start < 0) {
                start = m;
            } else if (!set && start >= 0) {
                windows.add(new TimeWindow(start, m));
                start = -1;
            }
        }
        return windows;
    }

    private static List<Integer> starts(boolean[] free, int duration) {
        // freeRun[m]: how many consecutive free minutes begin at m
        int[] freeRun = new int[DayBits.MINUTES + 1];
        for (int m = DayBits.MINUTES - 1; m >= 0; m--) {
            freeRun[m] = free[m] ? freeRun[m + 1] + 1 : 0;
        }
        List<Integer> starts = new ArrayList<>();
        for (int s = 0; s + duration <= DayBits.MINUTES; s += START_STEP_MINUTES) {
            if (freeRun[s] >= duration) {
                starts.add(s);
            }
        }
        return starts;
    }
}
