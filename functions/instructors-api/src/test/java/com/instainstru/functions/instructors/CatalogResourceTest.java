package com.instainstru.functions.instructors;

import static com.instainstru.functions.instructors.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CatalogResourceTest {

    @Test
    void anyoneBrowsesCategoriesSubcategoriesAndServices() {
        anonymous().get("/api/v1/catalog/categories").then().statusCode(200)
                .body("categories", hasSize(7))
                .body("categories[1].slug", equalTo("music"))
                .body("categories[1].subcategoryCount", equalTo(12));
        anonymous().get("/api/v1/catalog/categories/dance").then().statusCode(200)
                .body("subcategories", hasSize(9))
                .body("subcategories.slug", hasItem("latin-ballroom"));
        String salsaId = anonymous().get("/api/v1/catalog/categories/dance/latin-ballroom").then().statusCode(200)
                .body("services.slug", hasItems("salsa", "bachata"))
                .extract().path("services.find { it.slug == 'salsa' }.id");
        anonymous().get("/api/v1/catalog/services/" + salsaId).then().statusCode(200)
                .body("name", equalTo("Salsa"))
                .body("inPersonFloorCents", equalTo(8000))
                .body("onlineFloorCents", equalTo(6000));
    }

    @Test
    void theAgeGroupFilterIsValidated() {
        anonymous().queryParam("age_group", "kids").get("/api/v1/catalog/services").then().statusCode(200)
                .body("services.eligibleAgeGroups", everyItem(hasItem("kids")))
                .body("services.slug", not(hasItem("mcat-prep")));
        anonymous().queryParam("age_group", "babies").get("/api/v1/catalog/services").then().statusCode(400)
                .body("errors[0].field", equalTo("age_group"));
    }

    @Test
    void unknownSlugsAndIdsAre404NotErrors() {
        anonymous().get("/api/v1/catalog/categories/knitting-club").then().statusCode(404)
                .body("code", equalTo("CATALOG_CATEGORY_NOT_FOUND"));
        anonymous().get("/api/v1/catalog/categories/music/ballet").then().statusCode(404);
        anonymous().get("/api/v1/catalog/services/not-an-id").then().statusCode(404);
        anonymous().get("/api/v1/catalog/services/01KDWC0000SVC9999999999999").then().statusCode(404);
    }
}
