package io.supportcoach.skills.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.PeopleFixtures.register;
import static io.supportcoach.testing.Requests.asHr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.persistence.outbox.OutboxAdmin;
import io.supportcoach.persistence.outbox.OutboxMessageView;
import io.supportcoach.persistence.outbox.OutboxRelay;
import io.supportcoach.persistence.outbox.OutboxStatus;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.CoachingServiceStub;
import io.supportcoach.testing.PeopleFixtures.Staff;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * People who leave reach coaching-service through the outbox, with this service's own token and the message's key,
 * exactly once in effect whatever coaching-service does: refuse connections, hang, fail, refuse the message, or come
 * back; and whatever the relay does: die between sending and marking. secondment-service, the other subscriber, gets
 * its own message through its own client, and the failures of one callee never hold back the other's.
 */
@QuarkusTest
class PeopleChangeDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    CalleeStub coachingService;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxAdmin admin;

    @Inject
    CrashAfterSend sender;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "suite.callee.read-timeout")
    Duration readTimeout;

    @ConfigProperty(name = "quarkus.fault-tolerance.global.circuit-breaker.request-volume-threshold")
    int breakerWindow;

    @ConfigProperty(name = "quarkus.rest-client.secondment-service.url")
    URI secondmentService;

    /**
     * The relay takes every due message, so each test starts from an empty outbox, a closed breaker and the stub's
     * default answers (a hanging answer left by the test before would otherwise still be served).
     */
    @BeforeEach
    @AfterEach
    void startAfresh() throws SQLException {
        execute("delete from outbox_message");
        coachingService.reset();
        breakers.resetAll();
        sender.crashAfterEachSend(false);
    }

    @Test
    void aLeaverIsReportedWithThisServicesOwnTokenAndTheMessagesKey() throws Exception {
        String employeeId = leaves();
        OutboxMessageView message = messageAbout(employeeId);

        assertThat(relay.relayOnce(10)).as("one message per subscriber").isEqualTo(2);

        LoggedRequest delivery = single(deliveriesOf(employeeId));
        assertThat(delivery.getHeader("Idempotency-Key")).isEqualTo("outbox-" + message.id());
        JsonNode body = JSON.readTree(delivery.getBodyAsString());
        assertThat(body.path("change").asText()).isEqualTo("LEFT");
        assertThat(body.path("teamId").asText()).isNotBlank();
        String[] token = delivery.getHeader("Authorization").substring("Bearer ".length()).split("\\.");
        assertThat(decode(token[0]).path("kid").asText()).isEqualTo("service:skills-service");
        JsonNode claims = decode(token[1]);
        assertThat(claims.path("sub").asText()).isEqualTo("skills-service");
        assertThat(claims.path("groups")).hasSize(1);
        assertThat(claims.path("groups").get(0).asText()).isEqualTo("service");
        assertThat(status(message)).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void secondmentServiceGetsItsOwnMessageThroughItsOwnClientWhileCoachingServiceIsDown() throws Exception {
        WireMock secondment = new WireMock(secondmentService.getHost(), secondmentService.getPort());
        coachingService.down();
        String employeeId = leaves();
        OutboxMessageView message = messageAbout(employeeId, SecondmentServiceClient.CALLEE);

        relay.relayOnce(10);

        List<LoggedRequest> deliveries = secondment.find(deliveriesOf(employeeId));
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).getHeader("Idempotency-Key")).isEqualTo("outbox-" + message.id());
        JsonNode body = JSON.readTree(deliveries.get(0).getBodyAsString());
        assertThat(body.path("change").asText()).isEqualTo("LEFT");
        String[] token = deliveries.get(0).getHeader("Authorization").substring("Bearer ".length()).split("\\.");
        assertThat(decode(token[1]).path("sub").asText()).isEqualTo("skills-service");
        assertThat(status(message)).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(status(messageAbout(employeeId))).isEqualTo(OutboxStatus.PENDING);

        coachingService.up();
        makeEverythingDue();
        relay.relayOnce(10);

        assertThat(status(messageAbout(employeeId))).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(secondment.find(deliveriesOf(employeeId))).as("delivered once, never again").hasSize(1);
    }

    @Test
    void messagesWaitWhileCoachingServiceIsDownAndArriveOnceWhenItIsBack() throws SQLException {
        coachingService.down();
        String first = leaves();
        String second = leaves();

        relay.relayOnce(10);

        for (String employeeId : List.of(first, second)) {
            OutboxMessageView waiting = admin.find(messageAbout(employeeId).id()).orElseThrow();
            assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(waiting.attempts()).isEqualTo(1);
            assertThat(waiting.lastError()).contains("coaching-service cannot answer now");
        }
        coachingService.up();
        makeEverythingDue();
        relay.relayOnce(10);

        for (String employeeId : List.of(first, second)) {
            assertThat(status(messageAbout(employeeId))).isEqualTo(OutboxStatus.DELIVERED);
            assertThat(coachingService.received(deliveriesOf(employeeId))).isEqualTo(1);
        }
    }

    @Test
    void aCalleeThatHangsIsLeftAfterTheReadTimeoutAndTriedAgainLater() throws SQLException {
        coachingService.server().stubFor(post(urlPathEqualTo("/people-changes")).atPriority(1)
                .willReturn(okJson(CoachingServiceStub.NOTHING_DONE).withFixedDelay((int) readTimeout.toMillis() * 4)));
        String employeeId = leaves();

        long started = System.nanoTime();
        relay.relayOnce(10);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(readTimeout.multipliedBy(3));
        assertThat(status(messageAbout(employeeId))).isEqualTo(OutboxStatus.PENDING);
        coachingService.reset();
        makeEverythingDue();
        relay.relayOnce(10);

        assertThat(status(messageAbout(employeeId))).isEqualTo(OutboxStatus.DELIVERED);
        List<LoggedRequest> deliveries = coachingService.requests(deliveriesOf(employeeId));
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).getHeader("Idempotency-Key")).isEqualTo("outbox-" + messageAbout(employeeId).id());
    }

    @Test
    void aServerErrorIsRetriedAndARefusalIsParkedUntilHrRetriesIt() throws SQLException {
        String failing = leaves();
        String refused = leaves();
        coachingService.server().stubFor(post(urlPathEqualTo("/people-changes")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.employeeId", equalTo(failing))).willReturn(serverError()));
        coachingService.server().stubFor(post(urlPathEqualTo("/people-changes")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.employeeId", equalTo(refused)))
                .willReturn(CalleeStub.problem(422, "IDEMPOTENCY_KEY_REUSED")));

        relay.relayOnce(10);

        assertThat(status(messageAbout(failing))).isEqualTo(OutboxStatus.PENDING);
        OutboxMessageView parked = admin.find(messageAbout(refused).id()).orElseThrow();
        assertThat(parked.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(parked.attempts()).isEqualTo(1);
        assertThat(parked.lastError()).startsWith("HTTP 422").contains("IDEMPOTENCY_KEY_REUSED");

        coachingService.reset();
        asHr().post("/outbox-messages/" + parked.id() + "/retry").then().statusCode(200);
        makeEverythingDue();
        relay.relayOnce(10);

        assertThat(status(messageAbout(failing))).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(status(messageAbout(refused))).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void theBreakerSparesCoachingServiceWhileItFailsAndClosesWhenItIsBack() throws SQLException {
        coachingService.server().stubFor(post(urlPathEqualTo("/people-changes")).atPriority(1)
                .willReturn(CalleeStub.problem(503, "UNAVAILABLE")));
        List<String> leavers = new ArrayList<>();
        for (int i = 0; i < breakerWindow + 2; i++) {
            leavers.add(leaves());
        }

        relay.relayOnce(100);

        assertThat(coachingService.received(postRequestedFor(urlPathEqualTo("/people-changes"))))
                .as("once the breaker opens, the relay leaves coaching-service alone").isEqualTo(breakerWindow);
        assertThat(admin.find(messageAbout(leavers.get(leavers.size() - 1)).id()).orElseThrow().lastError())
                .contains("circuit breaker open");
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .as("the breaker's state is a metric")
                .containsPattern("(?m)^ft_circuitbreaker_opened_total\\{[^}]*CalleeGuard.coachingService[^}]*\\} [1-9]");
        coachingService.reset();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (leavers.stream().anyMatch(this::pending) && System.nanoTime() < deadline) {
            pause();
            makeEverythingDue();
            relay.relayOnce(100);
        }

        for (String employeeId : leavers) {
            OutboxMessageView delivered = messageAbout(employeeId);
            assertThat(status(delivered)).isEqualTo(OutboxStatus.DELIVERED);
            assertThat(coachingService.requests(deliveriesOf(employeeId))).hasSize(1)
                    .extracting(request -> request.getHeader("Idempotency-Key")).containsOnly("outbox-" + delivered.id());
        }
    }

    @Test
    void aRelayThatDiesBetweenSendingAndMarkingSendsAgainWithTheSameKey() {
        String employeeId = leaves();
        sender.crashAfterEachSend(true);

        assertThatThrownBy(() -> relay.relayOnce(10)).hasStackTraceContaining("the relay died after sending");

        OutboxMessageView unmarked = admin.find(messageAbout(employeeId).id()).orElseThrow();
        assertThat(unmarked.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(unmarked.attempts()).isZero();
        sender.crashAfterEachSend(false);
        relay.relayOnce(10);

        assertThat(status(unmarked)).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(coachingService.requests(deliveriesOf(employeeId))).hasSize(2)
                .extracting(request -> request.getHeader("Idempotency-Key")).containsOnly("outbox-" + unmarked.id());
    }

    /** A person of the register who leaves, which enqueues one message to each subscriber. */
    private static String leaves() {
        Staff person = newPerson();
        register(person.employeeId(), person.teamId(), person.displayName(), "LEFT");
        return person.employeeId();
    }

    /** The message about this person to coaching-service. */
    private OutboxMessageView messageAbout(String employeeId) {
        return messageAbout(employeeId, CoachingServiceClient.CALLEE);
    }

    private OutboxMessageView messageAbout(String employeeId, String destination) {
        List<OutboxMessageView> about = admin.list(null, 0, 1000).stream()
                .filter(message -> message.aggregateId().equals(employeeId))
                .filter(message -> message.destination().equals(destination)).toList();
        assertThat(about).as("messages about " + employeeId + " to " + destination).hasSize(1);
        return about.get(0);
    }

    private OutboxStatus status(OutboxMessageView message) {
        return admin.find(message.id()).orElseThrow().status();
    }

    private boolean pending(String employeeId) {
        return status(messageAbout(employeeId)) == OutboxStatus.PENDING;
    }

    private static RequestPatternBuilder deliveriesOf(String employeeId) {
        return postRequestedFor(urlPathEqualTo("/people-changes"))
                .withRequestBody(matchingJsonPath("$.employeeId", equalTo(employeeId)));
    }

    private LoggedRequest single(RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = coachingService.requests(pattern);
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static JsonNode decode(String part) throws Exception {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    }

    private void makeEverythingDue() throws SQLException {
        execute("update outbox_message set next_attempt_at = now() where status = 'PENDING'");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(sql);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
