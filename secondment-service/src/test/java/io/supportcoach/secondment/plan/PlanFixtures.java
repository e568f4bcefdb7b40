package io.supportcoach.secondment.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.supportcoach.testing.CalleeStub.FIRST;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.TestTokens;

/**
 * Teams, people, approved placements and opportunities for plan, calendar and candidate tests, made through the API.
 * Employee ids carry their team, as the stubbed register reads them, and every test makes its own teams.
 */
public final class PlanFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanFixtures() {
    }

    /**
     * Has skills-service list these people as the team's ({@code GET /people?teamId=}), each given as employee id and
     * display name; anyone asked for by id gets the stubbed register's answer, named {@code Person <id>}.
     */
    public static void stubTeamPeople(CalleeStub skillsService, String team, Map<String, String> namesById) {
        List<Map<String, Object>> people = namesById.entrySet().stream().<Map<String, Object>>map(entry -> {
            var person = new LinkedHashMap<String, Object>();
            person.put("employeeId", entry.getKey());
            person.put("displayName", entry.getValue());
            person.put("email", entry.getKey() + "@example.org");
            person.put("teamId", team);
            person.put("status", "ACTIVE");
            person.put("version", 0);
            person.put("createdAt", "2027-01-04T09:00:00Z");
            person.put("createdBy", "e-hr");
            person.put("updatedAt", "2027-01-04T09:00:00Z");
            person.put("updatedBy", "e-hr");
            return person;
        }).toList();
        try {
            skillsService.server().stubFor(get(urlPathEqualTo("/people")).withQueryParam("teamId", equalTo(team))
                    .atPriority(FIRST).willReturn(okJson(JSON.writeValueAsString(Map.of("items", people)))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }

    public static String newTeam() {
        return "team-" + UUID.randomUUID();
    }

    /** An ACTIVE person of {@code team} in the stubbed register. */
    public static String newEmployee(String team) {
        return "e-" + UUID.randomUUID().toString().substring(0, 8) + "." + team;
    }

    public static String managerOf(String... teams) {
        return TestTokens.as("m-" + UUID.randomUUID(), "manager").managing(teams).sign();
    }

    /**
     * A placement the employee proposes (so consents to) and a manager of both teams approves for both sides:
     * APPROVED. Answers its id.
     */
    public static String approvedPlacement(String employeeId, String homeTeam, String hostTeam, LocalDate startsOn,
            LocalDate endsOn, int allocationPercent) {
        String id = proposedPlacement(employeeId, hostTeam, startsOn, endsOn, allocationPercent);
        String manager = managerOf(homeTeam, hostTeam);
        String etag = given().auth().oauth2(manager).get("/placements/{id}", id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(manager).header("If-Match", etag).post("/placements/{id}/approve", id)
                .then().statusCode(200);
        return id;
    }

    /**
     * A DRAFT opportunity HR offers for the host team: communication and decision-making at 40% for two seats from 1
     * to 12 March 2027. Answers its id.
     */
    public static String offerOpportunity(String hostTeam) {
        var body = new LinkedHashMap<String, Object>();
        body.put("hostTeamId", hostTeam);
        body.put("title", "Two weeks on the major incident desk");
        body.put("description", "Run bridge calls with a senior analyst.");
        body.put("kind", "CROSS_TRAINING");
        body.put("skills", List.of("communication", "decision-making"));
        body.put("openings", 2);
        body.put("timeCommitmentPercent", 40);
        body.put("startsOn", "2027-03-01");
        body.put("endsOn", "2027-03-12");
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .post("/opportunities").then().statusCode(201).extract().path("id");
    }

    /** A placement the employee proposes and nobody approves yet. */
    public static String proposedPlacement(String employeeId, String hostTeam, LocalDate startsOn, LocalDate endsOn,
            int allocationPercent) {
        var body = new LinkedHashMap<String, Object>();
        body.put("employeeId", employeeId);
        body.put("hostTeamId", hostTeam);
        body.put("kind", "CROSS_TRAINING");
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn.toString());
        body.put("allocationPercent", allocationPercent);
        body.put("skills", List.of("communication"));
        return given().auth().oauth2(TestTokens.employee(employeeId)).contentType(ContentType.JSON).body(body)
                .post("/placements").then().statusCode(201).extract().path("id");
    }
}
