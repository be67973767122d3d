package com.instainstru.accounts.privacy;

import com.instainstru.accounts.privacy.schema.ExportedInstructor;
import com.instainstru.accounts.privacy.schema.ExportedInstructor.ExportedOffering;
import com.instainstru.accounts.privacy.schema.ExportedInstructor.ExportedPlace;
import com.instainstru.accounts.privacy.schema.ExportedSession;
import com.instainstru.accounts.privacy.schema.ExportedTwoFactor;
import com.instainstru.accounts.users.AccountStatus;
import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The reads and writes of personal-data export and anonymization that no other feature needs. */
@ApplicationScoped
public class PersonalDataRepository {

    private final Jdbc jdbc;

    public PersonalDataRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<ExportedSession> sessions(String userId) {
        return jdbc.query("""
                SELECT id, family_id, issued_at, expires_at, used_at, revoked_at
                  FROM refresh_tokens WHERE user_id = ? ORDER BY issued_at, id
                """, row -> new ExportedSession(row.trimmed("id"), row.trimmed("family_id"), row.instant("issued_at"),
                row.instant("expires_at"), row.instant("used_at"), row.instant("revoked_at")), userId);
    }

    public ExportedTwoFactor twoFactor(String userId) {
        return jdbc.queryOne("""
                SELECT u.totp_enabled, u.totp_verified_at, u.two_factor_setup_at, u.two_factor_last_used_at,
                       (SELECT count(*) FROM backup_codes b WHERE b.user_id = u.id AND b.used_at IS NULL) AS remaining,
                       (SELECT count(*) FROM backup_codes b WHERE b.user_id = u.id AND b.used_at IS NOT NULL) AS used
                  FROM users u WHERE u.id = ?
                """, row -> new ExportedTwoFactor(row.bool("totp_enabled"), row.instant("totp_verified_at"),
                row.instant("two_factor_setup_at"), row.instant("two_factor_last_used_at"), row.integer("remaining"),
                row.integer("used")), userId).orElseThrow();
    }

    /**
     * Replaces every personal value of the user row: email, names, phone, password hash, two-factor state;
     * marks it deactivated and anonymized.
     */
    public void anonymizeUser(String userId, String placeholderEmail, String unusablePasswordHash, Instant now) {
        jdbc.update("""
                UPDATE users SET email = ?, first_name = 'Deleted', last_name = 'User', phone = NULL,
                                 phone_verified = false, email_verified = false, password_hash = ?,
                                 totp_secret = NULL, totp_enabled = false, totp_verified_at = NULL,
                                 totp_last_used_step = NULL, two_factor_setup_at = NULL,
                                 two_factor_last_used_at = NULL, account_status = ?, anonymized_at = ?,
                                 updated_at = ?
                 WHERE id = ?
                """, placeholderEmail, unusablePasswordHash, AccountStatus.DEACTIVATED.value(), now, now, userId);
    }

    public int deleteBackupCodes(String userId) {
        return jdbc.update("DELETE FROM backup_codes WHERE user_id = ?", userId);
    }

    /**
     * Deletes what other account tables keep under the user's id or email address: verification codes,
     * reset tokens and requests, lockout counters, pending 2FA challenges and outgoing email.
     */
    public void deleteEmailTraces(String userId, String email) {
        jdbc.update("DELETE FROM email_verification_codes WHERE lower(email) = lower(?)", email);
        jdbc.update("DELETE FROM email_verification_failures WHERE lower(email) = lower(?)", email);
        jdbc.update("DELETE FROM password_reset_requests WHERE lower(email) = lower(?)", email);
        jdbc.update("DELETE FROM password_reset_tokens WHERE user_id = ?", userId);
        jdbc.update("DELETE FROM login_failures WHERE email_key = lower(trim(?))", email);
        jdbc.update("DELETE FROM two_factor_challenges WHERE user_id = ?", userId);
        jdbc.update("DELETE FROM outbound_emails WHERE lower(to_address) = lower(?)", email);
    }

    /** Empty when the person has no instructor profile. */
    public Optional<ExportedInstructor> instructor(String userId) {
        return jdbc.queryOne("SELECT bio, years_experience, is_live FROM instructor_profiles WHERE user_id = ?",
                row -> new ExportedInstructor(row.string("bio"), row.integer("years_experience"), row.bool("is_live"),
                        offerings(userId), serviceAreas(userId), places(userId)), userId);
    }

    private List<ExportedOffering> offerings(String userId) {
        return jdbc.query("""
                SELECT c.name, s.duration_options, s.is_active,
                       array(SELECT p.format || '=' || p.hourly_rate_cents FROM service_format_pricing p
                              WHERE p.service_id = s.id ORDER BY p.format) AS rates
                  FROM instructor_services s JOIN service_catalog c ON c.id = s.service_catalog_id
                 WHERE s.instructor_id = ? ORDER BY s.created_at, s.id
                """, row -> new ExportedOffering(row.string("name"), row.integers("duration_options"),
                row.bool("is_active"), row.strings("rates")), userId);
    }

    private List<String> serviceAreas(String userId) {
        return jdbc.query("""
                SELECT r.name FROM instructor_service_areas a JOIN region_boundaries r ON r.id = a.region_id
                 WHERE a.instructor_id = ? ORDER BY r.name
                """, row -> row.string("name"), userId);
    }

    private List<ExportedPlace> places(String userId) {
        return jdbc.query("""
                SELECT kind, label, address, ST_Y(location) AS lat, ST_X(location) AS lng
                  FROM instructor_preferred_places WHERE instructor_id = ? ORDER BY kind, position
                """, row -> new ExportedPlace(row.string("kind"), row.string("label"), row.string("address"),
                row.doubleValue("lat"), row.doubleValue("lng")), userId);
    }

    /**
     * Takes an instructor off the platform for good: offline, no bio or photo, every service deactivated
     * with its texts cleared (bookings keep their own snapshots), no places, areas, availability or blackouts.
     */
    public void withdrawInstructor(String userId, Instant now) {
        jdbc.update("""
                UPDATE instructor_profiles SET is_live = false, bio = '', profile_photo_key = NULL, updated_at = ?
                 WHERE user_id = ?
                """, now, userId);
        jdbc.update("""
                UPDATE instructor_services SET is_active = false, description = NULL, requirements = NULL,
                                               updated_at = ?
                 WHERE instructor_id = ?
                """, now, userId);
        jdbc.update("DELETE FROM instructor_preferred_places WHERE instructor_id = ?", userId);
        jdbc.update("DELETE FROM instructor_service_areas WHERE instructor_id = ?", userId);
        jdbc.update("DELETE FROM availability_days WHERE instructor_id = ?", userId);
        jdbc.update("DELETE FROM blackout_dates WHERE instructor_id = ?", userId);
    }
}
