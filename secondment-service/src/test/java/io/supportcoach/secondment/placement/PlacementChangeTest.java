package io.supportcoach.secondment.placement;

import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.placement.PlacementFixtures.approved;
import static io.supportcoach.secondment.placement.PlacementFixtures.changeCommand;
import static io.supportcoach.secondment.placement.PlacementFixtures.day;
import static io.supportcoach.secondment.placement.PlacementFixtures.employeeToken;
import static io.supportcoach.secondment.placement.PlacementFixtures.managerOf;
import static io.supportcoach.secondment.placement.PlacementFixtures.newEmployee;
import static io.supportcoach.secondment.placement.PlacementFixtures.newTeam;
import static io.supportcoach.secondment.placement.PlacementFixtures.placement;
import static io.supportcoach.secondment.placement.PlacementFixtures.proposeChange;
import static io.supportcoach.secondment.placement.PlacementFixtures.proposedByEmployee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Changes to an approved placement's terms: proposed by anyone who sees it, applied only once both managers have
 * approved, and only if the employee's time and the opportunity's seats allow the new terms.
 */
@QuarkusTest
class PlacementChangeTest {

    private static final Map<String, String> REJECTION = Map.of("reason", "Not this quarter.");

    @Test
    void endingEarlyAppliesWithTheSecondApprovalInEitherOrder() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String id = approved(placement(employee, host, "2027-03-01", "2027-03-31", 50));
        String version = given().auth().oauth2(TestTokens.hrAdmin()).get("/placements/{id}", id).then()
                .extract().header("ETag");

