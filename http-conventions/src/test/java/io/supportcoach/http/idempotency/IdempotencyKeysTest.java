package io.supportcoach.http.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

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

    @Inject
    DataSource dataSource;

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

    /**
     * The test holds a lock on the widget table, so the first request stops at its insert while it holds
     * its key; the repeat arrives exactly then, whatever the machine's speed.
     */
    @Test
    void repeatWhileTheFirstStillRunsIsConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"slow-" + key + "\"}";
        CompletableFuture<Integer> first;
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("lock table widget in exclusive mode");
            first = CompletableFuture.supplyAsync(() -> as("e-idem").header("Idempotency-Key", key).body(body)
                    .when().post("/widgets").statusCode());
            awaitHeldKey(blocker);

            as("e-idem").header("Idempotency-Key", key).body(body).when().post("/widgets")
                    .then().statusCode(409)
                    .body("code", equalTo("IDEMPOTENCY_KEY_IN_USE"));
            blocker.commit();
        }
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(201);
        assertThat(widgetsNamed("slow-" + key)).isEqualTo(1);
    }

    /** Waits until some transaction holds a key's advisory lock and waits behind the test's table lock. */
    private static void awaitHeldKey(Connection connection) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (ResultSet held = connection.createStatement().executeQuery(
                    "select count(*) from pg_locks where locktype = 'advisory' and granted")) {
                held.next();
                if (held.getInt(1) > 0) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the first request never took its key");
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
        // The expired record was replaced by a fresh one, which replays.
        as("e-idem").header("Idempotency-Key", key).body(body).when().post("/widgets")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
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
        String body = "{\"name\": \"" + taken + "\"}";
        as("e-idem").body(body).when().post("/widgets").then().statusCode(201);
        as("e-idem").header("Idempotency-Key", key).body(body).when().post("/widgets")
                .then().statusCode(409).body("code", equalTo("WIDGET_NAME_TAKEN"));
        QuarkusTransaction.requiringNew().run(() -> Widget.delete("name", taken));

        as("e-idem").header("Idempotency-Key", key).body(body).when().post("/widgets")
                .then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        assertThat(widgetsNamed(taken)).isEqualTo(1);
    }
}
