package io.supportcoach.http.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** {@code GET /widgets/burst} allows a caller 3 requests an hour (test application.properties). */
@QuarkusTest
class RateLimitedEndpointTest {

    private static String newEmployee() {
        return TestTokens.employee("e-burst-" + UUID.randomUUID());
    }

    @Test
    void theFourthRequestOfACallerIsRateLimitedAndAnotherCallerIsNot() {
        String token = newEmployee();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/widgets/burst").then().statusCode(200);
        }

        String retryAfter = given().auth().oauth2(token).get("/widgets/burst")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED"))
                .body("type", equalTo("/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("detail", containsString("widget-burst"))
                .extract().header("Retry-After");
        // Three an hour: the next token is back in twenty minutes.
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 1200L);

        given().auth().oauth2(newEmployee()).get("/widgets/burst").then().statusCode(200);
    }

    @Test
    void requestsRefusedBySecurityAreNeverCounted() {
        for (int i = 0; i < 5; i++) {
            given().get("/widgets/burst").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        }
        String coach = TestTokens.as("e-burst-coach", "coach").sign();
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(coach).get("/widgets/burst").then().statusCode(403);
        }
    }

    @Test
    void theContractDocumentsTheProblemAndRetryAfter() {
        JsonPath contract = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String tooMany = "paths.'/widgets/burst'.get.responses.'429'";

        assertThat(contract.getString(tooMany + ".content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(contract.getString(tooMany + ".content.'application/problem+json'.example.code"))
                .isEqualTo("RATE_LIMITED");
        assertThat(contract.getString(tooMany + ".headers.Retry-After.schema.type")).isEqualTo("integer");
        assertThat(contract.getMap("paths.'/widgets/{id}'.get.responses")).doesNotContainKey("429");
    }
}
