package io.supportcoach.secondment.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** This service answers with the shared problem format even where Quarkus itself refuses a request. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void unknownPathWrongMethodAndWrongMediaTypeAreProblems() {
        given().auth().oauth2(TestTokens.hrAdmin()).get("/no-such-collection")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(TestTokens.hrAdmin()).delete("/opportunities")
                .then().statusCode(405).contentType("application/problem+json").body("code", equalTo("METHOD_NOT_ALLOWED"));
        given().auth().oauth2(TestTokens.hrAdmin()).contentType("text/plain").body("x").post("/opportunities")
                .then().statusCode(415).contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void bodyOverOneMebibyteIsTooLarge() {
        given().auth().oauth2(TestTokens.hrAdmin()).contentType("application/json")
                .body("{\"name\": \"" + "x".repeat(1024 * 1024) + "\"}").post("/opportunities")
                .then().statusCode(413).contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void malformedJsonIsBadRequest() {
        given().auth().oauth2(TestTokens.hrAdmin()).contentType("application/json").body("{\"name\": ").post("/opportunities")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"));
    }
}
