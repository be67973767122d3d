package com.instainstru.functions.bookings;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests as a given caller. */
final class Api {

    private Api() {
    }

    static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType("application/json");
    }

    static RequestSpecification anonymous() {
        return given().contentType("application/json");
    }
}
