package io.supportcoach.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** The start of a request made the way a portal makes it: a bearer token and a JSON body. */
public final class Requests {

    private Requests() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    public static RequestSpecification asHr() {
        return as(TestTokens.hrAdmin());
    }
}
