package io.supportcoach.secondment.candidate;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.plan.PlanFixtures.approvedPlacement;
import static io.supportcoach.secondment.plan.PlanFixtures.managerOf;
import static io.supportcoach.secondment.plan.PlanFixtures.newEmployee;
import static io.supportcoach.secondment.plan.PlanFixtures.newTeam;
import static io.supportcoach.secondment.plan.PlanFixtures.offerOpportunity;
import static io.supportcoach.testing.CalleeStub.FIRST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Candidates ranked on a hand-computed example. The opportunity asks for communication and decision-making at 40%
 * from 1 to 12 March 2027; the score is 100 × (0.5 × goals + 0.2 × gaps + 0.3 × freeTime):
 * <ul>
 * <li>Ana has goals in both skills, gaps 2 and 1 (parts 0.5 and 0.25, mean 0.375), and is 50% placed on 1 March
 * only: free 50% of the 40% asked, so 1. Score 100 × (0.5 + 0.075 + 0.3) = 87.5.</li>
 * <li>Ben has a goal in communication only (1 of 2: 0.5), gap 0.5 (0.125), and is 80% placed on 3 to 5 March: free
 * 20% of 40%, so 0.5. Score 100 × (0.25 + 0.025 + 0.15) = 42.5.</li>
 * <li>Cai has no goal and all the time: 100 × 0.3 = 30.0. Dan has left and is not ranked.</li>
 * </ul>
 */
