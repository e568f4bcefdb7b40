package io.supportcoach.secondment.plan;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.supportcoach.testing.TestTokens;

/**
 * Teams, people and approved placements for plan and calendar tests, made through the placement API. Employee ids
 * carry their team, as the stubbed register reads them, and every test makes its own teams.
 */
public final class PlanFixtures {

    private PlanFixtures() {
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
