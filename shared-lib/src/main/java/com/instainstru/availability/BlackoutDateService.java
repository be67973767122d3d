package com.instainstru.availability;

import com.instainstru.availability.schema.BlackoutDateRequest;
import com.instainstru.availability.schema.BlackoutDateResponse;
import com.instainstru.availability.schema.BlackoutDatesResponse;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * An instructor's days off. A blackout leaves the bitmap as it is, so the week editor keeps its pattern;
 * every consumer (bookings, search, public availability) must treat a blackout day as unavailable.
 */
@ApplicationScoped
public class BlackoutDateService {

    private final BlackoutDateRepository blackouts;
    private final AvailabilityLock lock;
    private final IdGenerator ids;
    private final Clock clock;

    public BlackoutDateService(BlackoutDateRepository blackouts, AvailabilityLock lock, IdGenerator ids,
            Clock clock) {
        this.blackouts = blackouts;
        this.lock = lock;
        this.ids = ids;
        this.clock = clock;
    }

    /** From the instructor's local today on. */
    public BlackoutDatesResponse upcoming(String instructorId) {
        return new BlackoutDatesResponse(blackouts.findFrom(instructorId, lock.now(instructorId).today()).stream()
                .map(BlackoutDateService::response).toList());
    }

    public BlackoutDateResponse add(String instructorId, BlackoutDateRequest request) {
        FieldRules.requireBody(request);
        FieldRules.check().required("date", request.date()).optionalText("reason", request.reason(), 255).orThrow();
        FieldRules.check().rule(!request.date().isBefore(lock.now(instructorId).today()), "date", "not_past",
                "date must be today or later").orThrow();
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        BlackoutDate blackout = new BlackoutDate(ids.newId(), instructorId, request.date(), reason);
        if (!blackouts.insert(blackout, clock.instant())) {
            throw new ConflictException("BLACKOUT_EXISTS", "There is already a blackout on " + request.date());
        }
        return response(blackout);
    }

    public void delete(String instructorId, String blackoutId) {
        if (!IdGenerator.isUlid(blackoutId) || !blackouts.delete(instructorId, blackoutId)) {
            throw new ResourceNotFoundException("No such blackout date");
        }
    }

    private static BlackoutDateResponse response(BlackoutDate blackout) {
        return new BlackoutDateResponse(blackout.id(), blackout.date(), blackout.reason());
    }
}
