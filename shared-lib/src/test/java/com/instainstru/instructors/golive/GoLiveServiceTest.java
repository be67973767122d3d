package com.instainstru.instructors.golive;

import static com.instainstru.instructors.InstructorsTestKit.price;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.users.User;
import com.instainstru.instructors.InstructorsTestKit;
import com.instainstru.instructors.profile.Verification;
import com.instainstru.instructors.profile.schema.InstructorProfileResponse;
import com.instainstru.platform.errors.BusinessRuleException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoLiveServiceTest {

    private static final InstructorsTestKit kit = new InstructorsTestKit();
    private final GoLiveService goLive = kit.goLive;
    private final User instructor = kit.instructor();

    @Test
    void everyMissingPrerequisiteIsListedAndNothingChanges() {
        assertThatThrownBy(() -> goLive.goLive(instructor.id())).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("GO_LIVE_PREREQUISITES");
                    assertThat(e.extensions().get("missing")).isEqualTo(List.of("skills", "identity", "stripe_connect",
                            "background_check", "phone_verification"));
                });
        assertThat(kit.profiles.profile(instructor.id()).live()).isFalse();
    }

    @Test
    void onlyWhatIsStillMissingIsListed() {
        kit.offerPiano(instructor.id(), price("online", 6_000));
        kit.profileRows.recordVerification(instructor.id(), new Verification(kit.clock.instant(), true, "consider",
                false), kit.clock.instant());

        assertThatThrownBy(() -> goLive.goLive(instructor.id())).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.extensions().get("missing"))
                        .isEqualTo(List.of("background_check", "phone_verification")));
    }

    @Test
    void removingTheLastServiceMakesSkillsMissingAgain() {
        String id = kit.offerPiano(instructor.id(), price("online", 6_000)).id();
        kit.verifyEverything(instructor.id());
        kit.offerings.remove(instructor.id(), id);

        assertThatThrownBy(() -> goLive.goLive(instructor.id())).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.extensions().get("missing")).isEqualTo(List.of("skills")));
    }

    @Test
    void aNameMismatchBlocks() {
        kit.offerPiano(instructor.id(), price("online", 6_000));
        kit.verifyEverything(instructor.id());
        kit.profileRows.recordVerification(instructor.id(), new Verification(kit.clock.instant(), true, "passed",
                true), kit.clock.instant());

        assertCode("NAME_MISMATCH_BLOCK");
    }

    @Test
    void travelLessonsNeedServiceAreas() {
        kit.offerPiano(instructor.id(), price("student_location", 9_000));
        kit.verifyEverything(instructor.id());

        assertCode("NO_SERVICE_AREAS");

        addServiceArea(instructor.id());
        assertThat(goLive.goLive(instructor.id()).live()).isTrue();
    }

    @Test
    void lessonsAtTheInstructorsPlaceNeedATeachingLocation() {
        kit.offerPiano(instructor.id(), price("instructor_location", 9_000));
        kit.verifyEverything(instructor.id());
        addPlace(instructor.id(), "public_space");

        assertCode("NO_TEACHING_LOCATIONS");

        addPlace(instructor.id(), "teaching_location");
        assertThat(goLive.goLive(instructor.id()).live()).isTrue();
    }

    @Test
    void goingLiveStampsTheProfileAndRecordsTheEventOnce() {
        kit.offerPiano(instructor.id(), price("online", 6_000));
        kit.verifyEverything(instructor.id());

        InstructorProfileResponse live = goLive.goLive(instructor.id());
        InstructorProfileResponse again = goLive.goLive(instructor.id());

        assertThat(live.live()).isTrue();
        assertThat(live.wentLiveAt()).isEqualTo(kit.clock.instant());
        assertThat(live.onboardingCompletedAt()).isEqualTo(kit.clock.instant());
        assertThat(live.verification().identityVerified()).isTrue();
        assertThat(live.verification().phoneVerified()).isTrue();
        assertThat(again).isEqualTo(live);
        assertThat(kit.profileRows.events(instructor.id()))
                .containsExactlyInAnyOrder("registered", "services_configured", "went_live");
    }

    private void assertCode(String code) {
        assertThatThrownBy(() -> goLive.goLive(instructor.id())).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo(code));
        assertThat(kit.profiles.profile(instructor.id()).live()).isFalse();
    }

    private static void addServiceArea(String instructorId) {
        String regionId = kit.platform.ids.newId();
        kit.platform.jdbc.update("""
                INSERT INTO region_boundaries (id, region_code, name, boundary, centroid)
                VALUES (?, ?, 'Test Heights', ST_Multi(ST_GeomFromText(
                        'POLYGON((-73.99 40.73, -73.98 40.73, -73.98 40.74, -73.99 40.74, -73.99 40.73))', 4326)),
                        ST_SetSRID(ST_MakePoint(-73.985, 40.735), 4326))
                """, regionId, "test-" + regionId);
        kit.platform.jdbc.update("""
                INSERT INTO instructor_service_areas (instructor_id, region_id, created_at) VALUES (?, ?, ?)
                """, instructorId, regionId, kit.clock.instant());
    }

    private static void addPlace(String instructorId, String kind) {
        kit.platform.jdbc.update("""
                INSERT INTO instructor_preferred_places (id, instructor_id, kind, address, location, approx_lat,
                        approx_lng, position, created_at)
                VALUES (?, ?, ?, '1 Test Street', ST_SetSRID(ST_MakePoint(-73.985, 40.735), 4326), 40.7352, -73.9853,
                        1, ?)
                """, kit.platform.ids.newId(), instructorId, kind, kit.clock.instant());
    }
}
