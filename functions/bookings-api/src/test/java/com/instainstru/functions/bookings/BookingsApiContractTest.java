package com.instainstru.functions.bookings;

import static io.restassured.RestAssured.given;

import com.instainstru.testsupport.db.PostgresTestResource;
import com.instainstru.testsupport.openapi.OpenApiContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BookingsApiContractTest {

    @Test
    void theOpenApiDocumentMatchesTheReviewedSnapshot() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();

        OpenApiContract.verify(document, Path.of("openapi.json"));
    }
}
