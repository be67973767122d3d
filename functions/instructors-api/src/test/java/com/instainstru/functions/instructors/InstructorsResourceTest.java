package com.instainstru.functions.instructors;

import static com.instainstru.functions.instructors.Api.anonymous;
import static com.instainstru.functions.instructors.Api.as;
import static com.instainstru.testfixtures.TestInstructors.atStudent;
import static com.instainstru.testfixtures.TestInstructors.online;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.instainstru.catalog.CatalogRepository;
import com.instainstru.instructors.services.InstructorOfferingRepository;
import com.instainstru.platform.security.Permission;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testfixtures.TestInstructors;
import com.instainstru.testfixtures.TestInstructors.TestInstructor;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class InstructorsResourceTest {

    private static final String BIO = "Twelve years teaching guitar to kids and adults in Brooklyn.";

    @Inject
    TestAccounts accounts;

    @Inject
    TestInstructors instructors;

    @Inject
    CatalogRepository catalog;

    @Inject
    InstructorOfferingRepository offeringRows;

    @Test
    void anInstructorOnboardsOffersAServiceAndGoesLive() {
        TestUser user = accounts.instructor();

        as(user.bearer()).body(Map.of("bio", BIO, "yearsExperience", 12)).post("/api/v1/instructors/me")
                .then().statusCode(201).body("id", equalTo(user.id())).body("live", equalTo(false))
                .body("calendarSettings.travelBufferMinutes", equalTo(60));
        as(user.bearer()).body(Map.of("bio", BIO, "yearsExperience", 12)).post("/api/v1/instructors/me")
                .then().statusCode(409).body("code", equalTo("INSTRUCTOR_PROFILE_EXISTS"));
        as(user.bearer()).body(Map.of("nonTravelBufferMinutes", 20)).patch("/api/v1/instructors/me/calendar-settings")
                .then().statusCode(200).body("calendarSettings.nonTravelBufferMinutes", equalTo(20))
                .body("calendarSettings.acknowledgedAt", notNullValue());
        as(user.bearer()).post("/api/v1/instructors/me/go-live").then().statusCode(422)
                .body("code", equalTo("GO_LIVE_PREREQUISITES"))
                .body("missing", contains("skills", "identity", "stripe_connect", "background_check",
                        "phone_verification"));

        String guitar = catalog.serviceBySlug("guitar").orElseThrow().id();
        String serviceId = as(user.bearer()).body(Map.of("catalogServiceId", guitar, "durationOptions", List.of(60, 30),
                "ageGroups", List.of("kids", "adults"), "formatPrices", List.of(Map.of("format", "online",
                        "hourlyRateCents", 7000)))).post("/api/v1/instructors/me/services")
                .then().statusCode(201).body("name", equalTo("Guitar")).body("offersOnline", equalTo(true))
                .body("durationOptions", contains(30, 60)).extract().path("id");
        anonymous().get("/api/v1/instructors/" + user.id()).then().statusCode(404);

        instructors.recordVerifications(user.id());
        as(user.bearer()).post("/api/v1/instructors/me/go-live").then().statusCode(200)
                .body("live", equalTo(true)).body("wentLiveAt", notNullValue());

        anonymous().get("/api/v1/instructors/" + user.id()).then().statusCode(200)
                .body("name", equalTo("Test I."))
                .body("yearsExperience", equalTo(12))
                .body("services", hasSize(1))
                .body("services[0].id", equalTo(serviceId))
                .body("services[0].name", equalTo("Guitar"))
                .body("services[0].formatPrices[0].hourlyRateCents", equalTo(7000))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("lastName")));
    }

    @Test
    void theServiceRulesAnswerWithTheirCodes() {
        TestInstructor instructor = instructors.draft("piano", online(6000));
        String piano = instructor.service().catalogServiceId();

        as(instructor.bearer()).body(offer(piano, 60, "online", 6500)).post("/api/v1/instructors/me/services")
                .then().statusCode(409).body("code", equalTo("SERVICE_ALREADY_OFFERED"))
                .body("detail", equalTo("You already offer Piano"));
        String violin = catalog.serviceBySlug("violin").orElseThrow().id();
        as(instructor.bearer()).body(offer(violin, 30, "online", 5000)).post("/api/v1/instructors/me/services")
                .then().statusCode(422).body("code", equalTo("PRICE_BELOW_FLOOR"))
                .body("detail", equalTo("Price below the minimum: a 30-minute online lesson at $50.00/h costs $25.00,"
                        + " below the $30.00 floor ($60.00/h)"))
                .body("violations[0].lessonPriceCents", equalTo(2500));
        as(instructor.bearer()).body(offer(violin, 50, "online", 6000)).post("/api/v1/instructors/me/services")
                .then().statusCode(400).body("errors[0].field", equalTo("durationOptions"))
                .body("errors[0].rule", equalTo("step"));
        String tennis = catalog.serviceBySlug("tennis").orElseThrow().id();
        as(instructor.bearer()).body(offer(tennis, 60, "online", 9000)).post("/api/v1/instructors/me/services")
                .then().statusCode(422).body("code", equalTo("ONLINE_NOT_SUPPORTED"));
        as(instructor.bearer()).body(Map.of("catalogServiceId", violin, "durationOptions", List.of(60),
                "ageGroups", List.of("adults"), "formatPrices", List.of())).post("/api/v1/instructors/me/services")
                .then().statusCode(422).body("code", equalTo("NO_LOCATION_OPTIONS"));
        as(instructor.bearer()).body("{\"catalogServiceId\": \"" + violin + "\", \"durationOptions\": [60], "
                + "\"ageGroups\": [\"adults\"], \"formatPrices\": [{\"format\": \"online\", \"hourlyRateCents\": 6000}, "
                + "{\"format\": \"online\", \"hourlyRateCents\": 7000}]}").post("/api/v1/instructors/me/services")
                .then().statusCode(422).body("code", equalTo("DUPLICATE_FORMAT_PRICE"));
        String mcat = catalog.serviceBySlug("mcat-prep").orElseThrow().id();
        as(instructor.bearer()).body(Map.of("catalogServiceId", mcat, "durationOptions", List.of(60),
                "ageGroups", List.of("kids"), "formatPrices", List.of(Map.of("format", "online",
                        "hourlyRateCents", 10000)))).post("/api/v1/instructors/me/services")
                .then().statusCode(422).body("code", equalTo("AGE_GROUP_NOT_ELIGIBLE"));
        as(instructor.bearer()).post("/api/v1/instructors/me/services").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void deletingIsSoftAndTheServiceCanBeOfferedAgain() {
        TestInstructor instructor = instructors.draft("piano", online(6000));
        String piano = instructor.service().catalogServiceId();

        as(instructor.bearer()).delete("/api/v1/instructors/me/services/" + instructor.serviceId())
                .then().statusCode(204);
        as(instructor.bearer()).get("/api/v1/instructors/me/services").then().statusCode(200)
                .body("services", hasSize(0));
        as(instructor.bearer()).get("/api/v1/instructors/me").then().body("skillsConfigured", equalTo(false));
        as(instructor.bearer()).body(offer(piano, 60, "online", 6500)).post("/api/v1/instructors/me/services")
                .then().statusCode(201);

        assertThat(offeringRows.all(instructor.id())).extracting(o -> o.active()).containsExactly(false, true);
        assertThat(offeringRows.find(instructor.serviceId()).orElseThrow().prices()).hasSize(1);
    }

    @Test
    void anInstructorCannotTouchAnotherInstructorsServices() {
        TestInstructor owner = instructors.draft("piano", online(6000));
        TestUser other = instructors.withProfile();
        String path = "/api/v1/instructors/me/services/" + owner.serviceId();

        as(other.bearer()).body(Map.of("description", "hijacked")).patch(path).then().statusCode(404)
                .body("code", equalTo("INSTRUCTOR_SERVICE_NOT_FOUND"));
        as(other.bearer()).delete(path).then().statusCode(404);
        as(other.bearer()).get("/api/v1/instructors/me/services").then().body("services", hasSize(0));
        as(owner.bearer()).get("/api/v1/instructors/me/services").then()
                .body("services[0].description", equalTo(null))
                .body("services[0].active", equalTo(true));
    }

    @Test
    void meIsAlwaysTheCallerSoAnotherProfileIsNeverEdited() {
        TestInstructor owner = instructors.draft("piano", online(6000));
        TestUser other = instructors.withProfile();

        as(other.bearer()).body(Map.of("yearsExperience", 44)).patch("/api/v1/instructors/me").then().statusCode(200)
                .body("id", equalTo(other.id()));
        as(owner.bearer()).get("/api/v1/instructors/me").then().body("yearsExperience", equalTo(8));
    }

    @Test
    void aStudentCannotManageServicesOrAProfile() {
        TestUser student = accounts.student();

        as(student.bearer()).get("/api/v1/instructors/me/services").then().statusCode(403);
        as(student.bearer()).body(Map.of("bio", BIO, "yearsExperience", 3)).post("/api/v1/instructors/me")
                .then().statusCode(403);
        String token = accounts.tokenWith(student.id(), TestAccounts.allExcept(Permission.MANAGE_SERVICES));
        as("Bearer " + token).get("/api/v1/instructors/me/services").then().statusCode(403);
    }

    @Test
    void travelLessonsNeedServiceAreasBeforeGoingLive() {
        TestInstructor instructor = instructors.draft("tennis", atStudent(9000));
        instructors.recordVerifications(instructor.id());

        as(instructor.bearer()).post("/api/v1/instructors/me/go-live").then().statusCode(422)
                .body("code", equalTo("NO_SERVICE_AREAS"));
    }

    @Test
    void thePublicProfileIs404ForAnythingButALiveInstructor() {
        TestInstructor live = instructors.live("spanish", online(6000));

        anonymous().get("/api/v1/instructors/" + live.id()).then().statusCode(200)
                .body("services[0].slug", equalTo("spanish"));
        anonymous().get("/api/v1/instructors/not-a-ulid").then().statusCode(404);
        anonymous().get("/api/v1/instructors/" + live.id().toLowerCase()).then().statusCode(404);
        anonymous().get("/api/v1/instructors/01KDWC00000000000000000000").then().statusCode(404)
                .body("code", equalTo("INSTRUCTOR_NOT_FOUND"));
    }

    private static Map<String, Object> offer(String catalogServiceId, int minutes, String format, int rate) {
        return Map.of("catalogServiceId", catalogServiceId, "durationOptions", List.of(minutes),
                "ageGroups", List.of("adults"), "formatPrices", List.of(Map.of("format", format, "hourlyRateCents",
                        rate)));
    }
}