@QuarkusTest
class CandidateRankingTest {

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
    void peopleAreRankedByGoalsGapsAndFreeTimeWithTheirReasons() {
        String team = newTeam();
        String elsewhere = newTeam();
        String ana = newEmployee(team);
        String ben = newEmployee(team);
        String cai = newEmployee(team);
        String dan = newEmployee(team);
        String opportunity = offerOpportunity(elsewhere);
        approvedPlacement(ana, team, elsewhere, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1), 50);
        approvedPlacement(ben, team, elsewhere, LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 5), 80);
        UUID anasCommunication = UUID.randomUUID();
        stubPeople(team, person(ana, "Ana Silva", team, "ACTIVE"), person(ben, "Ben Ortiz", team, "ACTIVE"),
                person(cai, "Cai Wong", team, "ACTIVE"), person(dan, "Dan Reyes", team, "LEFT"));
        stubGoals(team, goal(anasCommunication, ana, "communication", 4, 2.0, 2.0),
                goal(UUID.randomUUID(), ana, "decision-making", 3, 2.0, null),
                goal(UUID.randomUUID(), ben, "communication", 5, 3.0, 4.5),
                goal(UUID.randomUUID(), ben, "empathy", 4, 1.0, 1.0));

        JsonPath ranking = given().auth().oauth2(managerOf(team)).queryParam("team", team)
                .get("/opportunities/{id}/candidates", opportunity)
                .then().statusCode(200).body("items", hasSize(3)).extract().jsonPath();

        assertThat(ranking.getList("items.employeeId", String.class)).containsExactly(ana, ben, cai);
        assertThat(ranking.getList("items.score", Double.class)).containsExactly(87.5, 42.5, 30.0);
        assertThat(ranking.getMap("items[0].parts")).containsEntry("goals", 1.0f).containsEntry("gaps", 0.375f)
                .containsEntry("freeTime", 1.0f);
        assertThat(ranking.getMap("items[1].parts")).containsEntry("goals", 0.5f).containsEntry("gaps", 0.125f)
                .containsEntry("freeTime", 0.5f);
        assertThat(ranking.getString("items[0].displayName")).isEqualTo("Ana Silva");
        assertThat(ranking.getString("items[0].matchedGoals[0].goalId")).isEqualTo(anasCommunication.toString());
        assertThat(ranking.getList("items[0].reasons", String.class)).containsExactly(
                "Active goals in 2 of 2 skills: communication, decision-making.",
                "communication: level 2.0 now, goal 4 (gap 2.0).",
                "decision-making: level 2.0 now, goal 3 (gap 1.0).",
                "At least 50% free on every day from 2027-03-01 to 2027-03-12; the opportunity asks for 40%.");
        assertThat(ranking.getInt("items[0].freePercent")).isEqualTo(50);
        assertThat(ranking.getString("items[0].busiestDay")).isEqualTo("2027-03-01");
        assertThat(ranking.getList("items[1].reasons", String.class)).contains(
                "Only 20% free on 2027-03-03 (80% already placed); the opportunity asks for 40%.");
        assertThat(ranking.getList("items[2].reasons", String.class)).containsExactly(
                "No active goal in the opportunity's skills (communication, decision-making).",
                "At least 100% free on every day from 2027-03-01 to 2027-03-12; the opportunity asks for 40%.");
        assertThat(ranking.getString("items[2].busiestDay")).isNull();
        assertThat(ranking.getString("formula")).isEqualTo(CandidateScoring.FORMULA);
    }

    @Test
    void aManagerRanksOnlyTeamsTheyManage() {
        String team = newTeam();
        String opportunity = offerOpportunity(newTeam());

        given().auth().oauth2(managerOf(team)).queryParam("team", team + "," + newTeam())
                .get("/opportunities/{id}/candidates", opportunity)
                .then().statusCode(403).body("code", is("NOT_YOUR_TEAM"));
        given().auth().oauth2(managerOf(team)).queryParam("team", team)
                .get("/opportunities/{id}/candidates", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(managerOf(team)).queryParam("team", team + ",not a team")
                .get("/opportunities/{id}/candidates", opportunity)
                .then().statusCode(400).body("errors[0].field", is("team"));
    }

    @Test
    void skillsServiceDownIs503() {
        String team = newTeam();
        String opportunity = offerOpportunity(newTeam());
        skillsService.down();

        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("team", team)
                .get("/opportunities/{id}/candidates", opportunity)
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", is("DEPENDENCY_UNAVAILABLE"));
    }

    private void stubPeople(String team, Map<?, ?>... people) {
        skillsService.server().stubFor(get(urlPathEqualTo("/people")).withQueryParam("teamId", equalTo(team))
                .atPriority(FIRST).willReturn(okJson(json(Map.of("items", List.of(people))))));
    }

    private void stubGoals(String team, Map<?, ?>... goals) {
        skillsService.server().stubFor(get(urlPathEqualTo("/teams/" + team + "/goals")).atPriority(FIRST)
                .willReturn(okJson(json(Map.of("items", List.of(goals))))));
    }

    private static Map<String, Object> person(String employeeId, String name, String team, String status) {
        var person = new LinkedHashMap<String, Object>();
        person.put("employeeId", employeeId);
        person.put("displayName", name);
        person.put("email", employeeId + "@example.org");
        person.put("teamId", team);
        person.put("status", status);
        audited(person);
        return person;
    }

    private static Map<String, Object> goal(UUID id, String employeeId, String skill, int target, double baseline,
            Double current) {
        var goal = new LinkedHashMap<String, Object>();
        goal.put("id", id.toString());
        goal.put("employeeId", employeeId);
        goal.put("skill", skill);
        goal.put("targetLevel", target);
        goal.put("dueDate", "2027-06-30");
        goal.put("why", null);
        goal.put("status", "ACTIVE");
        goal.put("baselineLevel", baseline);
        goal.put("currentLevel", current);
        goal.put("progress", 0.0);
        goal.put("achievedAt", null);
        audited(goal);
        return goal;
    }

    private static void audited(Map<String, Object> row) {
        row.put("version", 0);
        row.put("createdAt", "2027-01-04T09:00:00Z");
        row.put("createdBy", "e-hr");
        row.put("updatedAt", "2027-01-04T09:00:00Z");
        row.put("updatedBy", "e-hr");
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }
}
