package io.supportcoach.secondment.placement;

import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.placement.PlacementFixtures.command;
import static io.supportcoach.secondment.placement.PlacementFixtures.employeeToken;
import static io.supportcoach.secondment.placement.PlacementFixtures.managerOf;
import static io.supportcoach.secondment.placement.PlacementFixtures.newEmployee;
import static io.supportcoach.secondment.placement.PlacementFixtures.newTeam;
import static io.supportcoach.secondment.placement.PlacementFixtures.placement;
import static io.supportcoach.secondment.placement.PlacementFixtures.propose;
import static io.supportcoach.secondment.placement.PlacementFixtures.proposedByEmployee;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
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
                .body("items.id", contains(byManager));
        given().auth().oauth2(hostManager).queryParam("awaiting", "me").get("/placements").then().statusCode(200)
                .body("items.id", containsInAnyOrder(byEmployee, byManager));
        given().auth().oauth2(employeeToken(employee)).queryParam("awaiting", "me").get("/placements").then()
                .statusCode(200).body("items.id", contains(byManager));

        command(hostManager, byEmployee, "approve").statusCode(200).body("status", equalTo("APPROVED"));
        given().auth().oauth2(hostManager).queryParam("awaiting", "me").get("/placements").then().statusCode(200)
                .body("items.id", contains(byManager));
    }
}
