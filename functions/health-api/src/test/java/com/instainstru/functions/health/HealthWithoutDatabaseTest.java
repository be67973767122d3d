package com.instainstru.functions.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(HealthWithoutDatabaseTest.UnreachableDatabase.class)
class HealthWithoutDatabaseTest {

    @Test
    void answers503WhenTheDatabaseIsUnreachable() {
        given().get("/api/v1/health")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"), "database", equalTo("DOWN"));
    }

    public static class UnreachableDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=1",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }
    }
}
