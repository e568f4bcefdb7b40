package io.supportcoach.secondment.placement;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import static io.supportcoach.testing.CalleeStub.FIRST;
import static io.supportcoach.testing.SkillsServiceStub.anyEvidenceDelivery;
import static io.supportcoach.testing.SkillsServiceStub.evidenceDeliveriesAbout;
import static io.supportcoach.testing.SkillsServiceStub.recordedEvidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.persistence.outbox.OutboxMessageView;
import io.supportcoach.persistence.outbox.OutboxStatus;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.OutboxDelivery;
import io.supportcoach.testing.TestTokens;
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

    CalleeStub skillsService;

    OutboxDelivery outbox;

    @BeforeEach
    @AfterEach
    void startAfresh() {
        outbox = OutboxDelivery.emptiedTowards(skillsService);
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
        assertThat(outbox.messagesOf(ended)).isEmpty();

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
        outbox.calleeDown();

        commandWith(managerOf(host), id, "complete", Map.of("reviews", List.of(reviewOf("incident-triage", 2),
                reviewOf("communication", 4)))).statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("review.skill", contains("communication", "incident-triage"))
                .body("review.evidence", everyItem(equalTo("PENDING")));
        List<OutboxMessageView> messages = outbox.relayWhileCalleeDown(id, 2);

        outbox.calleeBack(anyEvidenceDelivery().willReturn(recordedEvidence(201)));
        List<LoggedRequest> deliveries = outbox.deliverEachOnce(messages, evidenceDeliveriesAbout(employee));

        given().auth().oauth2(employeeToken(employee)).get("/placements/{id}", id).then().statusCode(200)
                .body("review.evidence", contains("DELIVERED", "DELIVERED"));
        JsonNode first = JSON.readTree(deliveries.get(0).getBodyAsString());
        assertThat(first.path("skill").asText()).isEqualTo("incident-triage");
        assertThat(first.path("level").asInt()).isEqualTo(2);
        assertThat(first.path("source").asText()).isEqualTo("PLACEMENT");
        assertThat(first.path("note").asText()).isEqualTo("Observed incident-triage at level 2.");
        assertThat(first.path("reference").asText()).isEqualTo("placement:" + id);
        assertThat(OutboxDelivery.tokenClaimsOf(deliveries.get(0)).path("sub").asText())
                .isEqualTo("secondment-service");
    }

    @Test
    void evidenceOfSomeoneWhoLeftIsParkedForHr() {
        String host = newTeam();
        String employee = newEmployee(newTeam());
        String id = approved(placement(employee, host, day(-6), day(-1), 50));
        skillsService.server().stubFor(post(urlPathEqualTo("/people/" + employee + "/evidence")).atPriority(FIRST)
                .willReturn(CalleeStub.problem(409, "PERSON_LEFT")));

        commandWith(managerOf(host), id, "complete", review("communication", 3)).statusCode(200);
        outbox.relayOnce();

        OutboxMessageView parked = outbox.messagesOf(id).get(0);
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
}
