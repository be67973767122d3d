package com.instainstru.instructors.golive;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

/** What go-live needs to know about coverage and places (tables owned by the service-areas feature). */
@ApplicationScoped
public class GoLiveRepository {

    private final Jdbc jdbc;

    public GoLiveRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasServiceAreas(String instructorId) {
        return jdbc.queryOne("SELECT EXISTS (SELECT 1 FROM instructor_service_areas WHERE instructor_id = ?) AS found",
                row -> row.bool("found"), instructorId).orElse(false);
    }

    public boolean hasTeachingLocation(String instructorId) {
        return jdbc.queryOne("""
                SELECT EXISTS (SELECT 1 FROM instructor_preferred_places
                                WHERE instructor_id = ? AND kind = 'teaching_location') AS found
                """, row -> row.bool("found"), instructorId).orElse(false);
    }
}
