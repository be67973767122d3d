package com.instainstru.functions.instructors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The route answers anonymous callers and turns every bad parameter into a 400 naming it. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SearchResourceTest {

    @Test
    void anonymousCallersSearchTheCatalog() {
        given().queryParam("q", "languages or spanish").get("/api/v1/search")
                .then().statusCode(200)
                .body("matchedServices", hasItem("Spanish"), "relaxed", hasSize(0), "page", equalTo(1),
                        "limit", equalTo(20), "radiusKm", nullValue());
    }

    @Test
    void searchHasARateLimitBucketOfItsOwn() {
        given().queryParam("q", "piano").get("/api/v1/search")
                .then().statusCode(200).header("X-RateLimit-Policy", "search");
    }

    @ParameterizedTest
    @CsvSource({"q,'',required", "lat,12,range", "max_price_cents,abc,integer", "audience,babies,one_of",
        "skill,pro,one_of", "date,2026-13-01,date", "limit,51,range", "page,11,range"})
    void badParametersAre400NamingTheField(String field, String value, String rule) {
        var request = given().queryParam(field, value);
        if (!field.equals("q")) {
            request.queryParam("q", "piano");
        }
        if (field.equals("lat")) {
            request.queryParam("lng", "-73.97");
        }
        request.get("/api/v1/search").then().statusCode(400)
                .body("errors[0].field", equalTo(field), "errors[0].rule", equalTo(rule));
    }

    @Test
    void missingQueryIs400() {
        given().get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("q"),
                "errors[0].rule", not(equalTo("")));
    }
}
