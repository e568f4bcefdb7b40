package io.supportcoach.secondment.placement;

import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.placement.PlacementFixtures.approved;
import static io.supportcoach.secondment.placement.PlacementFixtures.changeCommand;
import static io.supportcoach.secondment.placement.PlacementFixtures.command;
import static io.supportcoach.secondment.placement.PlacementFixtures.employeeToken;
import static io.supportcoach.secondment.placement.PlacementFixtures.managerOf;
import static io.supportcoach.secondment.placement.PlacementFixtures.newEmployee;
import static io.supportcoach.secondment.placement.PlacementFixtures.newTeam;
import static io.supportcoach.secondment.placement.PlacementFixtures.placement;
import static io.supportcoach.secondment.placement.PlacementFixtures.propose;
import static io.supportcoach.secondment.placement.PlacementFixtures.proposeChange;
import static io.supportcoach.secondment.placement.PlacementFixtures.proposedByEmployee;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Who sees which placement, the list's filters and pages, and what waits for whom. */
@QuarkusTest
class PlacementListTest {

    @Test
    void onlyHrTheEmployeeAndTheManagersOfEitherTeamSeeAPlacement() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String id = proposedByEmployee(placement(employee, host, "2027-03-01", "2027-03-12", 40));

        for (String token : new String[] { TestTokens.hrAdmin(), employeeToken(employee), managerOf(home),
                managerOf(host) }) {
            given().auth().oauth2(token).get("/placements/{id}", id).then().statusCode(200).body("id", equalTo(id));
            given().auth().oauth2(token).queryParam("team", host).get("/placements").then().statusCode(200)
                    .body("items.id", contains(id));
        }
        for (String token : new String[] { employeeToken(newEmployee(home)), managerOf(newTeam()),
                TestTokens.as("c-1", "coach").sign() }) {
            given().auth().oauth2(token).get("/placements/{id}", id).then().statusCode(404);
            given().auth().oauth2(token).queryParam("team", host).get("/placements").then().statusCode(200)
                    .body("items", empty());
            command(token, id, "cancel", "\"0\"").statusCode(404);
        }
    }

    @Test
    void filtersNarrowTheListAndPagesWalkItByStartDate() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String march = proposedByEmployee(placement(employee, host, "2027-03-01", "2027-03-12", 20));
        String may = proposedByEmployee(placement(employee, host, "2027-05-01", "2027-05-12", 20));
        String april = proposedByEmployee(placement(employee, newTeam(), "2027-04-01", "2027-04-12", 20));
        String hr = TestTokens.hrAdmin();
        command(managerOf(home, host), may, "approve").statusCode(200);

        var first = given().auth().oauth2(hr).queryParam("employee", employee).queryParam("limit", 2)
                .get("/placements").then().statusCode(200)
                .body("items.id", contains(march, april)).body("nextCursor", notNullValue()).extract();
        given().auth().oauth2(hr).queryParam("employee", employee).queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("nextCursor")).get("/placements").then().statusCode(200)
                .body("items.id", contains(may)).body("nextCursor", nullValue());

        given().auth().oauth2(hr).queryParams(Map.of("team", host, "status", "APPROVED")).get("/placements").then()
                .statusCode(200).body("items.id", contains(may));
        given().auth().oauth2(hr).queryParams(Map.of("employee", employee, "from", "2027-03-12", "to", "2027-04-01"))
                .get("/placements").then().statusCode(200).body("items.id", contains(march, april));
        given().auth().oauth2(hr).queryParams(Map.of("team", home, "from", "2027-02-30")).get("/placements").then()
                .statusCode(400);
        given().auth().oauth2(hr).queryParams(Map.of("status", "ARCHIVED")).get("/placements").then().statusCode(400);
    }

    @Test
    void awaitingMeListsWhatWaitsForTheCallersApprovalOrConsent() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String homeManager = managerOf(home);
        String hostManager = managerOf(host);
        String byEmployee = proposedByEmployee(placement(employee, host, "2027-03-01", "2027-03-12", 20));
        String byManager = propose(homeManager, placement(employee, host, "2027-04-01", "2027-04-12", 20))
                .statusCode(201).extract().path("id");
        command(homeManager, byEmployee, "approve").statusCode(200);

        given().auth().oauth2(homeManager).queryParam("awaiting", "me").get("/placements").then().statusCode(200)
                .body("items.id", contains(byManager))
                .body("items[0].awaitingYou.approvals", contains("HOME"))
                .body("items[0].awaitingYou.consent", equalTo(false));
        given().auth().oauth2(hostManager).queryParam("awaiting", "me").get("/placements").then().statusCode(200)
                .body("items.id", containsInAnyOrder(byEmployee, byManager))
                .body("items.awaitingYou.approvals", everyItem(contains("HOST")));
        given().auth().oauth2(employeeToken(employee)).queryParam("awaiting", "me").get("/placements").then()
                .statusCode(200).body("items.id", contains(byManager))
                .body("items[0].awaitingYou.consent", equalTo(true))
                .body("items[0].awaitingYou.approvals", empty())
                .body("items[0].awaitingYou.changeIds", empty());
        given().auth().oauth2(employeeToken(employee)).get("/placements/{id}", byManager).then().statusCode(200)
                .body("awaitingYou", nullValue());

        command(hostManager, byEmployee, "approve").statusCode(200).body("status", equalTo("APPROVED"));
        given().auth().oauth2(hostManager).queryParam("awaiting", "me").get("/placements").then().statusCode(200)
                .body("items.id", contains(byManager));
    }

    @Test
    void aChangeWaitsForTheManagersOfTheSidesThatHaveNotApprovedItUntilItApplies() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String homeManager = managerOf(home);
        String hostManager = managerOf(host);
        String id = approved(placement(employee, host, "2027-03-01", "2027-03-31", 50));
        String changeId = proposeChange(employeeToken(employee), id, Map.of("endsOn", "2027-03-19",
                "reason", "Needed back home.")).statusCode(201).extract().path("id");
        String cancelledId = approved(placement(employee, host, "2027-05-03", "2027-05-14", 20));
        proposeChange(employeeToken(employee), cancelledId, Map.of("allocationPercent", 30,
                "reason", "More on the bridge.")).statusCode(201);
        command(homeManager, cancelledId, "cancel").statusCode(200);

        for (String manager : new String[] { homeManager, hostManager }) {
            given().auth().oauth2(manager).queryParam("awaiting", "me").get("/placements").then().statusCode(200)
                    .body("items.id", contains(id))
                    .body("items[0].status", equalTo("APPROVED"))
                    .body("items[0].awaitingYou.changeIds", contains(changeId))
                    .body("items[0].awaitingYou.approvals", empty())
                    .body("items[0].awaitingYou.consent", equalTo(false));
        }
        given().auth().oauth2(employeeToken(employee)).queryParam("awaiting", "me").get("/placements").then()
                .statusCode(200).body("items", empty());

        changeCommand(hostManager, id, changeId, "approve", null).statusCode(200).body("status", equalTo("PROPOSED"));
        given().auth().oauth2(homeManager).queryParam("awaiting", "me").get("/placements").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].awaitingYou.changeIds", contains(changeId));
        given().auth().oauth2(hostManager).queryParam("awaiting", "me").get("/placements").then().statusCode(200)
                .body("items", empty());
        given().auth().oauth2(hostManager).queryParam("team", host).get("/placements").then().statusCode(200)
                .body("items.id", contains(id, cancelledId))
                .body("items[0].awaitingYou.changeIds", empty());

        changeCommand(homeManager, id, changeId, "approve", null).statusCode(200).body("status", equalTo("APPLIED"));
        given().auth().oauth2(homeManager).queryParam("awaiting", "me").get("/placements").then().statusCode(200)
                .body("items", empty());
    }
}
