package io.supportcoach.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Checks that a service answers with the shared problem format where Quarkus itself refuses a request:
 * an unknown path, a wrong method (with the methods that work in {@code Allow}, which {@code OPTIONS} lists
 * too), a URI or headers too long, a wrong media type, malformed JSON and a body over 1 MiB.
 */
public final class ProblemConventions {

    private ProblemConventions() {
    }

    /** {@code collection} is a path that accepts a JSON POST from HR, such as {@code /skills}. */
    public static void assertRefusalsAreProblems(String collection) {
        String hr = TestTokens.hrAdmin();
        given().auth().oauth2(hr).get("/no-such-collection")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(hr).delete(collection)
                .then().statusCode(405).contentType("application/problem+json").body("code", equalTo("METHOD_NOT_ALLOWED"))
                .header("Allow", "GET, HEAD, OPTIONS, POST");
        given().options(collection)
                .then().statusCode(204).header("Allow", "GET, HEAD, OPTIONS, POST");
        given().auth().oauth2(hr).get(collection + "?q=" + "x".repeat(9000))
                .then().statusCode(414).contentType("application/problem+json").body("code", equalTo("URI_TOO_LONG"));
        given().auth().oauth2(hr).header("X-Padding", "x".repeat(17 * 1024)).get(collection)
                .then().statusCode(431).contentType("application/problem+json").body("code", equalTo("HEADERS_TOO_LARGE"));
        given().auth().oauth2(hr).contentType("text/plain").body("x").post(collection)
                .then().statusCode(415).contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().auth().oauth2(hr).contentType("application/json").body("{\"name\": ").post(collection)
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"));
        given().auth().oauth2(hr).contentType("application/json")
                .body("{\"name\": \"" + "x".repeat(1024 * 1024) + "\"}").post(collection)
                .then().statusCode(413).contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }
}
