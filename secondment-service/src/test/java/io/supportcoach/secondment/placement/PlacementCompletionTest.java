package io.supportcoach.secondment.placement;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.placement.PlacementFixtures.approved;
import static io.supportcoach.secondment.placement.PlacementFixtures.command;
import static io.supportcoach.secondment.placement.PlacementFixtures.commandWith;
import static io.supportcoach.secondment.placement.PlacementFixtures.day;
import static io.supportcoach.secondment.placement.PlacementFixtures.employeeToken;
import static io.supportcoach.secondment.placement.PlacementFixtures.managerOf;
import static io.supportcoach.secondment.placement.PlacementFixtures.newEmployee;
import static io.supportcoach.secondment.placement.PlacementFixtures.newTeam;
import static io.supportcoach.secondment.placement.PlacementFixtures.placement;
import static io.supportcoach.secondment.placement.PlacementFixtures.proposedByEmployee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.persistence.outbox.OutboxAdmin;
import io.supportcoach.persistence.outbox.OutboxMessageView;
import io.supportcoach.persistence.outbox.OutboxRelay;
import io.supportcoach.persistence.outbox.OutboxStatus;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An approved placement is ACTIVE from its first day and COMPLETED by the host's review from its last day on; each
 * reviewed skill becomes PLACEMENT evidence in skills-service (a stub held to its contract) through the outbox,
 * exactly once, also when skills-service is down at the time.
 */
