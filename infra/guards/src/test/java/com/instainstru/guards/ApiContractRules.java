package com.instainstru.guards;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/** Every HTTP endpoint returns a typed record and lives under /api/v1. */
public final class ApiContractRules {

    static final String API_PREFIX = "/api/v1";
    static final String REST_RESPONSE = "org.jboss.resteasy.reactive.RestResponse";
    private static final String PATH = "jakarta.ws.rs.Path";
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
            .stream().map(name -> "jakarta.ws.rs." + name).toList();

    private static final DescribedPredicate<JavaMethod> ENDPOINTS = DescribedPredicate.describe(
            "are JAX-RS endpoints (@GET, @POST, @PUT, @DELETE, @PATCH, @HEAD, @OPTIONS)",
            method -> HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith));

    public static final ArchRule ENDPOINTS_RETURN_RECORDS = methods()
            .that(ENDPOINTS)
            .should(returnARecord())
            .because("the OpenAPI contract is generated from typed responses (never Map, Object, String, JsonNode,"
                    + " a bare Response or void)");

    static final String REQUIRES_PERMISSION = "com.instainstru.http.security.RequiresPermission";
    static final String PUBLIC_ENDPOINT = "com.instainstru.http.security.PublicEndpoint";

    public static final ArchRule ENDPOINTS_DECLARE_ACCESS = methods()
            .that(ENDPOINTS)
            .should(declareAPermissionOrPublicAccess())
            .because("every endpoint checks a permission, or says explicitly and with a reason that it is public"
                    + " (deny by default)");

    public static final ArchRule ROUTES_UNDER_API_V1 = methods()
            .that(ENDPOINTS)
            .should(haveARouteUnder(API_PREFIX))
            .because("every route of the HTTP API is versioned");

    private ApiContractRules() {
    }

    private static ArchCondition<JavaMethod> returnARecord() {
        return new ArchCondition<>("return a record, RestResponse<record> or RestResponse<Void> (204)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaType returned = method.getReturnType();
                boolean typed = isRecord(returned) || isRestResponseOfRecord(returned);
                String message = String.format("%s returns %s", method.getFullName(), returned.getName());
                events.add(new SimpleConditionEvent(method, typed, message));
            }
        };
    }

    private static ArchCondition<JavaMethod> declareAPermissionOrPublicAccess() {
        return new ArchCondition<>("be annotated @RequiresPermission or @PublicEndpoint") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean permission = method.isAnnotatedWith(REQUIRES_PERMISSION);
                boolean open = method.isAnnotatedWith(PUBLIC_ENDPOINT);
                String message = permission && open
                        ? method.getFullName() + " is both @RequiresPermission and @PublicEndpoint"
                        : method.getFullName() + " declares neither @RequiresPermission nor @PublicEndpoint";
                events.add(new SimpleConditionEvent(method, permission ^ open, message));
            }
        };
    }

    private static boolean isRecord(JavaType type) {
        return type instanceof JavaClass javaClass && javaClass.isRecord();
    }

    private static boolean isRestResponseOfRecord(JavaType type) {
        return type instanceof JavaParameterizedType parameterized
                && parameterized.toErasure().getName().equals(REST_RESPONSE)
                && (isRecord(parameterized.getActualTypeArguments().get(0))
                        || parameterized.getActualTypeArguments().get(0).getName().equals(Void.class.getName()));
    }

    private static ArchCondition<JavaMethod> haveARouteUnder(String prefix) {
        return new ArchCondition<>("have a route equal to or under " + prefix + "/") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String route = route(method);
                boolean versioned = route.equals(prefix) || route.startsWith(prefix + "/");
                String message = String.format("%s has the route %s", method.getFullName(), route);
                events.add(new SimpleConditionEvent(method, versioned, message));
            }
        };
    }

    /** Class-level @Path joined with method-level @Path, as JAX-RS does: one slash between segments. */
    static String route(JavaMethod method) {
        String joined = "/" + path(method.getOwner()) + "/" + path(method);
        String route = joined.replaceAll("/+", "/");
        return route.length() > 1 && route.endsWith("/") ? route.substring(0, route.length() - 1) : route;
    }

    private static String path(HasAnnotations<?> element) {
        return element.tryGetAnnotationOfType(PATH)
                .map(path -> (String) path.get("value").orElse(""))
                .orElse("");
    }
}
