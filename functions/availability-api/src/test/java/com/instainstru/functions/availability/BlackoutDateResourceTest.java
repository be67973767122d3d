package com.instainstru.functions.availability;

import static com.instainstru.functions.availability.Api.BLACKOUTS;
import static com.instainstru.functions.availability.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BlackoutDateResourceTest {

    @Inject
    TestAccounts accounts;

    @Test
    void addsListsAndDeletesBlackouts() {
        TestUser instructor = accounts.instructor();
        LocalDate later = Weeks.today().plusDays(20);
        LocalDate sooner = Weeks.today().plusDays(2);

        String laterId = as(instructor.bearer()).body(Map.of("date", later.toString(), "reason", "Vacation"))
                .post(BLACKOUTS).then().statusCode(201)
                .body("date", equalTo(later.toString()), "reason", equalTo("Vacation")).extract().path("id");
        String soonerId = as(instructor.bearer()).body(Map.of("date", sooner.toString())).post(BLACKOUTS)
                .then().statusCode(201).body("reason", nullValue()).extract().path("id");

        as(instructor.bearer()).get(BLACKOUTS).then().statusCode(200)
                .body("blackoutDates.id", contains(soonerId, laterId));

        as(instructor.bearer()).delete(BLACKOUTS + "/" + soonerId).then().statusCode(204);
        as(instructor.bearer()).delete(BLACKOUTS + "/" + soonerId).then().statusCode(404);
        as(instructor.bearer()).get(BLACKOUTS).then().body("blackoutDates.id", contains(laterId));
    }

    @Test
    void aDuplicateDateIsAConflictAndAPastDateIsInvalid() {
        TestUser instructor = accounts.instructor();
        LocalDate date = Weeks.today().plusDays(5);
        as(instructor.bearer()).body(Map.of("date", date.toString())).post(BLACKOUTS).then().statusCode(201);

        as(instructor.bearer()).body(Map.of("date", date.toString())).post(BLACKOUTS)
                .then().statusCode(409).body("code", equalTo("BLACKOUT_EXISTS"));
        as(instructor.bearer()).body(Map.of("date", Weeks.today().minusDays(1).toString())).post(BLACKOUTS)
                .then().statusCode(400).body("errors[0].field", equalTo("date"),
                        "errors[0].rule", equalTo("not_past"));
        as(instructor.bearer()).body(Map.of("reason", "no date")).post(BLACKOUTS)
                .then().statusCode(400).body("errors[0].field", equalTo("date"));
        as(instructor.bearer()).delete(BLACKOUTS + "/not-an-id").then().statusCode(404);
    }
}
