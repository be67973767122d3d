package com.instainstru.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.users.User;
import com.instainstru.availability.schema.BlackoutDateRequest;
import com.instainstru.availability.schema.BlackoutDateResponse;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BlackoutDateServiceTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    private final AvailabilityTestKit kit = new AvailabilityTestKit();

    @Test
    void listsTheCallersBlackoutsFromTodayInDateOrder() {
        User instructor = kit.instructor();
        kit.blackouts.add(instructor.id(), new BlackoutDateRequest(TODAY.plusDays(10), " Vacation "));
        kit.blackouts.add(instructor.id(), new BlackoutDateRequest(TODAY, null));
        kit.clock.advance(java.time.Duration.ofDays(1));
        kit.blackouts.add(instructor.id(), new BlackoutDateRequest(TODAY.plusDays(2), ""));

        assertThat(kit.blackouts.upcoming(instructor.id()).blackoutDates())
                .extracting(BlackoutDateResponse::date, BlackoutDateResponse::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TODAY.plusDays(2), null),
                        org.assertj.core.groups.Tuple.tuple(TODAY.plusDays(10), "Vacation"));
    }

    @Test
    void aSecondBlackoutOnTheSameDateIsAConflict() {
        User instructor = kit.instructor();
        User other = kit.instructor();
        kit.blackouts.add(instructor.id(), new BlackoutDateRequest(TODAY.plusDays(3), null));

        assertThatThrownBy(() -> kit.blackouts.add(instructor.id(), new BlackoutDateRequest(TODAY.plusDays(3), "x")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("BLACKOUT_EXISTS"));
        assertThat(kit.blackouts.add(other.id(), new BlackoutDateRequest(TODAY.plusDays(3), null)).date())
                .as("another instructor's same date").isEqualTo(TODAY.plusDays(3));
    }

    @Test
    void pastDatesAndLongReasonsAreRefused() {
        User instructor = kit.instructor();

        assertThatThrownBy(() -> kit.blackouts.add(instructor.id(), new BlackoutDateRequest(TODAY.minusDays(1), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("date", "not_past")));
        assertThatThrownBy(() -> kit.blackouts.add(instructor.id(), new BlackoutDateRequest(TODAY, "r".repeat(256))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule).containsExactly("max_length"));
        assertThat(kit.blackouts.add(instructor.id(), new BlackoutDateRequest(TODAY, "r".repeat(255))).reason())
                .hasSize(255);
        assertThatThrownBy(() -> kit.blackouts.add(instructor.id(), new BlackoutDateRequest(null, null)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyTheOwnerDeletesABlackout() {
        User owner = kit.instructor();
        User other = kit.instructor();
        String id = kit.blackouts.add(owner.id(), new BlackoutDateRequest(TODAY.plusDays(1), null)).id();

        assertThatThrownBy(() -> kit.blackouts.delete(other.id(), id)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(kit.blackouts.upcoming(owner.id()).blackoutDates()).hasSize(1);
        assertThatThrownBy(() -> kit.blackouts.delete(owner.id(), "not-a-ulid"))
                .isInstanceOf(ResourceNotFoundException.class);

        kit.blackouts.delete(owner.id(), id);
        assertThat(kit.blackouts.upcoming(owner.id()).blackoutDates()).isEmpty();
        assertThatThrownBy(() -> kit.blackouts.delete(owner.id(), id)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aBlackoutLeavesTheBitmapAlone() {
        User instructor = kit.instructor();
        LocalDate monday = LocalDate.parse("2026-11-30");
        kit.saves.save(instructor.id(), WeekSaveServiceTest.week(monday, WeekSaveServiceTest.day(monday, "09:00",
                "12:00")), null, false);

        kit.blackouts.add(instructor.id(), new BlackoutDateRequest(monday, "Conference"));

        assertThat(kit.weeks.week(instructor.id(), monday).days().get(0).windows()).hasSize(1);
    }
}
