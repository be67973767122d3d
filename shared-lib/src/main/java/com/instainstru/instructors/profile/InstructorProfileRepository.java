package com.instainstru.instructors.profile;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InstructorProfileRepository {

    private static final String COLUMNS = """
            user_id, bio, years_experience, non_travel_buffer_minutes, travel_buffer_minutes,
            overnight_protection_enabled, calendar_settings_acknowledged_at, is_founding_instructor, skills_configured,
            identity_verified_at, stripe_connect_ready, bgc_status, name_mismatch, is_live, went_live_at,
            onboarding_completed_at, created_at, updated_at""";

    private static final RowMapper<InstructorProfile> PROFILE = row -> new InstructorProfile(row.trimmed("user_id"),
            row.string("bio"), row.integer("years_experience"),
            new CalendarSettings(row.integer("non_travel_buffer_minutes"), row.integer("travel_buffer_minutes"),
                    row.bool("overnight_protection_enabled")),
            row.instant("calendar_settings_acknowledged_at"), row.bool("is_founding_instructor"),
            row.bool("skills_configured"),
            new Verification(row.instant("identity_verified_at"), row.bool("stripe_connect_ready"),
                    row.string("bgc_status"), row.bool("name_mismatch")),
            row.bool("is_live"), row.instant("went_live_at"), row.instant("onboarding_completed_at"),
            row.instant("created_at"), row.instant("updated_at"));

    private final Jdbc jdbc;

    public InstructorProfileRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InstructorProfile> find(String userId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM instructor_profiles WHERE user_id = ?", PROFILE, userId);
    }

    public Optional<InstructorProfile> findForUpdate(String userId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM instructor_profiles WHERE user_id = ? FOR UPDATE",
                PROFILE, userId);
    }

    /** False when the user already has a profile (nothing written). */
    public boolean insert(String userId, String bio, int yearsExperience, Instant now) {
        return jdbc.update("""
                INSERT INTO instructor_profiles (user_id, bio, years_experience, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (user_id) DO NOTHING
                """, userId, bio, yearsExperience, now, now) == 1;
    }

    public void updateAbout(String userId, String bio, int yearsExperience, Instant now) {
        jdbc.update("UPDATE instructor_profiles SET bio = ?, years_experience = ?, updated_at = ? WHERE user_id = ?",
                bio, yearsExperience, now, userId);
    }

    public void updateCalendar(String userId, CalendarSettings settings, Instant now) {
        jdbc.update("""
                UPDATE instructor_profiles
                   SET non_travel_buffer_minutes = ?, travel_buffer_minutes = ?, overnight_protection_enabled = ?,
                       calendar_settings_acknowledged_at = ?, updated_at = ?
                 WHERE user_id = ?
                """, settings.nonTravelBufferMinutes(), settings.travelBufferMinutes(),
                settings.overnightProtectionEnabled(), now, now, userId);
    }

    public void setSkillsConfigured(String userId, boolean configured, Instant now) {
        jdbc.update("UPDATE instructor_profiles SET skills_configured = ?, updated_at = ? WHERE user_id = ?",
                configured, now, userId);
    }

    /** Go-live: the first time also stamps when onboarding completed. */
    public void markLive(String userId, Instant now) {
        jdbc.update("""
                UPDATE instructor_profiles
                   SET is_live = true, went_live_at = ?, onboarding_completed_at = coalesce(onboarding_completed_at, ?),
                       updated_at = ?
                 WHERE user_id = ?
                """, now, now, now, userId);
    }

    /**
     * Records verification outcomes. The capabilities that own them (Stripe Identity, Stripe Connect, Checkr)
     * call this once they exist; until then the local demo seed and test fixtures do.
     */
    public void recordVerification(String userId, Verification verification, Instant now) {
        jdbc.update("""
                UPDATE instructor_profiles
                   SET identity_verified_at = ?, stripe_connect_ready = ?, bgc_status = ?, name_mismatch = ?,
                       updated_at = ?
                 WHERE user_id = ?
                """, verification.identityVerifiedAt(), verification.stripeConnectReady(), verification.bgcStatus(),
                verification.nameMismatch(), now, userId);
    }

    public void recordEvent(String id, String userId, LifecycleEvent event, Instant now) {
        jdbc.update("INSERT INTO instructor_lifecycle_events (id, user_id, event_type, occurred_at) VALUES (?, ?, ?, ?)",
                id, userId, event.value(), now);
    }

    public List<String> events(String userId) {
        return jdbc.query("""
                SELECT event_type FROM instructor_lifecycle_events WHERE user_id = ? ORDER BY occurred_at, id
                """, row -> row.string("event_type"), userId);
    }
}
