package com.instainstru.bookings.publicavailability;

import com.instainstru.availability.AvailabilityDayRepository;
import com.instainstru.availability.BlackoutDate;
import com.instainstru.availability.BlackoutDateRepository;
import com.instainstru.availability.DayBits;
import com.instainstru.bookings.publicavailability.BookedTime.Blocked;
import com.instainstru.bookings.publicavailability.schema.FreeWindow;
import com.instainstru.bookings.publicavailability.schema.NextAvailableResponse;
import com.instainstru.bookings.publicavailability.schema.PublicAvailabilityResponse;
import com.instainstru.bookings.publicavailability.schema.PublicDayAvailability;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a student may book an instructor (reference §8, public availability): per local day of the
 * instructor, the bitmap windows, minus blackout days, minus every booking holding time widened by the
 * instructor's buffer on both sides (see {@link BookedTime#blocked}), minus the advance-notice cutoff, with
 * the 15-minute starts at which a lesson of the asked duration fits.
 *
 * <p>The notice here is the 60 minutes of online and instructor-location lessons: the format is unknown until
 * a student books, and travel lessons' 180 minutes are enforced by the booking rules. Answers are cached
 * {@value #CACHE_SECONDS} s per instructor, range and duration, so a new booking shows within that time;
 * booking creation re-checks everything. Only live instructors with an active account have public
 * availability; the check runs on every request, so a pause takes effect at once.
 */
@ApplicationScoped
public class PublicAvailabilityService {

    public static final Duration NOTICE = Duration.ofMinutes(60);
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 90;
    public static final int DEFAULT_DURATION = 60;
    public static final int MIN_DURATION = 30;
    public static final int MAX_DURATION = 720;
    static final int CACHE_SECONDS = 300;
    /** Bookings up to this far outside the range can still reach into it with their buffer. */
    private static final Duration MAX_BUFFER = Duration.ofHours(2);

    private final PublicAvailabilityRepository repository;
    private final AvailabilityDayRepository days;
    private final BlackoutDateRepository blackouts;
    private final Cache cache;
    private final Clock clock;

    public PublicAvailabilityService(PublicAvailabilityRepository repository, AvailabilityDayRepository days,
            BlackoutDateRepository blackouts, Cache cache, Clock clock) {
        this.repository = repository;
        this.days = days;
        this.blackouts = blackouts;
        this.cache = cache;
        this.clock = clock;
    }

    /** Query values as sent ({@code start_date}, {@code end_date}, {@code duration}); null means default. */
    public PublicAvailabilityResponse availability(String instructorId, String startDate, String endDate,
            String duration) {
        PublicCalendar calendar = calendar(instructorId);
        LocalDate today = today(calendar);
        LocalDate start = date("start_date", startDate, today);
        LocalDate end = date("end_date", endDate, start.plusDays(DEFAULT_DAYS - 1));
        int minutes = duration(duration);
        FieldRules.check().rule(!end.isBefore(start), "end_date", "after_start",
                "end_date must not be before start_date").orThrow();
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new RangeTooLongException(MAX_DAYS);
        }
        return cached(calendar, start, end, minutes);
    }

    /** The first start within {@value #MAX_DAYS} days from the instructor's local today, else 404. */
    public NextAvailableResponse nextAvailable(String instructorId, String duration) {
        PublicCalendar calendar = calendar(instructorId);
        int minutes = duration(duration);
        LocalDate today = today(calendar);
        PublicAvailabilityResponse range = cached(calendar, today, today.plusDays(MAX_DAYS - 1), minutes);
        return range.days().stream().filter(day -> !day.starts().isEmpty()).findFirst()
                .map(day -> {
                    String time = day.starts().get(0);
                    Instant startAt = ZonedDateTime.ofLocal(day.date().atTime(
                            Integer.parseInt(time.substring(0, 2)), Integer.parseInt(time.substring(3))),
                            calendar.zone(), null).toInstant();
                    return new NextAvailableResponse(calendar.instructorId(), calendar.timeZone(), day.date(), time,
                            startAt, minutes);
                })
                .orElseThrow(() -> new ResourceNotFoundException("NO_AVAILABILITY",
                        "No " + minutes + "-minute lesson can be booked in the next " + MAX_DAYS + " days"));
    }

    /** Uncached computation; {@link #availability} validates and caches around it. */
    public PublicAvailabilityResponse compute(PublicCalendar calendar, LocalDate start, LocalDate end,
            int durationMinutes) {
        ZoneId zone = calendar.zone();
        Instant from = start.atStartOfDay(zone).toInstant();
        Instant to = end.plusDays(1).atStartOfDay(zone).toInstant();
        List<Blocked> blocked = repository.bookedBetween(calendar.instructorId(), from.minus(MAX_BUFFER),
                to.plus(MAX_BUFFER)).stream().map(booking -> booking.blocked(calendar)).toList();
        Map<LocalDate, DayBits> stored = days.findDays(calendar.instructorId(), start, end);
        Set<LocalDate> away = blackouts.findFrom(calendar.instructorId(), start).stream()
                .map(BlackoutDate::date).filter(date -> !date.isAfter(end)).collect(Collectors.toSet());
        Instant cutoff = clock.instant().plus(NOTICE);
        List<PublicDayAvailability> result = start.datesUntil(end.plusDays(1)).map(date -> {
            DayBits bits = stored.get(date);
            if (bits == null || away.contains(date)) {
                return new PublicDayAvailability(date, List.of(), List.of());
            }
            Instant dayStart = date.atStartOfDay(zone).toInstant();
            Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
            List<Blocked> thatDay = blocked.stream().filter(b -> b.overlaps(dayStart, dayEnd)).toList();
            FreeTime free = FreeTime.of(date, bits, zone, thatDay, cutoff, durationMinutes);
            return new PublicDayAvailability(date,
                    free.windows().stream().map(w -> new FreeWindow(w.start(), w.end())).toList(),
                    free.starts().stream().map(PublicAvailabilityService::hhmm).toList());
        }).toList();
        return new PublicAvailabilityResponse(calendar.instructorId(), calendar.timeZone(), start, end,
                durationMinutes, result);
    }

    private PublicAvailabilityResponse cached(PublicCalendar calendar, LocalDate start, LocalDate end, int minutes) {
        String key = calendar.instructorId() + ":" + start + ":" + end + ":" + minutes;
        return cache.getOrLoad(CacheFamilies.PUBLIC_AVAILABILITY, key, PublicAvailabilityResponse.class,
                () -> compute(calendar, start, end, minutes));
    }

    private PublicCalendar calendar(String instructorId) {
        if (!IdGenerator.isUlid(instructorId)) {
            throw ValidationException.of("instructorId", "ulid", "instructorId must be a 26-character ULID");
        }
        return repository.liveCalendar(instructorId).orElseThrow(() -> new ResourceNotFoundException(
                "INSTRUCTOR_NOT_FOUND", "No instructor " + instructorId));
    }

    private LocalDate today(PublicCalendar calendar) {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }

    private static LocalDate date(String field, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "date", field + " must be a date (YYYY-MM-DD)");
        }
    }

    private static int duration(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_DURATION;
        }
        try {
            int minutes = Integer.parseInt(text.strip());
            if (minutes >= MIN_DURATION && minutes <= MAX_DURATION) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ValidationException.of("duration", "range",
                "duration must be a whole number of minutes from " + MIN_DURATION + " to " + MAX_DURATION);
    }

    private static String hhmm(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
