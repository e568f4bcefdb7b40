package io.supportcoach.http.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.persistence.outbox.DeliveryResult;
import io.supportcoach.persistence.outbox.Outbox;
import io.supportcoach.persistence.outbox.OutboxRelay;
import io.supportcoach.testing.Pages;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HR follows the messages a service owes others and releases parked ones through the API. */
@QuarkusTest
class OutboxResourceTest {

    record Change(String personId) {
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    FakeSender sender;

    @Inject
    OutboxMetrics metrics;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyOutbox() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("delete from outbox_message");
        }
        sender.reset();
    }

    @Test
    void hrSeesAParkedMessageWithItsErrorRetriesItAndItIsDelivered() {
        UUID parked = enqueue("p-1");
        UUID held = enqueue("p-1");
        sender.behave(message -> DeliveryResult.permanentFailure("HTTP 422 UNKNOWN_SKILL"));
        relay.relayOnce(10);

        List<String> all = Pages.collect(() -> given().auth().oauth2(TestTokens.hrAdmin()), "/outbox-messages", 1, "id");
        assertThat(all).containsExactly(parked.toString(), held.toString());
        List<String> failed = Pages.collect(() -> given().auth().oauth2(TestTokens.hrAdmin()).queryParam("status", "FAILED"),
                "/outbox-messages", 1, "id");
        assertThat(failed).containsExactly(parked.toString());
        given().auth().oauth2(TestTokens.hrAdmin()).get("/outbox-messages/" + parked).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("attempts", equalTo(1))
                .body("lastError", equalTo("HTTP 422 UNKNOWN_SKILL")).body("nextAttemptAt", nullValue())
                .body("destination", equalTo("coaching-service")).body("$", not(hasKey("payload")));
        given().auth().oauth2(TestTokens.hrAdmin()).get("/outbox-messages/" + held).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));

        sender.reset();
        given().auth().oauth2(TestTokens.hrAdmin()).post("/outbox-messages/" + parked + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        relay.relayOnce(10);

        assertThat(sender.sentIds()).containsExactly(parked, held);
        given().auth().oauth2(TestTokens.hrAdmin()).get("/outbox-messages/" + held).then().statusCode(200)
                .body("status", equalTo("DELIVERED"));
        given().auth().oauth2(TestTokens.hrAdmin()).post("/outbox-messages/" + parked + "/retry").then().statusCode(409)
                .body("code", equalTo("MESSAGE_NOT_PARKED"));
    }

    @Test
    void discardingAParkedMessageLetsTheNextOneGo() {
        UUID parked = enqueue("p-2");
        UUID held = enqueue("p-2");
        sender.behave(message -> message.id().equals(parked) ? DeliveryResult.permanentFailure("HTTP 404")
                : DeliveryResult.delivered());
        relay.relayOnce(10);
        assertThat(sender.sentIds()).containsExactly(parked);

        given().auth().oauth2(TestTokens.hrAdmin()).post("/outbox-messages/" + parked + "/discard").then().statusCode(200)
                .body("status", equalTo("DISCARDED"));
        relay.relayOnce(10);

        assertThat(sender.sentIds()).containsExactly(parked, held);
        given().auth().oauth2(TestTokens.hrAdmin()).post("/outbox-messages/" + parked + "/discard").then().statusCode(409)
                .body("code", equalTo("MESSAGE_NOT_PARKED"));
    }

    @Test
    void unknownMessagesAndBadFiltersAreProblems() {
        given().auth().oauth2(TestTokens.hrAdmin()).get("/outbox-messages/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(TestTokens.hrAdmin()).post("/outbox-messages/" + UUID.randomUUID() + "/retry").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.hrAdmin()).get("/outbox-messages?status=LOST").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void onlyHrFollowsTheOutbox() {
        UUID id = enqueue("p-3");
        for (String token : List.of(TestTokens.employee("e-1"), TestTokens.as("e-2", "manager").sign(),
                TestTokens.service("coaching-service"))) {
            given().auth().oauth2(token).get("/outbox-messages/" + id).then().statusCode(403);
            given().auth().oauth2(token).post("/outbox-messages/" + id + "/retry").then().statusCode(403);
        }
    }

    @Test
    void theBacklogIsAMetric() {
        enqueue("p-4");
        UUID parked = enqueue("p-5");
        sender.behave(message -> message.id().equals(parked) ? DeliveryResult.permanentFailure("HTTP 400")
                : DeliveryResult.retry("HTTP 503"));
        relay.relayOnce(10);
        metrics.refresh();

        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(scrape).containsPattern("(?m)^suite_outbox_pending_messages(\\{[^}]*\\})? 1\\.0$")
                .containsPattern("(?m)^suite_outbox_failed_messages(\\{[^}]*\\})? 1\\.0$")
                .containsPattern("(?m)^suite_outbox_oldest_pending_age_seconds(\\{[^}]*\\})? [0-9.]+(E-?[0-9]+)?$");
    }

    private UUID enqueue(String personId) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue("person", personId, "PersonChanged",
                "coaching-service", new Change(personId)));
    }
}
