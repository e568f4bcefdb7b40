package io.supportcoach.http.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Every failure path, including the ones Quarkus answers itself, speaks problem+json. */
@QuarkusTest
class ProblemDetailsTest {

    private static RequestSpecification signedIn() {
        return given().auth().oauth2(TestTokens.employee("e-problems"));
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        signedIn().when().get("/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("type", equalTo("/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/no-such-thing"))
                .body("traceId", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void wrongMethodIsMethodNotAllowed() {
        signedIn().when().delete("/widgets")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"))
                .header("Allow", "GET, HEAD, OPTIONS, POST");
    }

    @Test
    void optionsListsOnlyTheMethodsOfThatPath() {
        given().when().options("/widgets").then().statusCode(204).header("Allow", "GET, HEAD, OPTIONS, POST");
        given().when().options("/widgets/" + UUID.randomUUID())
                .then().statusCode(204).header("Allow", "GET, HEAD, OPTIONS, PUT");
        given().when().options("/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaType() {
        signedIn().contentType("text/plain").body("name=x")
                .when().post("/widgets")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void malformedJsonIsBadRequest() {
        signedIn().contentType("application/json").body("{\"name\": ")
                .when().post("/widgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void unknownFieldIsNamed() {
        signedIn().contentType("application/json").body("{\"name\": \"a\", \"colour\": \"red\"}")
                .when().post("/widgets")
                .then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
    }

    @Test
    void readOnlyFieldIsNamed() {
        signedIn().contentType("application/json").body("{\"name\": \"a\", \"version\": 7}")
                .when().post("/widgets")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("version"))
                .body("errors[0].code", equalTo("READ_ONLY_FIELD"));
    }

    @Test
    void wrongJsonTypeIsNamed() {
        signedIn().contentType("application/json").body("{\"name\": \"a\", \"holdMillis\": \"soon\"}")
                .when().post("/widgets")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("holdMillis"));
    }

    @Test
    void coercedValuesAreNamed() {
        for (String body : new String[] { "{\"name\": \"a\", \"holdMillis\": \"300\"}",
                "{\"name\": \"a\", \"holdMillis\": 300.5}", "{\"name\": 7}" }) {
            signedIn().contentType("application/json").body(body)
                    .when().post("/widgets")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.size()", equalTo(1))
                    .body("errors[0].field", org.hamcrest.Matchers.oneOf("holdMillis", "name"));
        }
    }

    @Test
    void nulCharacterInAStringIsNamed() {
        signedIn().contentType("application/json").body("{\"name\": \"wid\\u0000get\"}")
                .when().post("/widgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].code", equalTo("INVALID_VALUE"));
    }

    @Test
    void dateOutsideTheSupportedYearsIsNamed() {
        signedIn().contentType("application/json").body("{\"name\": \"w\", \"reviewOn\": \"3000-01-01\"}")
                .when().post("/widgets")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("reviewOn"))
                .body("errors[0].code", equalTo("INVALID_VALUE"));
    }

    @Test
    void nulCharacterInAQueryParameterOrPathIsNamed() {
        signedIn().queryParam("cursor", "a\u0000b").when().get("/widgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
        signedIn().urlEncodingEnabled(false).when().get("/widgets/%00")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"));
    }

    @Test
    void beanValidationGivesOneErrorPerField() {
        signedIn().contentType("application/json").body("{\"name\": \"\", \"holdMillis\": 99999}")
                .when().post("/widgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.size()", equalTo(2))
                .body("errors.find { it.field == 'name' }.code", equalTo("REQUIRED"))
                .body("errors.find { it.field == 'holdMillis' }.code", equalTo("OUT_OF_RANGE"));
    }

    @Test
    void invalidQueryParameterIsNamed() {
        signedIn().queryParam("limit", 0)
                .when().get("/widgets")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
    }

    @Test
    void queryParameterOfTheWrongTypeIsNamed() {
        signedIn().queryParam("limit", "abc")
                .when().get("/widgets")
                .then().statusCode(400)
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].code", equalTo("INVALID_FORMAT"));
    }

    @Test
    void databaseConstraintIsConflictWithDomainCode() {
        String name = "dup-" + UUID.randomUUID();
        signedIn().contentType("application/json").body("{\"name\": \"" + name + "\"}")
                .when().post("/widgets").then().statusCode(201);
        signedIn().contentType("application/json").body("{\"name\": \"" + name + "\"}")
                .when().post("/widgets")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("WIDGET_NAME_TAKEN"))
                .body("detail", equalTo("A widget with this name exists."))
                .body(not(containsString("insert into")));
    }

    @Test
    void unexpectedFailureHidesItsDetails() {
        signedIn().when().get("/widgets/boom")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("code", equalTo("INTERNAL_ERROR"))
                .body("traceId", notNullValue())
                .body(not(containsString("db-host-7")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void traceIdOfIncomingTraceparentIsKept() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        signedIn().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .when().get("/no-such-thing")
                .then().statusCode(404)
                .header("Trace-Id", traceId)
                .body("traceId", equalTo(traceId));
    }

    @Test
    void missingTokenIsUnauthenticatedProblem() {
        given().when().get("/widgets")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void invalidTokenIsUnauthenticatedProblem() {
        given().auth().oauth2(TestTokens.as("e-1", "employee").signedByStranger().sign())
                .when().get("/widgets")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void roleWithoutAccessIsForbiddenProblem() {
        given().auth().oauth2(TestTokens.as("e-1", "coach").sign())
                .when().get("/widgets")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void bodyOverOneMebibyteIsTooLarge() {
        String big = "{\"name\": \"" + "x".repeat(1024 * 1024) + "\"}";
        signedIn().contentType("application/json").body(big)
                .when().post("/widgets")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }
}
