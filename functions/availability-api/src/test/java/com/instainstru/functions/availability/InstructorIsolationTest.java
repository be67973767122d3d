package com.instainstru.functions.availability;

import static com.instainstru.functions.availability.Api.BLACKOUTS;
import static com.instainstru.functions.availability.Api.WEEK;
import static com.instainstru.functions.availability.Api.as;
import static com.instainstru.functions.availability.Weeks.day;
import static com.instainstru.functions.availability.Weeks.futureMonday;
import static com.instainstru.functions.availability.Weeks.save;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every route works on the token's own instructor: a second instructor can never change the first's data. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class InstructorIsolationTest {

    @Inject
    TestAccounts accounts;

    @Test
    void aSecondInstructorNeverSeesOrChangesTheFirstsAvailability() {
        TestUser first = accounts.instructor();
        TestUser second = accounts.instructor();
        LocalDate monday = futureMonday(1);
        String firstVersion = as(first.bearer()).body(save(monday, day(monday, "09:00", "12:00"))).post(WEEK)
                .then().statusCode(200).extract().path("version");
        String firstBlackout = as(first.bearer()).body(Map.of("date", monday.plusDays(3).toString()))
                .post(BLACKOUTS).then().statusCode(201).extract().path("id");

        // The second instructor reads an empty week, saves their own (clearing "their" Monday), copies and
        // applies patterns, and tries to delete the first's blackout.
        as(second.bearer()).queryParam("start_date", monday.toString()).get(WEEK)
                .then().statusCode(200).body("days[0].windows", empty());
        as(second.bearer()).header("If-Match", "\"" + firstVersion + "\"")
                .body(save(monday, day(monday.plusDays(1), "06:00", "07:00"))).post(WEEK)
                .then().statusCode(409);
        as(second.bearer()).body(save(monday, day(monday.plusDays(1), "06:00", "07:00"))).post(WEEK)
                .then().statusCode(200);
        as(second.bearer()).body(Map.of("fromWeekStart", futureMonday(5).toString(), "toWeekStart",
                monday.toString())).post("/api/v1/instructors/availability/copy-week").then().statusCode(200);
        as(second.bearer()).delete(BLACKOUTS + "/" + firstBlackout).then().statusCode(404);
        as(second.bearer()).get(BLACKOUTS).then().statusCode(200).body("blackoutDates", empty());

        as(first.bearer()).queryParam("start_date", monday.toString()).get(WEEK)
                .then().statusCode(200).body("version", equalTo(firstVersion),
                        "days[0].windows.start", contains("09:00"), "days[1].windows", empty());
        as(first.bearer()).get(BLACKOUTS).then().statusCode(200).body("blackoutDates.id", contains(firstBlackout));
        assertThat(firstBlackout).hasSize(26);
    }
}
