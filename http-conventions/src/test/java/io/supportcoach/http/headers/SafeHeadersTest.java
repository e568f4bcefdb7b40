package io.supportcoach.http.headers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SafeHeadersTest {

    private static RequestSpecification signedIn() {
        return given().auth().oauth2(TestTokens.employee("e-headers"));
    }

    @Test
    void answersAreNotSniffedNorKeptBySharedCaches() {
        signedIn().when().get("/widgets")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-cache");
    }

    @Test
    void problemsCarryTheSameHeaders() {
        given().when().get("/widgets")
                .then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-cache");
    }

    @Test
    void locationIsAPathWhateverHostTheClientSent() {
        signedIn().header("Host", "attacker.example").contentType("application/json")
                .body("{\"name\": \"hosted-" + UUID.randomUUID() + "\"}")
                .when().post("/widgets")
                .then().statusCode(201)
                .header("Location", matchesPattern("/widgets/[0-9a-f-]{36}"));
    }

    @Test
    void getWithAContentTypeButNoBodyIsServed() {
        signedIn().contentType("text/html").when().get("/widgets")
                .then().statusCode(200);
    }

    @Test
    void postWithABodyOfAnotherTypeIsStillUnsupported() {
        signedIn().contentType("text/html").body("<p>widget</p>").when().post("/widgets")
                .then().statusCode(415)
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }
}
