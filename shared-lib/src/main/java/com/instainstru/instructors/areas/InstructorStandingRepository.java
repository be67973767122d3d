package com.instainstru.instructors.areas;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Optional;

@ApplicationScoped
public class InstructorStandingRepository {

    private static final String STANDING = """
            SELECT p.user_id,
                   p.is_live AND u.account_status = 'active' AS publicly_visible,
                   EXISTS (SELECT 1 FROM instructor_services s
                            WHERE s.instructor_id = p.user_id AND s.is_active AND s.offers_travel) AS offers_travel
              FROM instructor_profiles p
              JOIN users u ON u.id = p.user_id
             WHERE p.user_id = ?
            """;

    private final Jdbc jdbc;

    public InstructorStandingRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InstructorStanding> find(String instructorId) {
        return jdbc.queryOne(STANDING, InstructorStandingRepository::standing, instructorId);
    }

    /** Inside a transaction: locks the profile row, so changes to one instructor's coverage run one at a time. */
    public Optional<InstructorStanding> findForUpdate(String instructorId) {
        return jdbc.queryOne(STANDING + " FOR UPDATE OF p", InstructorStandingRepository::standing, instructorId);
    }

    private static InstructorStanding standing(Row row) throws SQLException {
        return new InstructorStanding(row.trimmed("user_id"), row.bool("publicly_visible"), row.bool("offers_travel"));
    }
}
