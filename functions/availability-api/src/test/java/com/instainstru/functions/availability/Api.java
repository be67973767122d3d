package com.instainstru.functions.availability;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests as a given caller. */
final class Api {

    static final String WEEK = "/api/v1/instructors/availability/week";
    static final String BLACKOUTS = "/api/v1/instructors/availability/blackout-dates";

    private Api() {
    }

    static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType("application/json");
    }
}
