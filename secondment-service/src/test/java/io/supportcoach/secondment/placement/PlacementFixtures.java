package io.supportcoach.secondment.placement;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.supportcoach.testing.TestTokens;

/**
 * Teams, people and request bodies for placement tests. Employee ids carry their team (see the stub's register), and
 * every test makes its own teams, so lists filtered by them hold only that test's placements.
 */
final class PlacementFixtures {

    private PlacementFixtures() {
    }

    static String newTeam() {
        return "team-" + UUID.randomUUID();
    }

    /** An ACTIVE person of {@code team} in the stubbed register. */
    static String newEmployee(String team) {
        return "e-" + UUID.randomUUID().toString().substring(0, 8) + "." + team;
    }

    static String employeeToken(String employeeId) {
        return TestTokens.employee(employeeId);
    }

    static String managerOf(String... teams) {
        return TestTokens.as("m-" + UUID.randomUUID(), "manager").managing(teams).sign();
    }

    static Map<String, Object> placement(String employeeId, String hostTeamId, String startsOn, String endsOn,
            int allocationPercent) {
        var body = new LinkedHashMap<String, Object>();
        body.put("employeeId", employeeId);
        body.put("hostTeamId", hostTeamId);
        body.put("kind", "CROSS_TRAINING");
        body.put("startsOn", startsOn);
        body.put("endsOn", endsOn);
        body.put("allocationPercent", allocationPercent);
        body.put("skills", List.of("communication"));
        body.put("notes", "Shadow the bridge calls first.");
        return body;
    }

    /** The day {@code offset} days from today (UTC), as an ISO date. */
    static String day(int offset) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(offset).toString();
    }

    /** Proposes as the employee, has a manager of each side approve it, and answers the APPROVED placement's id. */
    static String approved(Map<String, Object> body) {
        String id = proposedByEmployee(body);
        String employee = (String) body.get("employeeId");
        command(managerOf(employee.substring(employee.indexOf('.') + 1)), id, "approve").statusCode(200);
        command(managerOf((String) body.get("hostTeamId")), id, "approve").statusCode(200);
        return id;
    }

    static ValidatableResponse propose(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/placements").then();
    }

    /** Proposes as the employee themselves (so with their consent) and answers the new placement's id. */
    static String proposedByEmployee(Map<String, Object> body) {
        return propose(employeeToken((String) body.get("employeeId")), body).statusCode(201).extract().path("id");
    }

    static String etagOf(String token, String id) {
        return given().auth().oauth2(token).get("/placements/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse command(String token, String id, String command, String ifMatch) {
        return given().auth().oauth2(token).header("If-Match", ifMatch).contentType(ContentType.JSON)
                .post("/placements/{id}/" + command, id).then();
    }

    /** Runs {@code command} with the placement's current ETag. */
    static ValidatableResponse command(String token, String id, String command) {
        return command(token, id, command, etagOf(token, id));
    }

    /** Runs {@code command} with the placement's current ETag and a body. */
    static ValidatableResponse commandWith(String token, String id, String command, Object body) {
        return given().auth().oauth2(token).header("If-Match", etagOf(token, id)).contentType(ContentType.JSON)
                .body(body).post("/placements/{id}/" + command, id).then();
    }

    static ValidatableResponse proposeChange(String token, String placementId, Map<String, Object> change) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(change)
                .post("/placements/{id}/changes", placementId).then();
    }

    static String changeEtag(String token, String placementId, String changeId) {
        return given().auth().oauth2(token).get("/placements/{id}/changes/{changeId}", placementId, changeId).then()
                .statusCode(200).extract().header("ETag");
    }

    /** Runs {@code command} (approve, reject) on a change with its current ETag. */
    static ValidatableResponse changeCommand(String token, String placementId, String changeId, String command,
            Object body) {
        var request = given().auth().oauth2(token).header("If-Match", changeEtag(token, placementId, changeId))
                .contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.post("/placements/{id}/changes/{changeId}/" + command, placementId, changeId).then();
    }

    static Map<String, Object> opportunity(String hostTeamId, int openings) {
        var body = new LinkedHashMap<String, Object>();
        body.put("hostTeamId", hostTeamId);
        body.put("title", "A month on the NOC bridge");
        body.put("description", "Run bridge calls with a senior analyst.");
        body.put("kind", "SECONDMENT");
        body.put("skills", List.of("communication"));
        body.put("openings", openings);
        body.put("timeCommitmentPercent", 20);
        body.put("startsOn", "2027-03-01");
        body.put("endsOn", "2027-06-30");
        return body;
    }

    /** Offers an opportunity as HR and opens it; answers its id. */
    static String openOpportunity(String hostTeamId, int openings) {
        return openOpportunity(opportunity(hostTeamId, openings));
    }

    static String openOpportunity(Map<String, Object> body) {
        String id = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(body).post("/opportunities").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(TestTokens.hrAdmin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .post("/opportunities/{id}/open", id).then().statusCode(200);
        return id;
    }
}
