package com.instainstru.instructors.publicprofile;

import static com.instainstru.instructors.InstructorsTestKit.price;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.users.User;
import com.instainstru.instructors.InstructorsTestKit;
import com.instainstru.instructors.profile.schema.UpdateInstructorProfileRequest;
import com.instainstru.instructors.publicprofile.schema.PublicInstructorProfileResponse;
import com.instainstru.instructors.services.schema.FormatPriceView;
import com.instainstru.instructors.services.schema.InstructorServiceResponse;
import com.instainstru.instructors.services.schema.UpdateServiceRequest;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.errors.ResourceNotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicProfileServiceTest {

    private static final InstructorsTestKit kit = new InstructorsTestKit();
    private final PublicProfileService publicProfiles = kit.publicProfiles;

    @Test
    void aLiveInstructorIsShownWithAPublicNameAndActiveServices() {
        User instructor = liveInstructor();

        PublicInstructorProfileResponse profile = publicProfiles.profile(instructor.id());

        assertThat(profile.name().value()).isEqualTo("Sarah C.");
        assertThat(profile.bio()).isEqualTo(InstructorsTestKit.BIO);
        assertThat(profile.yearsExperience()).isEqualTo(10);
        assertThat(profile.foundingInstructor()).isFalse();
        assertThat(profile.services()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Piano");
            assertThat(s.durationOptions()).containsExactly(30, 60);
            assertThat(s.ageGroups()).containsExactly("teens", "adults");
            assertThat(s.skillLevels()).containsExactly("beginner", "intermediate", "advanced");
            assertThat(s.formatPrices()).containsExactly(new FormatPriceView("online", 6_500));
        });
    }

    @Test
    void notLiveUnknownAndMalformedAreAllNotFound() {
        User notLive = kit.instructor();
        kit.offerPiano(notLive.id(), price("online", 6_000));

        for (String id : List.of(notLive.id(), kit.platform.ids.newId(), "nope", notLive.id().toLowerCase())) {
            assertThatThrownBy(() -> publicProfiles.profile(id)).isInstanceOfSatisfying(
                    ResourceNotFoundException.class, e -> assertThat(e.code()).isEqualTo("INSTRUCTOR_NOT_FOUND"));
        }
    }

    @Test
    void aPausedInstructorIsNotPublic() {
        User instructor = kit.instructor();
        kit.offerPiano(instructor.id(), price("online", 6_500));
        kit.verifyEverything(instructor.id());
        kit.goLive.goLive(instructor.id());
        kit.platform.jdbc.update("UPDATE users SET account_status = 'suspended' WHERE id = ?", instructor.id());

        assertThatThrownBy(() -> publicProfiles.profile(instructor.id())).isInstanceOf(ResourceNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"profile", "service", "removal"})
    void everyChangeReachesTheCachedProfile(String change) {
        User instructor = liveInstructor();
        InstructorServiceResponse piano = kit.offerings.list(instructor.id()).services().get(0);
        publicProfiles.profile(instructor.id()); // cached now

        switch (change) {
            case "profile" -> kit.profiles.update(instructor.id(), new UpdateInstructorProfileRequest(null, 20));
            case "service" -> kit.offerings.update(instructor.id(), piano.id(), new UpdateServiceRequest(null, null,
                    null, null, null, List.of(price("online", 7_000))));
            default -> kit.offerings.remove(instructor.id(), piano.id());
        }
        PublicInstructorProfileResponse after = publicProfiles.profile(instructor.id());

        switch (change) {
            case "profile" -> assertThat(after.yearsExperience()).isEqualTo(20);
            case "service" -> assertThat(after.services().get(0).formatPrices().get(0).hourlyRateCents())
                    .isEqualTo(7_000);
            default -> assertThat(after.services()).isEmpty();
        }
    }

    @Test
    void aChangeAlsoDropsCachedSearchResponsesWhichEmbedNamesAndPrices() {
        User instructor = liveInstructor();
        InstructorServiceResponse piano = kit.offerings.list(instructor.id()).services().get(0);
        String key = "listings-test-" + instructor.id();
        kit.cache.getOrLoad(CacheFamilies.SEARCH_RESULTS, key, String.class, () -> "before");

        kit.offerings.update(instructor.id(), piano.id(), new UpdateServiceRequest(null, null, null, null, null,
                List.of(price("online", 7_500))));

        assertThat(kit.cache.getOrLoad(CacheFamilies.SEARCH_RESULTS, key, String.class, () -> "after"))
                .isEqualTo("after");
    }

    private static User liveInstructor() {
        User instructor = kit.instructor();
        kit.offerPiano(instructor.id(), price("online", 6_500));
        kit.verifyEverything(instructor.id());
        kit.goLive.goLive(instructor.id());
        return instructor;
    }
}