@QuarkusTest
class PlacementCompletionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A stubbed answer of a test wins over the stub's defaults. */
    private static final int FIRST = 1;

    CalleeStub skillsService;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxAdmin admin;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    DataSource dataSource;

    /** The relay takes every due message, so each test starts from an empty outbox and a closed breaker. */
    @BeforeEach
    @AfterEach
    void startAfresh() throws SQLException {
        execute("delete from outbox_message");
        breakers.resetAll();
        skillsService.reset();
    }

    @Test
    void anApprovedPlacementIsActiveFromItsFirstDayInWhatIsShownAndWhatIsFiltered() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String running = approved(placement(employee, host, day(-3), day(3), 40));
        String coming = approved(placement(employee, host, day(10), day(12), 40));

        given().auth().oauth2(employeeToken(employee)).get("/placements/{id}", running).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        given().auth().oauth2(employeeToken(employee)).get("/placements/{id}", coming).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParams(Map.of("employee", employee, "status", "ACTIVE"))
                .get("/placements").then().statusCode(200).body("items.id", contains(running));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParams(Map.of("employee", employee, "status", "APPROVED"))
                .get("/placements").then().statusCode(200).body("items.id", contains(coming));
        command(employeeToken(employee), running, "cancel").statusCode(409)
                .body("code", equalTo("PLACEMENT_ALREADY_STARTED"));
    }

    @Test
    void onlyTheHostCompletesAndOnlyFromTheLastDayOnWithReviewsOfTargetedSkills() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String coming = approved(placement(employee, host, day(5), day(8), 30));
        String running = approved(placement(employee, host, day(-2), day(2), 30));
        String ended = approved(placement(employee, host, day(-9), day(-4), 30));
        String proposed = proposedByEmployee(placement(employee, host, day(-20), day(-15), 30));

        commandWith(managerOf(host), coming, "complete", review("communication", 3)).statusCode(409)
                .body("code", equalTo("PLACEMENT_NOT_STARTED")).body("detail", containsString(day(5)));
        commandWith(managerOf(host), running, "complete", review("communication", 3)).statusCode(409)
                .body("code", equalTo("PLACEMENT_NOT_ENDED")).body("detail", containsString(day(2)));
        commandWith(managerOf(host), proposed, "complete", review("communication", 3)).statusCode(409)
                .body("code", equalTo("PLACEMENT_NOT_ACTIVE"));
        commandWith(managerOf(home), ended, "complete", review("communication", 3)).statusCode(403)
                .body("code", equalTo("NOT_THE_HOST"));
        commandWith(managerOf(host), ended, "complete", review("networking", 3)).statusCode(400)
                .body("errors[0].field", equalTo("reviews[0].skill")).body("errors[0].code", equalTo("NOT_TARGETED"));
        commandWith(managerOf(host), ended, "complete", Map.of("reviews", List.of(
                reviewOf("communication", 3), reviewOf("communication", 4)))).statusCode(400)
                .body("errors[0].field", equalTo("reviews[1].skill")).body("errors[0].code", equalTo("DUPLICATE"));
        commandWith(managerOf(host), ended, "complete", Map.of("reviews", List.of(reviewOf("communication", 6))))
                .statusCode(400).body("errors[0].field", containsString("level"));
        assertThat(messagesOf(ended)).isEmpty();

        String hostManager = TestTokens.as("m-host-" + host, "manager").managing(host).sign();
        commandWith(hostManager, ended, "complete", review("communication", 4)).statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("completion.by", equalTo("m-host-" + host))
                .body("completion.at", notNullValue())
                .body("review.skill", contains("communication"))
                .body("review.level", contains(4));
        commandWith(hostManager, ended, "complete", review("communication", 4)).statusCode(409)
                .body("code", equalTo("PLACEMENT_NOT_ACTIVE"));
        command(employeeToken(employee), ended, "cancel").statusCode(409)
                .body("code", equalTo("PLACEMENT_ALREADY_ENDED"));
    }

    @Test
    void aCompletedPlacementStillHoldsTheDaysItRan() {
        String home = newTeam();
        String employee = newEmployee(home);
        String host = newTeam();
        String ended = approved(placement(employee, host, day(-9), day(-4), 70));
        commandWith(managerOf(host), ended, "complete", review("communication", 3)).statusCode(200);

        String otherHost = newTeam();
        String later = proposedByEmployee(placement(employee, otherHost, day(-5), day(-1), 40));
        command(managerOf(home), later, "approve").statusCode(200);
        command(managerOf(otherHost), later, "approve").statusCode(409)
                .body("code", equalTo("ALLOCATION_EXCEEDED")).body("detail", containsString(day(-5)));
    }

    @Test
    void completingSucceedsWhileSkillsServiceIsDownAndTheEvidenceArrivesOnceWhenItIsBack() throws Exception {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        var body = placement(employee, host, day(-30), day(0), 50);
        body.put("skills", List.of("communication", "incident-triage"));
        String id = approved(body);
        skillsService.down();

        commandWith(managerOf(host), id, "complete", Map.of("reviews", List.of(reviewOf("incident-triage", 2),
                reviewOf("communication", 4)))).statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("review.skill", contains("communication", "incident-triage"))
                .body("review.evidence", everyItem(equalTo("PENDING")));
        relay.relayOnce(10);
        List<OutboxMessageView> messages = messagesOf(id);
        assertThat(messages).hasSize(2).extracting(OutboxMessageView::status).containsOnly(OutboxStatus.PENDING);
        // The messages of one placement leave in order: the second waits behind the first.
        assertThat(messages.get(0).attempts()).isEqualTo(1);
        assertThat(messages.get(0).lastError()).contains("skills-service cannot answer now");
        assertThat(messages.get(1).attempts()).isZero();

        skillsService.up();
        skillsService.server().stubFor(post(urlPathMatching("/people/[^/]+/evidence")).atPriority(FIRST)
                .willReturn(evidence(201)));
        makeEverythingDue();
        relay.relayOnce(10);
        relay.relayOnce(10);

        given().auth().oauth2(employeeToken(employee)).get("/placements/{id}", id).then().statusCode(200)
                .body("review.evidence", contains("DELIVERED", "DELIVERED"));
        List<LoggedRequest> deliveries = skillsService.requests(evidenceOf(employee));
        assertThat(deliveries).hasSize(2);
        assertThat(deliveries).extracting(request -> request.getHeader("Idempotency-Key"))
                .containsExactlyInAnyOrderElementsOf(messages.stream().map(message -> "outbox-" + message.id()).toList());
        JsonNode first = JSON.readTree(deliveries.get(0).getBodyAsString());
        assertThat(first.path("skill").asText()).isEqualTo("incident-triage");
        assertThat(first.path("level").asInt()).isEqualTo(2);
        assertThat(first.path("source").asText()).isEqualTo("PLACEMENT");
        assertThat(first.path("note").asText()).isEqualTo("Observed incident-triage at level 2.");
        assertThat(first.path("reference").asText()).isEqualTo("placement:" + id);
        String[] token = deliveries.get(0).getHeader("Authorization").substring("Bearer ".length()).split("\\.");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token[1]));
        assertThat(claims.path("sub").asText()).isEqualTo("secondment-service");

        makeEverythingDue();
        assertThat(relay.relayOnce(10)).isZero();
        assertThat(skillsService.received(evidenceOf(employee))).isEqualTo(2);
    }

    @Test
    void evidenceOfSomeoneWhoLeftIsParkedForHr() {
        String host = newTeam();
        String employee = newEmployee(newTeam());
        String id = approved(placement(employee, host, day(-6), day(-1), 50));
        skillsService.server().stubFor(post(urlPathEqualTo("/people/" + employee + "/evidence")).atPriority(FIRST)
                .willReturn(CalleeStub.problem(409, "PERSON_LEFT")));

        commandWith(managerOf(host), id, "complete", review("communication", 3)).statusCode(200);
        relay.relayOnce(10);

        OutboxMessageView parked = messagesOf(id).get(0);
        assertThat(parked.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(parked.lastError()).startsWith("HTTP 409").contains("PERSON_LEFT");
        given().auth().oauth2(TestTokens.hrAdmin()).get("/placements/{id}", id).then()
                .body("review[0].evidence", equalTo("FAILED"));
    }

    private static Map<String, Object> review(String skill, int level) {
        return Map.of("reviews", List.of(reviewOf(skill, level)));
    }

    private static Map<String, Object> reviewOf(String skill, int level) {
        return Map.of("skill", skill, "level", level, "observed", "Observed " + skill + " at level " + level + ".");
    }

    /** A piece of evidence as skills-service answers it, with every field its contract requires. */
    private static ResponseDefinitionBuilder evidence(int status) {
        return okJson("""
                {"id": "5f0c2d1e-8a4b-4c39-9d0e-2b7f6a1c3e55", "employeeId": "e-stub", "skill": "communication",
                 "level": 3, "source": "PLACEMENT", "assertedBy": "secondment-service",
                 "observedAt": "2027-03-01T10:00:00Z", "recordedAt": "2027-03-01T10:00:01Z", "note": "Observed.",
                 "reference": "placement:5f0c2d1e-8a4b-4c39-9d0e-2b7f6a1c3e55", "supersedes": null,
                 "supersededBy": null}""").withStatus(status);
    }

    private static RequestPatternBuilder evidenceOf(String employeeId) {
        return postRequestedFor(urlPathEqualTo("/people/" + employeeId + "/evidence"));
    }

    private List<OutboxMessageView> messagesOf(String placementId) {
        return admin.list(null, 0, 1000).stream().filter(message -> message.aggregateId().equals(placementId)).toList();
    }

    private void makeEverythingDue() throws SQLException {
        execute("update outbox_message set next_attempt_at = now() where status = 'PENDING'");
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
