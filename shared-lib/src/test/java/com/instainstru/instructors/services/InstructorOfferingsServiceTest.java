package com.instainstru.instructors.services;

import static com.instainstru.instructors.InstructorsTestKit.offer;
import static com.instainstru.instructors.InstructorsTestKit.price;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.accounts.users.User;
import com.instainstru.instructors.InstructorsTestKit;
import com.instainstru.instructors.services.schema.CreateServiceRequest;
import com.instainstru.instructors.services.schema.FormatPriceView;
import com.instainstru.instructors.services.schema.InstructorServiceResponse;
import com.instainstru.instructors.services.schema.UpdateServiceRequest;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class InstructorOfferingsServiceTest {

    private static final InstructorsTestKit kit = new InstructorsTestKit();
    private final InstructorOfferingsService offerings = kit.offerings;
    private final User instructor = kit.instructor();
    private final String piano = kit.catalogService("piano").id();

    @Test
    void anOfferCarriesItsPricesAndTheFormatFlags() {
        InstructorServiceResponse created = offerings.create(instructor.id(), new CreateServiceRequest(piano,
                "Classical and pop", "A keyboard at home", List.of(90, 30, 60), List.of("adults", "kids"),
                List.of("advanced", "beginner"), List.of(price("online", 6_500), price("student_location", 9_000))));

        assertThat(created.name()).isEqualTo("Piano");
        assertThat(created.durationOptions()).containsExactly(30, 60, 90);
        assertThat(created.ageGroups()).containsExactly("kids", "adults");
        assertThat(created.skillLevels()).containsExactly("beginner", "advanced");
        assertThat(created.formatPrices()).containsExactly(new FormatPriceView("student_location", 9_000),
                new FormatPriceView("online", 6_500));
        assertThat(created.offersTravel()).isTrue();
        assertThat(created.offersAtLocation()).isFalse();
        assertThat(created.offersOnline()).isTrue();
        assertThat(kit.profiles.profile(instructor.id()).skillsConfigured()).isTrue();
        assertThat(kit.profileRows.events(instructor.id())).containsExactlyInAnyOrder("registered", "services_configured");
    }

    @Test
    void skillLevelsDefaultToAllThree() {
        assertThat(kit.offerPiano(instructor.id(), price("online", 6_000)).skillLevels())
                .containsExactly("beginner", "intermediate", "advanced");
    }

    @Test
    void theSameCatalogServiceTwiceIs409() {
        kit.offerPiano(instructor.id(), price("online", 6_000));

        assertThatThrownBy(() -> kit.offerPiano(instructor.id(), price("online", 7_000)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("SERVICE_ALREADY_OFFERED");
                    assertThat(e.getMessage()).isEqualTo("You already offer Piano");
                });
    }

    @Test
    void anUnknownCatalogServiceIs404AndAMalformedOneIs400() {
        assertCode(() -> offerings.create(instructor.id(), offer("01KDWC0000SVC9999999999999", List.of(60),
                price("online", 6_000))), ResourceNotFoundException.class, "CATALOG_SERVICE_NOT_FOUND");
        assertRule(() -> offerings.create(instructor.id(), offer("piano", List.of(60), price("online", 6_000))),
                "catalogServiceId", "ulid");
    }

    @Test
    void anInactiveCatalogServiceIs422() {
        String id = kit.platform.ids.newId();
        kit.platform.jdbc.update("""
                INSERT INTO service_catalog (id, subcategory_id, name, slug, is_active)
                SELECT ?, subcategory_id, 'Retired ' || ?, 'retired-' || lower(?), false FROM service_catalog
                 WHERE slug = 'piano'
                """, id, id, id);

        assertCode(() -> offerings.create(instructor.id(), offer(id, List.of(60), price("online", 6_000))),
                BusinessRuleException.class, "CATALOG_SERVICE_INACTIVE");
    }

    @Test
    void durationsMustBeGiven15To720InStepsOf15WithoutRepeats() {
        assertRule(() -> offerings.create(instructor.id(), offer(piano, List.of(), price("online", 6_000))),
                "durationOptions", "required");
        assertRule(() -> offerings.create(instructor.id(), offer(piano, List.of(0), price("online", 6_000))),
                "durationOptions", "range");
        assertRule(() -> offerings.create(instructor.id(), offer(piano, List.of(735), price("online", 6_000))),
                "durationOptions", "range");
        assertRule(() -> offerings.create(instructor.id(), offer(piano, List.of(50), price("online", 6_000))),
                "durationOptions", "step");
        assertRule(() -> offerings.create(instructor.id(), offer(piano, List.of(60, 60), price("online", 6_000))),
                "durationOptions", "duplicate");
        // both ends of the range are allowed
        assertThat(offerings.create(instructor.id(), offer(piano, List.of(15, 720), price("online", 6_000)))
                .durationOptions()).containsExactly(15, 720);
    }

    @Test
    void ageGroupsMustBeKnownAndEligible() {
        assertRule(() -> offerings.create(instructor.id(), withAges(List.of())), "ageGroups", "required");
        assertRule(() -> offerings.create(instructor.id(), withAges(List.of("seniors"))), "ageGroups", "one_of");
        String mcat = kit.catalogService("mcat-prep").id();
        assertCode(() -> offerings.create(instructor.id(), new CreateServiceRequest(mcat, null, null, List.of(60),
                List.of("teens", "adults"), null, List.of(price("online", 10_000)))),
                BusinessRuleException.class, "AGE_GROUP_NOT_ELIGIBLE");
    }

    @Test
    void skillLevelsMustBeKnown() {
        assertRule(() -> offerings.create(instructor.id(), new CreateServiceRequest(piano, null, null, List.of(60),
                List.of("adults"), List.of("expert"), List.of(price("online", 6_000)))), "skillLevels", "one_of");
    }

    @Test
    void formatsNeedOnePriceEachAndAKnownName() {
        assertCode(() -> offerings.create(instructor.id(), offer(piano, List.of(60))), BusinessRuleException.class,
                "NO_LOCATION_OPTIONS");
        assertCode(() -> offerings.create(instructor.id(), offer(piano, List.of(60), price("online", 6_000),
                price("online", 7_000))), BusinessRuleException.class, "DUPLICATE_FORMAT_PRICE");
        assertRule(() -> offerings.create(instructor.id(), offer(piano, List.of(60), price("neutral_location", 9_000))),
                "formatPrices[0].format", "one_of");
    }

    @Test
    void ratesArePositiveAndAtMostAThousandDollars() {
        assertRule(() -> offerings.create(instructor.id(), offer(piano, List.of(60), price("online", 0))),
                "formatPrices[0].hourlyRateCents", "range");
        assertRule(() -> offerings.create(instructor.id(), offer(piano, List.of(60), price("online", 100_001))),
                "formatPrices[0].hourlyRateCents", "range");
        assertThat(offerings.create(instructor.id(), offer(piano, List.of(60), price("online", 100_000)))
                .formatPrices().get(0).hourlyRateCents()).isEqualTo(100_000);
    }

    @Test
    void onlineOnlyWhereTheCatalogServiceCanBeTaughtOnline() {
        String swimming = kit.catalogService("swimming").id();

        assertCode(() -> offerings.create(instructor.id(), offer(swimming, List.of(30), price("online", 9_000))),
                BusinessRuleException.class, "ONLINE_NOT_SUPPORTED");
        assertThat(offerings.create(instructor.id(), offer(swimming, List.of(30), price("student_location", 9_000)))
                .offersTravel()).isTrue();
    }

    @Test
    void pricesBelowTheProratedFloorAreRefusedWithTheAmounts() {
        assertThatThrownBy(() -> offerings.create(instructor.id(), offer(piano, List.of(60, 30),
                price("online", 5_000)))).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("PRICE_BELOW_FLOOR");
                    assertThat(e.getMessage()).contains(
                            "a 30-minute online lesson at $50.00/h costs $25.00, below the $30.00 floor")
                            .contains("(and 1 more)");
                    assertThat((List<?>) e.extensions().get("violations")).hasSize(2);
                });
        assertCode(() -> offerings.create(instructor.id(), offer(piano, List.of(45),
                price("instructor_location", 7_999))), BusinessRuleException.class, "PRICE_BELOW_FLOOR");
        assertThat(offerings.create(instructor.id(), offer(piano, List.of(45), price("instructor_location", 8_000),
                price("online", 6_000))).formatPrices()).hasSize(2);
    }

    @Test
    void aCatalogServiceFloorAppliesInsteadOfThePlatformFloor() {
        String mcat = kit.catalogService("mcat-prep").id();
        CreateServiceRequest low = new CreateServiceRequest(mcat, null, null, List.of(90), List.of("adults"), null,
                List.of(price("online", 9_999)));
        CreateServiceRequest atFloor = new CreateServiceRequest(mcat, null, null, List.of(90), List.of("adults"),
                null, List.of(price("online", 10_000)));

        assertThatThrownBy(() -> offerings.create(instructor.id(), low)).hasMessageContaining(
                "a 90-minute online lesson at $99.99/h costs $149.99, below the $150.00 floor ($100.00/h)");
        assertThat(offerings.create(instructor.id(), atFloor).offersOnline()).isTrue();
    }

    @Test
    void anUpdateIsValidatedAsAWholeAndReplacesThePrices() {
        InstructorServiceResponse created = kit.offerPiano(instructor.id(), price("online", 6_000));

        assertCode(() -> offerings.update(instructor.id(), created.id(), new UpdateServiceRequest(null, null, null,
                null, null, List.of(price("student_location", 7_000)))), BusinessRuleException.class,
                "PRICE_BELOW_FLOOR");
        assertRule(() -> offerings.update(instructor.id(), created.id(), new UpdateServiceRequest(null, null,
                List.of(20), null, null, null)), "durationOptions", "step");
        InstructorServiceResponse updated = offerings.update(instructor.id(), created.id(), new UpdateServiceRequest(
                "New description", null, List.of(45), null, null, List.of(price("instructor_location", 8_500))));

        assertThat(updated.description()).isEqualTo("New description");
        assertThat(updated.durationOptions()).containsExactly(45);
        assertThat(updated.formatPrices()).containsExactly(new FormatPriceView("instructor_location", 8_500));
        assertThat(updated.offersOnline()).isFalse();
        assertThat(updated.offersAtLocation()).isTrue();
        assertThat(updated.ageGroups()).isEqualTo(created.ageGroups());
    }

    @Test
    void anotherInstructorsServiceIsNotFound() {
        InstructorServiceResponse mine = kit.offerPiano(instructor.id(), price("online", 6_000));
        User other = kit.instructor();

        assertCode(() -> offerings.update(other.id(), mine.id(), new UpdateServiceRequest("mine now", null, null,
                null, null, null)), ResourceNotFoundException.class, "INSTRUCTOR_SERVICE_NOT_FOUND");
        assertCode(() -> offerings.remove(other.id(), mine.id()), ResourceNotFoundException.class,
                "INSTRUCTOR_SERVICE_NOT_FOUND");
        assertCode(() -> offerings.remove(instructor.id(), "not-an-id"), ResourceNotFoundException.class,
                "INSTRUCTOR_SERVICE_NOT_FOUND");
        assertThat(offerings.list(instructor.id()).services()).extracting(InstructorServiceResponse::description)
                .containsExactly("Patient, structured lessons");
    }

    @Test
    void removingIsASoftDeleteThatKeepsHistoryAndAllowsOfferingAgain() {
        InstructorServiceResponse first = kit.offerPiano(instructor.id(), price("online", 6_000));

        offerings.remove(instructor.id(), first.id());

        assertThat(offerings.list(instructor.id()).services()).isEmpty();
        InstructorOffering kept = kit.offeringRows.find(first.id()).orElseThrow();
        assertThat(kept.active()).isFalse();
        assertThat(kept.catalogName()).isEqualTo("Piano");
        assertThat(kept.prices()).containsExactly(new FormatPrice(LessonFormat.ONLINE, 6_000));
        assertThat(kit.profiles.profile(instructor.id()).skillsConfigured()).isFalse();
        assertCode(() -> offerings.remove(instructor.id(), first.id()), ResourceNotFoundException.class,
                "INSTRUCTOR_SERVICE_NOT_FOUND");

        InstructorServiceResponse again = kit.offerPiano(instructor.id(), price("online", 6_500));

        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(kit.offeringRows.all(instructor.id())).hasSize(2);
        assertThat(kit.profiles.profile(instructor.id()).skillsConfigured()).isTrue();
    }

    @Test
    void removingOneOfTwoKeepsSkillsConfigured() {
        InstructorServiceResponse piano = kit.offerPiano(instructor.id(), price("online", 6_000));
        offerings.create(instructor.id(), offer(kit.catalogService("guitar").id(), List.of(60), price("online", 6_000)));

        offerings.remove(instructor.id(), piano.id());

        assertThat(kit.profiles.profile(instructor.id()).skillsConfigured()).isTrue();
    }

    @Test
    void withoutAProfileThereAreNoServices() {
        User bare = kit.instructorUser();

        assertCode(() -> kit.offerPiano(bare.id(), price("online", 6_000)), ResourceNotFoundException.class,
                "INSTRUCTOR_PROFILE_NOT_FOUND");
        assertThat(kit.offeringRows.all(bare.id())).isEmpty();
    }

    private CreateServiceRequest withAges(List<String> ages) {
        return new CreateServiceRequest(piano, null, null, List.of(60), ages, null, List.of(price("online", 6_000)));
    }

    private static void assertCode(ThrowingCallable call, Class<? extends DomainException> type, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static void assertRule(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.rule()).isEqualTo(rule);
                }));
    }

}
