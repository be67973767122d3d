package com.instainstru.functions.payments;

import static io.restassured.RestAssured.given;

import com.instainstru.testsupport.db.PostgresTestResource;
import com.instainstru.testsupport.openapi.OpenApiContract;
import com.instainstru.testsupport.stripe.StripeStubTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class PaymentsApiContractTest {

    @Test
    void theOpenApiDocumentMatchesTheReviewedSnapshot() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();

        OpenApiContract.verify(document, Path.of("openapi.json"));
    }
}
