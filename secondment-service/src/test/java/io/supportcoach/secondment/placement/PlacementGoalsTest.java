package io.supportcoach.secondment.placement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.placement.PlacementFixtures.employeeToken;
import static io.supportcoach.secondment.placement.PlacementFixtures.managerOf;
import static io.supportcoach.secondment.placement.PlacementFixtures.newEmployee;
import static io.supportcoach.secondment.placement.PlacementFixtures.newTeam;
import static io.supportcoach.secondment.placement.PlacementFixtures.placement;
import static io.supportcoach.secondment.placement.PlacementFixtures.propose;
import static io.supportcoach.testing.CalleeStub.FIRST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.testing.CalleeStub;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A placement names the development goals it serves by their ids in skills-service: well-formed, distinct, few, and
 * each a goal of the placement's employee there, asked in one call with this service's own token.
 */
@QuarkusTest
class PlacementGoalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    CalleeStub skillsService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void closeTheBreaker() {
        breakers.resetAll();
    }

    @Test
    void theGoalsAPlacementServesAreTheEmployeesOwnAskedInOneCallAndStoredAsGiven() throws Exception {
        String employee = newEmployee(newTeam());
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        stubGoals(employee, goal(first, employee, "ACTIVE"), goal(second, employee, "ACHIEVED"),
                goal(UUID.randomUUID(), employee, "ACTIVE"));
        var body = placement(employee, newTeam(), "2027-03-01", "2027-03-05", 20);
        body.put("goalIds", List.of(second.toString(), first.toString()));

        String id = propose(employeeToken(employee), body).statusCode(201)
                .body("goalIds", contains(second.toString(), first.toString())).extract().path("id");

        given().auth().oauth2(employeeToken(employee)).get("/placements/{id}", id).then().statusCode(200)
                .body("goalIds", contains(second.toString(), first.toString()));
        List<LoggedRequest> asked = skillsService.requests(getRequestedFor(urlPathEqualTo(goalsOf(employee))));
        assertThat(asked).as("one call for all the goals").hasSize(1);
        String token = asked.get(0).getHeader("Authorization").substring("Bearer ".length());
        assertThat(JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("sub").asText())
                .as("asked with this service's own token").isEqualTo("secondment-service");
    }

    @Test
    void aPlacementWithoutGoalsAsksForNone() {
        String employee = newEmployee(newTeam());

        propose(employeeToken(employee), placement(employee, newTeam(), "2027-03-01", "2027-03-05", 20))
                .statusCode(201).body("goalIds", empty());

        assertThat(skillsService.received(getRequestedFor(urlPathMatching("/people/[^/]+/goals")))).isZero();
    }

    @Test
    void anUnknownGoalOrSomeoneElsesIsRefusedNamingEach() {
        String team = newTeam();
        String employee = newEmployee(team);
        String colleague = newEmployee(team);
        UUID own = UUID.randomUUID();
        UUID colleagues = UUID.randomUUID();
        stubGoals(employee, goal(own, employee, "ACTIVE"));
        stubGoals(colleague, goal(colleagues, colleague, "ACTIVE"));
        var body = placement(employee, newTeam(), "2027-03-01", "2027-03-05", 20);
        body.put("goalIds", List.of(own.toString(), colleagues.toString(), UUID.randomUUID().toString()));

        propose(managerOf(team), body).statusCode(422)
                .body("code", equalTo("UNKNOWN_GOAL"))
                .body("errors.field", contains("goalIds[1]", "goalIds[2]"))
                .body("errors.code", contains("UNKNOWN_GOAL", "UNKNOWN_GOAL"));

        given().auth().oauth2(managerOf(team)).queryParam("employee", employee).get("/placements").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void goalsSkillsServiceCannotTellAreA503AndNothingIsWritten() {
        String employee = newEmployee(newTeam());
        skillsService.server().stubFor(get(urlPathEqualTo(goalsOf(employee))).atPriority(FIRST)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        var body = placement(employee, newTeam(), "2027-03-01", "2027-03-05", 20);
        body.put("goalIds", List.of(UUID.randomUUID().toString()));

        propose(employeeToken(employee), body).statusCode(503)
                .header("Retry-After", notNullValue())
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE"));

        given().auth().oauth2(employeeToken(employee)).queryParam("employee", employee).get("/placements").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void goalIdsThatAreNoUuidsRepeatOrAreTooManyAreRefused() {
        String employee = newEmployee(newTeam());
        String goal = UUID.randomUUID().toString();
        var body = placement(employee, newTeam(), "2027-03-01", "2027-03-05", 20);

        body.put("goalIds", List.of("goal-7"));
        propose(employeeToken(employee), body).statusCode(400);
        body.put("goalIds", List.of(goal, goal));
        propose(employeeToken(employee), body).statusCode(400)
                .body("errors[0].field", equalTo("goalIds[1]")).body("errors[0].code", equalTo("DUPLICATE"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(UUID.randomUUID().toString());
        }
        body.put("goalIds", many);
        propose(employeeToken(employee), body).statusCode(400).body("errors[0].field", equalTo("goalIds"));
    }

    private static String goalsOf(String employeeId) {
        return "/people/" + employeeId + "/goals";
    }

    private void stubGoals(String employeeId, Map<?, ?>... goals) {
        skillsService.server().stubFor(get(urlPathEqualTo(goalsOf(employeeId))).atPriority(FIRST)
                .willReturn(okJson(json(Map.of("items", List.of(goals))))));
    }

    /** A goal with every field skills-service's contract requires. */
    private static Map<String, Object> goal(UUID id, String employeeId, String status) {
        var goal = new LinkedHashMap<String, Object>();
        goal.put("id", id.toString());
        goal.put("employeeId", employeeId);
        goal.put("skill", "communication");
        goal.put("targetLevel", 4);
        goal.put("dueDate", "2027-06-30");
        goal.put("why", null);
        goal.put("status", status);
        goal.put("baselineLevel", 2.0);
        goal.put("currentLevel", "ACHIEVED".equals(status) ? 4.0 : 2.5);
        goal.put("progress", "ACHIEVED".equals(status) ? 1.0 : 0.25);
        goal.put("achievedAt", "ACHIEVED".equals(status) ? "2027-01-20T09:00:00Z" : null);
        goal.put("version", 0);
        goal.put("createdAt", "2027-01-04T09:00:00Z");
        goal.put("createdBy", "e-hr");
        goal.put("updatedAt", "2027-01-04T09:00:00Z");
        goal.put("updatedBy", "e-hr");
        return goal;
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }
}
