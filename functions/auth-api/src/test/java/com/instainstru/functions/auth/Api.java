package com.instainstru.functions.auth;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests as a given caller. */
final class Api {

    private Api() {
    }

    static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType("application/json");
    }

    static RequestSpecification withToken(String accessToken) {
        return as("Bearer " + accessToken);
    }

    static RequestSpecification anonymous() {
        return given().contentType("application/json");
    }
}
