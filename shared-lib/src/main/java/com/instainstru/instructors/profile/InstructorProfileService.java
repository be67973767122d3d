package com.instainstru.instructors.profile;

import com.instainstru.accounts.users.UserLookup;
import com.instainstru.instructors.profile.schema.CalendarSettingsRequest;
import com.instainstru.instructors.profile.schema.CalendarSettingsView;
import com.instainstru.instructors.profile.schema.CreateInstructorProfileRequest;
import com.instainstru.instructors.profile.schema.InstructorProfileResponse;
import com.instainstru.instructors.profile.schema.UpdateInstructorProfileRequest;
import com.instainstru.instructors.profile.schema.VerificationView;
import com.instainstru.instructors.publicprofile.InstructorListings;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** The instructor's own profile: create it, read it in full, change the bio, experience and calendar settings. */
@ApplicationScoped
public class InstructorProfileService {

    static final int BIO_MIN = 20;
    static final int BIO_MAX = 2000;
    static final int YEARS_MIN = 1;
    static final int YEARS_MAX = 70;

    private final InstructorProfileRepository profiles;
    private final UserLookup users;
    private final InstructorListings listings;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public InstructorProfileService(InstructorProfileRepository profiles, UserLookup users, InstructorListings listings,
            Transactions tx, IdGenerator ids, Clock clock) {
        this.profiles = profiles;
        this.users = users;
        this.listings = listings;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    /** 409 {@code INSTRUCTOR_PROFILE_EXISTS} when the caller already has one. Records {@code registered}. */
    public InstructorProfileResponse create(String userId, CreateInstructorProfileRequest request) {
        FieldRules rules = FieldRules.check();
        bio(rules, request.bio(), true);
        years(rules, request.yearsExperience(), true);
        rules.orThrow();
        return tx.call(() -> {
            Instant now = clock.instant();
            if (!profiles.insert(userId, request.bio().strip(), request.yearsExperience(), now)) {
                throw new ConflictException("INSTRUCTOR_PROFILE_EXISTS", "You already have an instructor profile");
            }
            profiles.recordEvent(ids.newId(), userId, LifecycleEvent.REGISTERED, now);
            listings.changed(userId);
            return view(require(userId));
        });
    }

    public InstructorProfileResponse profile(String userId) {
        return view(require(userId));
    }

    public InstructorProfileResponse update(String userId, UpdateInstructorProfileRequest changes) {
        FieldRules rules = FieldRules.check();
        bio(rules, changes.bio(), false);
        years(rules, changes.yearsExperience(), false);
        rules.orThrow();
        return tx.call(() -> {
            InstructorProfile current = requireForUpdate(userId);
            profiles.updateAbout(userId, changes.bio() == null ? current.bio() : changes.bio().strip(),
                    changes.yearsExperience() == null ? current.yearsExperience() : changes.yearsExperience(),
                    clock.instant());
            listings.changed(userId);
            return view(require(userId));
        });
    }

    public InstructorProfileResponse updateCalendarSettings(String userId, CalendarSettingsRequest changes) {
        FieldRules rules = FieldRules.check();
        range(rules, "nonTravelBufferMinutes", changes.nonTravelBufferMinutes(), 10, 120);
        range(rules, "travelBufferMinutes", changes.travelBufferMinutes(), 30, 120);
        rules.orThrow();
        return tx.call(() -> {
            CalendarSettings current = requireForUpdate(userId).calendar();
            profiles.updateCalendar(userId, new CalendarSettings(
                    changes.nonTravelBufferMinutes() == null ? current.nonTravelBufferMinutes()
                            : changes.nonTravelBufferMinutes(),
                    changes.travelBufferMinutes() == null ? current.travelBufferMinutes()
                            : changes.travelBufferMinutes(),
                    changes.overnightProtectionEnabled() == null ? current.overnightProtectionEnabled()
                            : changes.overnightProtectionEnabled()), clock.instant());
            listings.changed(userId);
            return view(require(userId));
        });
    }

    /** 404 {@code INSTRUCTOR_PROFILE_NOT_FOUND} when the user has not created a profile yet. */
    public InstructorProfile require(String userId) {
        return profiles.find(userId).orElseThrow(InstructorProfileService::notFound);
    }

    public InstructorProfile requireForUpdate(String userId) {
        return profiles.findForUpdate(userId).orElseThrow(InstructorProfileService::notFound);
    }

    public InstructorProfileResponse view(InstructorProfile p) {
        Verification v = p.verification();
        return new InstructorProfileResponse(p.userId(), p.bio(), p.yearsExperience(), p.foundingInstructor(),
                p.skillsConfigured(), p.live(), p.wentLiveAt(), p.onboardingCompletedAt(),
                new CalendarSettingsView(p.calendar().nonTravelBufferMinutes(), p.calendar().travelBufferMinutes(),
                        p.calendar().overnightProtectionEnabled(), p.calendarSettingsAcknowledgedAt()),
                new VerificationView(v.identityVerifiedAt() != null, v.stripeConnectReady(), v.bgcStatus(),
                        users.require(p.userId()).phoneVerified(), v.nameMismatch()),
                p.createdAt(), p.updatedAt());
    }

    private static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException("INSTRUCTOR_PROFILE_NOT_FOUND",
                "Create your instructor profile first (POST /api/v1/instructors/me)");
    }

    private static void bio(FieldRules rules, String bio, boolean required) {
        if (bio != null || required) {
            rules.text("bio", bio, BIO_MIN, BIO_MAX);
        }
    }

    private static void years(FieldRules rules, Integer years, boolean required) {
        if (years == null && required) {
            rules.required("yearsExperience", null);
        }
        range(rules, "yearsExperience", years, YEARS_MIN, YEARS_MAX);
    }

    private static void range(FieldRules rules, String field, Integer value, int min, int max) {
        if (value != null) {
            rules.rule(value >= min && value <= max, field, "range",
                    field + " must be between " + min + " and " + max);
        }
    }
}
