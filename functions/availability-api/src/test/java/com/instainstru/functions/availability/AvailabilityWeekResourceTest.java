package com.instainstru.functions.availability;

import static com.instainstru.functions.availability.Api.WEEK;
import static com.instainstru.functions.availability.Api.as;
import static com.instainstru.functions.availability.Weeks.day;
import static com.instainstru.functions.availability.Weeks.futureMonday;
import static com.instainstru.functions.availability.Weeks.save;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AvailabilityWeekResourceTest {

    @Inject
    TestAccounts accounts;

    private static Response read(TestUser user, LocalDate monday) {
        return as(user.bearer()).queryParam("start_date", monday.toString()).get(WEEK);
    }

    @Test
    void readsSevenDaysWithTheVersionAsETag() {
        TestUser instructor = accounts.instructor();
        LocalDate monday = futureMonday(1);

        Response week = read(instructor, monday).then().statusCode(200)
                .body("weekStart", equalTo(monday.toString()), "days", hasSize(7),
                        "days[0].date", equalTo(monday.toString()),
                        "days[6].date", equalTo(monday.plusDays(6).toString()),
                        "days[3].windows", empty())
                .extract().response();

        assertThat(week.header("ETag")).isEqualTo("\"" + week.path("version") + "\"");
        assertThat(Base64.getDecoder().decode(week.<String>path("days[0].bits"))).hasSize(180);
    }

    @Test
    void twoClientsEditingTheSameWeekConflictUntilOneOverrides() {
        TestUser instructor = accounts.instructor();
        LocalDate monday = futureMonday(1);
        String seenByA = read(instructor, monday).header("ETag");
        String seenByB = read(instructor, monday).header("ETag");
        assertThat(seenByB).isEqualTo(seenByA);

        Response savedByA = as(instructor.bearer()).header("If-Match", seenByA)
                .body(save(monday, day(monday, "09:00", "12:00"))).post(WEEK)
                .then().statusCode(200).body("daysWritten", equalTo(1)).extract().response();
        String afterA = savedByA.path("version");
        assertThat(savedByA.header("ETag")).isEqualTo("\"" + afterA + "\"");

        Response conflict = as(instructor.bearer()).header("If-Match", seenByB)
                .body(save(monday, day(monday, "14:00", "18:00"))).post(WEEK)
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("VERSION_CONFLICT"), "currentVersion", equalTo(afterA))
                .extract().response();
        assertThat(conflict.header("ETag")).isEqualTo("\"" + afterA + "\"");
        read(instructor, monday).then().body("days[0].windows.start", contains("09:00"));

        as(instructor.bearer()).header("If-Match", seenByB).queryParam("override", true)
                .body(save(monday, day(monday, "14:00", "18:00"))).post(WEEK)
                .then().statusCode(200).body("daysWritten", equalTo(1));
        read(instructor, monday).then().body("days[0].windows.start", contains("14:00"),
                "days[0].windows.end", contains("18:00"));
    }

    @Test
    void theBodyVersionIsCheckedWhenThereIsNoIfMatch() {
        TestUser instructor = accounts.instructor();
        LocalDate monday = futureMonday(1);
        String version = read(instructor, monday).path("version");
        as(instructor.bearer()).body(save(monday, day(monday, "09:00", "10:00"))).post(WEEK).then().statusCode(200);

        Map<String, Object> stale = Map.of("weekStart", monday.toString(), "version", version,
                "days", List.of(day(monday, "10:00", "11:00")));
        as(instructor.bearer()).body(stale).post(WEEK).then().statusCode(409);
        Map<String, Object> overriding = Map.of("weekStart", monday.toString(), "version", version, "override", true,
                "days", List.of(day(monday, "10:00", "11:00")));
        as(instructor.bearer()).body(overriding).post(WEEK).then().statusCode(200);
    }

    @Test
    void clearExistingDecidesWhatHappensToDaysLeftOut() {
        TestUser instructor = accounts.instructor();
        LocalDate monday = futureMonday(2);
        as(instructor.bearer()).body(save(monday, day(monday, "09:00", "12:00"),
                day(monday.plusDays(1), "09:00", "12:00"))).post(WEEK).then().statusCode(200);

        as(instructor.bearer()).body(Map.of("weekStart", monday.toString(), "clearExisting", false,
                "days", List.of(day(monday, "13:00", "15:00")))).post(WEEK)
                .then().statusCode(200).body("editedDates", contains(monday.toString()));
        read(instructor, monday).then().body("days[1].windows.start", contains("09:00"));

        as(instructor.bearer()).body(save(monday, day(monday, "13:00", "15:00"))).post(WEEK)
                .then().statusCode(200).body("editedDates", contains(monday.plusDays(1).toString()),
                        "daysWritten", equalTo(1));
        read(instructor, monday).then().body("days[1].windows", empty(),
                "days[0].windows.start", contains("13:00"));
    }

    @Test
    void copiesAWeekOntoAnother() {
        TestUser instructor = accounts.instructor();
        LocalDate source = futureMonday(1);
        LocalDate target = futureMonday(3);
        as(instructor.bearer()).body(save(source, day(source.plusDays(2), "09:00", "12:00", "14:00", "19:00")))
                .post(WEEK).then().statusCode(200);

        Response copied = as(instructor.bearer()).body(Map.of("fromWeekStart", source.toString(),
                "toWeekStart", target.toString())).post("/api/v1/instructors/availability/copy-week")
                .then().statusCode(200).body("daysWritten", equalTo(1), "windowsCreated", equalTo(2),
                        "editedDates", contains(target.plusDays(2).toString()))
                .extract().response();

        Response week = read(instructor, target);
        week.then().body("days[2].windows.start", contains("09:00", "14:00"));
        assertThat(week.header("ETag")).isEqualTo(copied.header("ETag"));
        assertThat(week.<String>path("version")).isEqualTo(read(instructor, source).path("version"));
    }

    @Test
    void appliesAWeekToADateRange() {
        TestUser instructor = accounts.instructor();
        LocalDate source = futureMonday(1);
        as(instructor.bearer()).body(save(source, day(source, "09:00", "10:00"))).post(WEEK).then().statusCode(200);

        as(instructor.bearer()).body(Map.of("fromWeekStart", source.toString(),
                "startDate", futureMonday(2).toString(), "endDate", futureMonday(4).plusDays(6).toString()))
                .post("/api/v1/instructors/availability/apply-to-date-range")
                .then().statusCode(200).body("daysWritten", equalTo(3), "weeksAffected", equalTo(3));

        read(instructor, futureMonday(4)).then().body("days[0].windows.start", contains("09:00"));
        as(instructor.bearer()).body(Map.of("fromWeekStart", source.toString(),
                "startDate", futureMonday(2).toString(), "endDate", futureMonday(2).plusDays(366).toString()))
                .post("/api/v1/instructors/availability/apply-to-date-range")
                .then().statusCode(400).body("errors[0].field", equalTo("endDate"),
                        "errors[0].rule", equalTo("max_range"));
    }

    @Test
    void pastDaysAreSkippedAndReported() {
        TestUser instructor = accounts.instructor();
        LocalDate lastMonday = Weeks.thisMonday().minusWeeks(1);

        as(instructor.bearer()).body(save(lastMonday, day(lastMonday, "09:00", "12:00"),
                day(lastMonday.plusDays(4), "09:00", "12:00"))).post(WEEK)
                .then().statusCode(200).body("daysWritten", equalTo(0),
                        "skippedDates", contains(lastMonday.toString(), lastMonday.plusDays(4).toString()),
                        "editedDates", empty());
        read(instructor, lastMonday).then().body("days[0].windows", empty());
    }

    @Test
    void aDstWeekKeeps1440MinutesPerLocalDay() {
        TestUser instructor = accounts.instructor();
        // New York springs forward on Sunday 2027-03-14 (no 02:00-03:00) and falls back on 2027-11-07.
        LocalDate spring = LocalDate.parse("2027-03-08");
        LocalDate fall = LocalDate.parse("2027-11-01");

        as(instructor.bearer()).body(save(spring, day(spring.plusDays(6), "01:00", "04:00"))).post(WEEK)
                .then().statusCode(200);
        as(instructor.bearer()).body(save(fall, day(fall.plusDays(6), "00:00", "24:00"))).post(WEEK)
                .then().statusCode(200);

        read(instructor, spring).then().body("days[6].windows.start", contains("01:00"),
                "days[6].windows.end", contains("04:00"));
        Response fallWeek = read(instructor, fall);
        fallWeek.then().body("days[6].windows.end", contains("24:00"));
        assertThat(Base64.getDecoder().decode(fallWeek.<String>path("days[6].bits"))).hasSize(180).containsOnly(-1);
    }

    @Test
    void malformedRequestsNameTheField() {
        TestUser instructor = accounts.instructor();
        LocalDate monday = futureMonday(1);

        as(instructor.bearer()).queryParam("start_date", monday.plusDays(1).toString()).get(WEEK)
                .then().statusCode(400).body("errors[0].field", equalTo("start_date"),
                        "errors[0].rule", equalTo("monday"));
        as(instructor.bearer()).get(WEEK).then().statusCode(400).body("errors[0].field", equalTo("start_date"));
        as(instructor.bearer()).queryParam("start_date", "soon").get(WEEK).then().statusCode(400);
        as(instructor.bearer()).body(save(monday, day(monday, "09:00", "25:00"))).post(WEEK)
                .then().statusCode(400).body("errors[0].field", equalTo("days[0].windows[0].end"),
                        "errors[0].rule", equalTo("time"));
        as(instructor.bearer()).body(save(monday.plusDays(2))).post(WEEK)
                .then().statusCode(400).body("errors[0].field", equalTo("weekStart"));
        as(instructor.bearer()).post(WEEK).then().statusCode(400).body("errors[0].field", equalTo("body"));
        as(instructor.bearer()).body("{\"weekStart\": \"not-a-date\", \"days\": []}").post(WEEK)
                .then().statusCode(400);
        as(instructor.bearer()).body(Map.of("fromWeekStart", monday.toString(), "toWeekStart",
                monday.plusDays(1).toString())).post("/api/v1/instructors/availability/copy-week")
                .then().statusCode(400).body("errors[0].field", equalTo("toWeekStart"));
    }
}
