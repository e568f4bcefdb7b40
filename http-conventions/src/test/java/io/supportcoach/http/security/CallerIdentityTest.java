package io.supportcoach.http.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The caller's id and teams come from a real signed token, as every service reads them. */
@QuarkusTest
class CallerIdentityTest {

    @Inject
    JWTParser parser;

    @Test
    void idAndManagedTeamsComeFromTheToken() {
        given().auth().oauth2(TestTokens.as("e-42", "employee").managing("team-a", "team-b").sign())
                .when().get("/widgets/whoami")
                .then().statusCode(200)
                .body("id", equalTo("e-42"))
                .body("teams", containsInAnyOrder("team-a", "team-b"));
    }

    @Test
    void tokenIssuedInTheFutureIsRefused() {
        String token = TestTokens.as("e-42", "employee").issued(Instant.now().plus(Duration.ofMinutes(10)),
                Duration.ofHours(1)).sign();
        given().auth().oauth2(token).when().get("/widgets/whoami")
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void tokenIssuedWithinTheClockSkewIsAccepted() {
        String token = TestTokens.as("e-42", "employee").issued(Instant.now().plus(Duration.ofSeconds(20)),
                Duration.ofHours(1)).sign();
        given().auth().oauth2(token).when().get("/widgets/whoami").then().statusCode(200);
    }

    @Test
    void tokenLivingLongerThanTwelveHoursIsRefused() {
        Instant issued = Instant.now().minus(Duration.ofMinutes(1));
        given().auth().oauth2(TestTokens.as("e-42", "employee").issued(issued, Duration.ofHours(13)).sign())
                .when().get("/widgets/whoami")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.as("e-42", "employee").issued(issued, Duration.ofHours(12)).sign())
                .when().get("/widgets/whoami")
                .then().statusCode(200);
    }

    @Test
    void groupsThatAreNotAListAreRefused() {
        given().auth().oauth2(TestTokens.as("e-42", "employee").groupsAsText().sign())
                .when().get("/widgets/whoami")
                .then().statusCode(401);
    }

    @Test
    void aTokenAlteredAfterItWasAcceptedIsRefused() {
        String token = TestTokens.as("e-42", "employee").sign();
        given().auth().oauth2(token).when().get("/widgets/whoami").then().statusCode(200);

        String[] parts = token.split("\\.");
        String otherClaims = TestTokens.as("e-43", "hr-admin").sign().split("\\.")[1];
        String otherSignature = TestTokens.as("e-42", "employee").signedByStranger().sign().split("\\.")[2];
        given().auth().oauth2(parts[0] + "." + otherClaims + "." + parts[2])
                .when().get("/widgets/whoami")
                .then().statusCode(401);
        given().auth().oauth2(parts[0] + "." + parts[1] + "." + otherSignature)
                .when().get("/widgets/whoami")
                .then().statusCode(401);
        given().auth().oauth2(token).when().get("/widgets/whoami")
                .then().statusCode(200).body("id", equalTo("e-42"));
    }

    @Test
    void aTokenVerifiedOnceIsAnsweredFromMemory() throws ParseException {
        String token = TestTokens.as("e-42", "employee").sign();
        String another = TestTokens.as("e-42", "employee").managing("team-a").sign();

        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
        assertThat(parser.parse(another)).isNotSameAs(parser.parse(token));
    }
}