        var proposed = proposeChange(employeeToken(employee), id, Map.of("endsOn", "2027-03-19",
                "reason", "Needed back home.")).statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("PROPOSED"))
                .body("endsOn", equalTo("2027-03-19"))
                .body("startsOn", nullValue())
                .body("allocationPercent", nullValue())
                .body("createdBy", equalTo(employee))
                .extract();
        String changeId = proposed.path("id");
        assertThat(proposed.header("Location")).endsWith("/placements/" + id + "/changes/" + changeId);

        changeCommand(managerOf(host), id, changeId, "approve", null).statusCode(200)
                .body("status", equalTo("PROPOSED")).body("hostApproval.by", notNullValue())
                .body("homeApproval", nullValue());
        given().auth().oauth2(TestTokens.hrAdmin()).get("/placements/{id}", id).then()
                .body("endsOn", equalTo("2027-03-31")).header("ETag", equalTo(version));
        changeCommand(managerOf(host), id, changeId, "approve", null).statusCode(409)
                .body("code", equalTo("ALREADY_APPROVED"));
        changeCommand(managerOf(home), id, changeId, "approve", null).statusCode(200)
                .body("status", equalTo("APPLIED")).body("appliedAt", notNullValue());

        given().auth().oauth2(employeeToken(employee)).get("/placements/{id}", id).then().statusCode(200)
                .body("startsOn", equalTo("2027-03-01")).body("endsOn", equalTo("2027-03-19"))
                .body("allocationPercent", equalTo(50));
        given().auth().oauth2(employeeToken(employee)).get("/placements/{id}/changes", id).then().statusCode(200)
                .body("items.id", contains(changeId)).body("items.status", contains("APPLIED"));
        changeCommand(managerOf(home), id, changeId, "reject", REJECTION).statusCode(409)
                .body("code", equalTo("CHANGE_NOT_PROPOSED"));
    }

    @Test
    void anExtensionThatWouldPassOneHundredPercentIsRefusedAndKeepsNothingOfTheSecondApproval() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String id = approved(placement(employee, host, "2027-04-01", "2027-04-10", 60));
        approved(placement(employee, newTeam(), "2027-04-15", "2027-04-30", 50));
        String changeId = proposeChange(managerOf(home), id, Map.of("endsOn", "2027-04-20", "allocationPercent", 60,
                "reason", "One more fortnight.")).statusCode(201)
                .body("allocationPercent", nullValue()).extract().path("id");
        // HR stands in for one side at a time.
        given().auth().oauth2(TestTokens.hrAdmin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .post("/placements/{id}/changes/{changeId}/approve?side=HOME", id, changeId).then().statusCode(200);

        changeCommand(managerOf(host), id, changeId, "approve", null).statusCode(409)
                .body("code", equalTo("ALLOCATION_EXCEEDED")).body("detail", containsString("2027-04-15"));

        given().auth().oauth2(TestTokens.hrAdmin()).get("/placements/{id}/changes/{changeId}", id, changeId).then()
                .body("status", equalTo("PROPOSED")).body("hostApproval", nullValue())
                .body("homeApproval.by", notNullValue());
        given().auth().oauth2(TestTokens.hrAdmin()).get("/placements/{id}", id).then()
                .body("endsOn", equalTo("2027-04-10"));
        changeCommand(managerOf(host), id, changeId, "reject", REJECTION).statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejection.reason", equalTo("Not this quarter."));
    }

    @Test
    void aChangeNeedsAnApprovedPlacementNewTermsAndNoDayInThePast() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String proposed = proposedByEmployee(placement(employee, host, "2027-05-01", "2027-05-10", 40));
        String running = approved(placement(employee, host, day(-2), day(5), 40));
        String token = employeeToken(employee);

        proposeChange(token, proposed, Map.of("endsOn", "2027-05-05", "reason", "Shorter.")).statusCode(409)
                .body("code", equalTo("PLACEMENT_NOT_APPROVED"));
        proposeChange(token, running, Map.of("endsOn", day(5), "allocationPercent", 40, "reason", "Same."))
                .statusCode(400).body("code", equalTo("NOTHING_CHANGES"));
        proposeChange(token, running, Map.of("startsOn", day(1), "reason", "Later.")).statusCode(409)
                .body("code", equalTo("PLACEMENT_ALREADY_STARTED"));
        proposeChange(token, running, Map.of("endsOn", day(-1), "reason", "Ended yesterday.")).statusCode(400)
                .body("errors[0].field", equalTo("endsOn")).body("errors[0].code", equalTo("IN_THE_PAST"));
        proposeChange(token, running, Map.of("endsOn", day(-3), "reason", "Before it began.")).statusCode(400)
                .body("errors[0].field", equalTo("endsOn"));
        proposeChange(token, running, Map.of("allocationPercent", 5, "reason", "Less.")).statusCode(400);

        String endsToday = proposeChange(token, running, Map.of("endsOn", day(0), "reason", "Needed back."))
                .statusCode(201).extract().path("id");
        changeCommand(managerOf(home, host), running, endsToday, "approve", null).statusCode(200)
                .body("status", equalTo("APPLIED"));
        given().auth().oauth2(token).get("/placements/{id}", running).then()
                .body("endsOn", equalTo(day(0))).body("status", equalTo("ACTIVE"));
    }

    @Test
    void nobodyElseSeesOrDecidesAPlacementsChanges() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String id = approved(placement(employee, host, "2027-06-01", "2027-06-10", 40));
        String changeId = proposeChange(managerOf(host), id, Map.of("allocationPercent", 20, "reason", "Less."))
                .statusCode(201).extract().path("id");
        String stranger = managerOf(newTeam());

        given().auth().oauth2(stranger).get("/placements/{id}/changes", id).then().statusCode(404);
        given().auth().oauth2(stranger).get("/placements/{id}/changes/{changeId}", id, changeId).then()
                .statusCode(404);
        proposeChange(TestTokens.employee(newEmployee(home)), id, Map.of("allocationPercent", 30, "reason", "Mine."))
                .statusCode(404);
        given().auth().oauth2(stranger).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .post("/placements/{id}/changes/{changeId}/approve", id, changeId).then().statusCode(404);
        given().auth().oauth2(TestTokens.hrAdmin()).get("/placements/{id}/changes/{changeId}",
                id, "00000000-0000-4000-8000-000000000000").then().statusCode(404);
        given().auth().oauth2(managerOf(home)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .post("/placements/{id}/changes/{changeId}/approve?side=HOST", id, changeId).then().statusCode(403)
                .body("code", equalTo("NOT_YOUR_SIDE"));
    }
}
