package io.supportcoach.secondment.opportunity;

import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.opportunity.OpportunityBodies.managerOf;
import static io.supportcoach.secondment.opportunity.OpportunityBodies.opportunity;
import static io.supportcoach.secondment.opportunity.OpportunityBodies.uniqueTeam;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** An opportunity starts as a DRAFT, opens for proposals, and ends CLOSED or CANCELLED; nothing else. */
@QuarkusTest
class OpportunityLifecycleTest {

    @Test
    void aDraftOpensThenClosesAndNothingFollowsTheEnd() {
        String team = uniqueTeam();
        String manager = managerOf(team);
        var body = opportunity(team);
        body.put("applicationDeadline", "2027-02-15");
        String id = offer(manager, body).statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("applicationDeadline", equalTo("2027-02-15"))
                .extract().path("id");

        command(manager, id, "close", "\"0\"").statusCode(409).body("code", equalTo("OPPORTUNITY_NOT_OPEN"));
        command(manager, id, "open", null).statusCode(428);
        command(manager, id, "open", "\"0\"").statusCode(200).header("ETag", "\"1\"").body("status", equalTo("OPEN"));
        command(manager, id, "open", "\"1\"").statusCode(409).body("code", equalTo("OPPORTUNITY_NOT_DRAFT"));
        command(manager, id, "close", "\"1\"").statusCode(200).body("status", equalTo("CLOSED"));
        command(manager, id, "cancel", "\"2\"").statusCode(409).body("code", equalTo("OPPORTUNITY_ALREADY_ENDED"));
        given().auth().oauth2(TestTokens.employee("e-2")).get("/opportunities/{id}", id).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void aDraftOrAnOpenOpportunityCanBeCancelledOnlyByItsHostTeam() {
        String team = uniqueTeam();
        String id = offer(TestTokens.hrAdmin(), opportunity(team)).statusCode(201)
                .body("applicationDeadline", nullValue()).extract().path("id");
        // Another team's manager does not see a DRAFT at all.
        command(managerOf(uniqueTeam()), id, "cancel", "\"0\"").statusCode(404);
        command(managerOf(team), id, "cancel", "\"0\"").statusCode(200).body("status", equalTo("CANCELLED"));
        command(managerOf(team), id, "open", "\"1\"").statusCode(409).body("code", equalTo("OPPORTUNITY_NOT_DRAFT"));
    }

    @Test
    void aDraftIsSeenOnlyByHrAndTheHostTeamsManagersUntilItOpens() {
        String team = uniqueTeam();
        String id = offer(TestTokens.hrAdmin(), opportunity(team)).statusCode(201).extract().path("id");
        String employeeId = "e-" + UUID.randomUUID().toString().substring(0, 8) + "." + uniqueTeam();
        String employee = TestTokens.employee(employeeId);
        Map<String, Object> application = Map.of("employeeId", employeeId, "hostTeamId", team, "opportunityId", id,
                "kind", "CROSS_TRAINING", "startsOn", "2027-03-01", "endsOn", "2027-03-05", "allocationPercent", 20,
                "skills", List.of("communication"));

        for (String stranger : List.of(employee, managerOf(uniqueTeam()))) {
            given().auth().oauth2(stranger).get("/opportunities/{id}", id).then().statusCode(404);
            given().auth().oauth2(stranger).queryParam("hostTeam", team).get("/opportunities").then().statusCode(200)
                    .body("items", empty());
        }
        given().auth().oauth2(employee).contentType(ContentType.JSON).body(application).post("/placements").then()
                .statusCode(422).body("code", equalTo("UNKNOWN_OPPORTUNITY"));
        given().auth().oauth2(managerOf(team)).get("/opportunities/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        given().auth().oauth2(managerOf(team)).queryParam("hostTeam", team).get("/opportunities").then()
                .statusCode(200).body("items.id", contains(id));

        command(managerOf(team), id, "open", "\"0\"").statusCode(200);

        given().auth().oauth2(employee).get("/opportunities/{id}", id).then().statusCode(200)
                .body("status", equalTo("OPEN"));
        given().auth().oauth2(employee).queryParam("hostTeam", team).get("/opportunities").then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void aDeadlineAfterTheLastDayIsABadRequest() {
        String team = uniqueTeam();
        var body = opportunity(team, "2027-03-01", "2027-03-12");
        body.put("applicationDeadline", "2027-03-13");
        offer(TestTokens.hrAdmin(), body).statusCode(400)
                .body("errors[0].field", equalTo("applicationDeadline"))
                .body("errors[0].code", equalTo("DEADLINE_AFTER_END"));
    }

    private static ValidatableResponse offer(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/opportunities").then();
    }

    private static ValidatableResponse command(String token, String id, String command, String ifMatch) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/opportunities/{id}/" + command, id).then();
    }
}
