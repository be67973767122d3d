package com.instainstru.instructors.areas;

import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.ids.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The two ways coverage and places routes reach an instructor: the caller's own profile ("me" routes), or
 * someone else's public view, which exists only while the instructor is live and their account active.
 */
@ApplicationScoped
public class InstructorAccess {

    private final InstructorStandingRepository standings;

    public InstructorAccess(InstructorStandingRepository standings) {
        this.standings = standings;
    }

    /** The caller's own profile; 404 {@code INSTRUCTOR_PROFILE_NOT_FOUND} when they have none yet. */
    public InstructorStanding own(String userId) {
        return standings.find(userId).orElseThrow(InstructorAccess::noProfile);
    }

    /** Like {@link #own}, locking the profile row until the open transaction ends. */
    public InstructorStanding lockOwn(String userId) {
        return standings.findForUpdate(userId).orElseThrow(InstructorAccess::noProfile);
    }

    /**
     * An instructor others may look at: 400 for a malformed id, 404 {@code INSTRUCTOR_NOT_FOUND} for an
     * unknown one and equally for one who is not live (so the answer does not tell them apart).
     */
    public InstructorStanding publiclyVisible(String instructorId) {
        if (!IdGenerator.isUlid(instructorId)) {
            throw ValidationException.of("instructorId", "ulid", "instructorId must be a 26-character ULID");
        }
        return standings.find(instructorId).filter(InstructorStanding::publiclyVisible)
                .orElseThrow(() -> new ResourceNotFoundException("INSTRUCTOR_NOT_FOUND", "No such instructor"));
    }

    private static ResourceNotFoundException noProfile() {
        return new ResourceNotFoundException("INSTRUCTOR_PROFILE_NOT_FOUND",
                "Create your instructor profile first");
    }
}
