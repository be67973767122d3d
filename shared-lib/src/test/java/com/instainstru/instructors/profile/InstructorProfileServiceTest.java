package com.instainstru.instructors.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.users.User;
import com.instainstru.instructors.InstructorsTestKit;
import com.instainstru.instructors.profile.schema.CalendarSettingsRequest;
import com.instainstru.instructors.profile.schema.CreateInstructorProfileRequest;
import com.instainstru.instructors.profile.schema.InstructorProfileResponse;
import com.instainstru.instructors.profile.schema.UpdateInstructorProfileRequest;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstructorProfileServiceTest {

    private static final InstructorsTestKit kit = new InstructorsTestKit();
    private final InstructorProfileService profiles = kit.profiles;

    @Test
    void creatingAProfileStartsWithDefaultsAndRecordsRegistered() {
        User user = kit.instructorUser();

        InstructorProfileResponse created = profiles.create(user.id(),
                new CreateInstructorProfileRequest("  " + InstructorsTestKit.BIO + "  ", 12));

        assertThat(created.id()).isEqualTo(user.id());
        assertThat(created.bio()).isEqualTo(InstructorsTestKit.BIO);
        assertThat(created.yearsExperience()).isEqualTo(12);
        assertThat(created.live()).isFalse();
        assertThat(created.skillsConfigured()).isFalse();
        assertThat(created.calendarSettings().nonTravelBufferMinutes()).isEqualTo(15);
        assertThat(created.calendarSettings().travelBufferMinutes()).isEqualTo(60);
        assertThat(created.calendarSettings().overnightProtectionEnabled()).isTrue();
        assertThat(created.calendarSettings().acknowledgedAt()).isNull();
        assertThat(created.verification().identityVerified()).isFalse();
        assertThat(created.verification().backgroundCheckStatus()).isNull();
        assertThat(created.verification().phoneVerified()).isFalse();
        assertThat(kit.profileRows.events(user.id())).containsExactly("registered");
    }

    @Test
    void aSecondProfileIs409AndChangesNothing() {
        User user = kit.instructor();

        assertThatThrownBy(() -> profiles.create(user.id(), new CreateInstructorProfileRequest(
                "A completely different biography text.", 3)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("INSTRUCTOR_PROFILE_EXISTS"));
        assertThat(profiles.profile(user.id()).yearsExperience()).isEqualTo(10);
        assertThat(kit.profileRows.events(user.id())).containsExactly("registered");
    }

    @ParameterizedTest(name = "bio of {0} characters, {1} years: valid = {2}")
    @CsvSource({"20, 1, true", "19, 1, false", "2000, 70, true", "2001, 5, false", "50, 0, false", "50, 71, false"})
    void bioAndExperienceBounds(int bioLength, int years, boolean valid) {
        User user = kit.instructorUser();
        ThrowingCallable create = () -> profiles.create(user.id(),
                new CreateInstructorProfileRequest("b".repeat(bioLength), years));

        if (valid) {
            assertThat(profiles.create(user.id(), new CreateInstructorProfileRequest("b".repeat(bioLength), years))
                    .yearsExperience()).isEqualTo(years);
        } else {
            assertThatThrownBy(create).isInstanceOf(ValidationException.class);
            assertThat(kit.profileRows.find(user.id())).isEmpty();
        }
    }

    @Test
    void missingFieldsAreNamed() {
        assertThatThrownBy(() -> profiles.create(kit.instructorUser().id(), new CreateInstructorProfileRequest(null,
                null))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(v -> v.field() + ":" + v.rule())
                .containsExactlyInAnyOrder("bio:required", "yearsExperience:required"));
    }

    @Test
    void aPatchChangesOnlyWhatItNames() {
        User user = kit.instructor();

        InstructorProfileResponse updated = profiles.update(user.id(), new UpdateInstructorProfileRequest(null, 11));

        assertThat(updated.bio()).isEqualTo(InstructorsTestKit.BIO);
        assertThat(updated.yearsExperience()).isEqualTo(11);
        assertThatThrownBy(() -> profiles.update(user.id(), new UpdateInstructorProfileRequest("short", null)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void withoutAProfileReadsAre404() {
        assertThatThrownBy(() -> profiles.profile(kit.instructorUser().id()))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("INSTRUCTOR_PROFILE_NOT_FOUND"));
    }

    @Test
    void calendarSettingsAreBoundedAndSavingThemAcknowledgesThem() {
        User user = kit.instructor();
        kit.clock.advance(Duration.ofMinutes(5));

        InstructorProfileResponse saved = profiles.updateCalendarSettings(user.id(),
                new CalendarSettingsRequest(10, null, false));

        assertThat(saved.calendarSettings().nonTravelBufferMinutes()).isEqualTo(10);
        assertThat(saved.calendarSettings().travelBufferMinutes()).isEqualTo(60);
        assertThat(saved.calendarSettings().overnightProtectionEnabled()).isFalse();
        assertThat(saved.calendarSettings().acknowledgedAt()).isEqualTo(kit.clock.instant());
        assertThat(profiles.updateCalendarSettings(user.id(), new CalendarSettingsRequest(120, 30, null))
                .calendarSettings().travelBufferMinutes()).isEqualTo(30);
        assertThat(profiles.updateCalendarSettings(user.id(), new CalendarSettingsRequest(null, 120, null))
                .calendarSettings().travelBufferMinutes()).isEqualTo(120);
        assertThatThrownBy(() -> profiles.updateCalendarSettings(user.id(), new CalendarSettingsRequest(9, 29, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("nonTravelBufferMinutes", "travelBufferMinutes"));
        assertThatThrownBy(() -> profiles.updateCalendarSettings(user.id(), new CalendarSettingsRequest(121, 121,
                null))).isInstanceOf(ValidationException.class);
        assertThat(profiles.profile(user.id()).calendarSettings().nonTravelBufferMinutes()).isEqualTo(120);
    }
}
