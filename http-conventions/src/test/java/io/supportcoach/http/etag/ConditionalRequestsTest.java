package io.supportcoach.http.etag;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** ETags on reads, 304 on a current If-None-Match, and If-Match guarding every write. */
@QuarkusTest
class ConditionalRequestsTest {

    private static RequestSpecification signedIn() {
        return given().auth().oauth2(TestTokens.employee("e-etag")).contentType("application/json");
    }

    private static String createWidget() {
        return signedIn().body("{\"name\": \"etag-" + UUID.randomUUID() + "\"}")
                .when().post("/widgets").then().statusCode(201).extract().path("id");
    }

    @Test
    void readCarriesStrongEtagAndAnswers304WhenCurrent() {
        String id = createWidget();
        String etag = signedIn().when().get("/widgets/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"0\"");
        signedIn().header("If-None-Match", etag).when().get("/widgets/" + id).then().statusCode(304);
        signedIn().header("If-None-Match", "\"41\"").when().get("/widgets/" + id).then().statusCode(200);
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        String id = createWidget();
        signedIn().header("If-None-Match", "W/\"0\"").when().get("/widgets/" + id).then().statusCode(304);
        signedIn().header("If-None-Match", "\"7\", W/\"0\"").when().get("/widgets/" + id).then().statusCode(304);
        signedIn().header("If-None-Match", "*").when().get("/widgets/" + id).then().statusCode(304);
        signedIn().header("If-None-Match", "W/\"1\"").when().get("/widgets/" + id).then().statusCode(200);
    }

    @Test
    void writeWithoutIfMatchIsPreconditionRequired() {
        String id = createWidget();
        signedIn().body("{\"name\": \"renamed-" + id + "\"}").when().put("/widgets/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("code", equalTo("IF_MATCH_REQUIRED"));
    }

    @Test
    void writeWithStaleIfMatchIsPreconditionFailed() {
        String id = createWidget();
        signedIn().header("If-Match", "\"0\"").body("{\"name\": \"first-" + id + "\"}").when().put("/widgets/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        signedIn().header("If-Match", "\"0\"").body("{\"name\": \"second-" + id + "\"}").when().put("/widgets/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("VERSION_MISMATCH"));
    }

    @Test
    void twoConcurrentWritesWithTheSameEtagLetExactlyOneThrough() throws Exception {
        String id = createWidget();
        var start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> writes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String name = "racer-" + i + "-" + id;
            writes.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return signedIn().header("If-Match", "\"0\"")
                        .body("{\"name\": \"" + name + "\", \"holdMillis\": 300}")
                        .when().put("/widgets/" + id).then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = writes.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(200, 412);
        signedIn().when().get("/widgets/" + id).then().header("ETag", "\"1\"");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
