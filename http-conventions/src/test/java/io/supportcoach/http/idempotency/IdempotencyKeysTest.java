package io.supportcoach.http.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.supportcoach.http.testapp.Widget;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** A creating POST with an Idempotency-Key happens once, whatever the client retries. */
@QuarkusTest
class IdempotencyKeysTest {

    @Inject
    EntityManager entityManager;

    private static RequestSpecification as(String caller) {
        return given().auth().oauth2(TestTokens.employee(caller)).contentType("application/json");
    }

    private static long widgetsNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Widget.count("name", name));
    }

    @Test
    void repeatReplaysTheFirstResponseAndCreatesOneRow() {
        String key = UUID.randomUUID().toString();
        String name = "idem-" + key;
        Response first = as("e-idem").header("Idempotency-Key", key).body("{\"name\": \"" + name + "\"}")
                .when().post("/widgets");
        Response second = as("e-idem").header("Idempotency-Key", key).body("{\"name\": \"" + name + "\"}")
                .when().post("/widgets");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag")).isNotNull();
        assertThat(second.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(widgetsNamed(name)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsUnprocessable() {
        String key = UUID.randomUUID().toString();
        as("e-idem").header("Idempotency-Key", key).body("{\"name\": \"a-" + key + "\"}").when().post("/widgets")
                .then().statusCode(201);
        as("e-idem").header("Idempotency-Key", key).body("{\"name\": \"b-" + key + "\"}").when().post("/widgets")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(widgetsNamed("b-" + key)).isZero();
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        as("e-one").header("Idempotency-Key", key).body("{\"name\": \"one-" + key + "\"}").when().post("/widgets")
                .then().statusCode(201);
        as("e-two").header("Idempotency-Key", key).body("{\"name\": \"two-" + key + "\"}").when().post("/widgets")
                .then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void repeatWhileTheFirstStillRunsIsConflict() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"slow-" + key + "\", \"holdMillis\": 1500}";
        var first = CompletableFuture.supplyAsync(() -> as("e-idem").header("Idempotency-Key", key).body(body)
                .when().post("/widgets").statusCode());
        sleep(500);
        as("e-idem").header("Idempotency-Key", key).body(body).when().post("/widgets")
                .then().statusCode(409)
                .body("code", equalTo("IDEMPOTENCY_KEY_IN_USE"));
        assertThat(first.join()).isEqualTo(201);
        assertThat(widgetsNamed("slow-" + key)).isEqualTo(1);
    }

    @Test
    void expiredKeyRunsAgain() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"old-" + key + "\"}";
        as("e-idem").header("Idempotency-Key", key).body(body).when().post("/widgets").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> {
            Widget.delete("name", "old-" + key);
            entityManager.createNativeQuery("update idempotency_record set created_at = now() - interval '25 hours' "
                    + "where idempotency_key = ?1").setParameter(1, key).executeUpdate();
        });
        as("e-idem").header("Idempotency-Key", key).body(body).when().post("/widgets")
                .then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        assertThat(widgetsNamed("old-" + key)).isEqualTo(1);
    }

    @Test
    void overlongKeyIsRefused() {
        as("e-idem").header("Idempotency-Key", "k".repeat(256)).body("{\"name\": \"long\"}").when().post("/widgets")
                .then().statusCode(400)
                .body("code", equalTo("INVALID_IDEMPOTENCY_KEY"));
    }

    @Test
    void failedCreateLeavesTheKeyFree() {
        String key = UUID.randomUUID().toString();
        String taken = "taken-" + key;
        as("e-idem").body("{\"name\": \"" + taken + "\"}").when().post("/widgets").then().statusCode(201);
        as("e-idem").header("Idempotency-Key", key).body("{\"name\": \"" + taken + "\"}").when().post("/widgets")
                .then().statusCode(409);
        as("e-idem").header("Idempotency-Key", key).body("{\"name\": \"" + taken + "\"}").when().post("/widgets")
                .then().statusCode(409).body("code", equalTo("WIDGET_NAME_TAKEN"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
