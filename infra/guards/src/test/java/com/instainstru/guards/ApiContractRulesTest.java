package com.instainstru.guards;

import static com.instainstru.guards.Fixtures.assertHolds;
import static com.instainstru.guards.Fixtures.assertViolates;
import static com.instainstru.guards.Fixtures.importPackages;
import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.guards.fixtures.api.compliant.FixtureRootResource;
import com.instainstru.guards.fixtures.api.compliant.FixtureThingsResource;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ApiContractRulesTest {

    private static final JavaClasses VIOLATING = importPackages("com.instainstru.guards.fixtures.api.violating");
    private static final JavaClasses COMPLIANT = importPackages("com.instainstru.guards.fixtures.api.compliant");

    @Test
    void untypedResponsesAreReported() {
        assertViolates(ApiContractRules.ENDPOINTS_RETURN_RECORDS, VIOLATING,
                "FixtureLooseResource.map()", "java.util.Map",
                "FixtureLooseResource.response()", "jakarta.ws.rs.core.Response",
                "FixtureLooseResource.text()", "java.lang.String",
                "FixtureLooseResource.object()", "java.lang.Object",
                "FixtureLooseResource.json()", "com.fasterxml.jackson.databind.JsonNode",
                "FixtureLooseResource.nothing()", "void",
                "FixtureLooseResource.list()", "java.util.List",
                "FixtureLooseResource.wrappedMap()", "RestResponse");
    }

    @Test
    void routesOutsideApiV1AreReported() {
        assertViolates(ApiContractRules.ROUTES_UNDER_API_V1, VIOLATING,
                "FixtureHealthResource.health() has the route /health",
                "FixtureLookalikeResource.newerVersion() has the route /api/v10/pages",
                "FixtureLookalikeResource.betaVersion() has the route /api/v1beta",
                "FixtureLookalikeResource.noPathAtAll() has the route /");
    }

    @Test
    void endpointsWithoutAnAccessDeclarationAreReported() {
        assertViolates(ApiContractRules.ENDPOINTS_DECLARE_ACCESS, VIOLATING,
                "FixtureHealthResource.health() declares neither",
                "FixtureLooseResource.map() declares neither",
                "FixtureLookalikeResource.newerVersion() is both @RequiresPermission and @PublicEndpoint");
    }

    @Test
    void typedVersionedEndpointsComply() {
        assertHolds(ApiContractRules.ENDPOINTS_RETURN_RECORDS, COMPLIANT);
        assertHolds(ApiContractRules.ROUTES_UNDER_API_V1, COMPLIANT);
        assertHolds(ApiContractRules.ENDPOINTS_DECLARE_ACCESS, COMPLIANT);
    }

    @Test
    void joinsClassAndMethodPaths() {
        JavaClasses classes = new ClassFileImporter()
                .importClasses(FixtureThingsResource.class, FixtureRootResource.class);
        JavaClass things = classes.get(FixtureThingsResource.class);
        assertThat(ApiContractRules.route(things.getMethod("get", String.class))).isEqualTo("/api/v1/things/{id}");
        assertThat(ApiContractRules.route(things.getMethod("create", FixtureThingsResource.Thing.class)))
                .isEqualTo("/api/v1/things");
        assertThat(ApiContractRules.route(classes.get(FixtureRootResource.class).getMethod("index")))
                .isEqualTo("/api/v1");
    }
}
