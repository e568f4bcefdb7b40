package io.supportcoach.http.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The caller's id and teams come from a real signed token, as every service reads them. */
@QuarkusTest
class CallerIdentityTest {

    @Test
    void idAndManagedTeamsComeFromTheToken() {
        given().auth().oauth2(TestTokens.as("e-42", "employee").managing("team-a", "team-b").sign())
                .when().get("/widgets/whoami")
                .then().statusCode(200)
                .body("id", equalTo("e-42"))
                .body("teams", containsInAnyOrder("team-a", "team-b"));
    }
}
