package io.supportcoach.secondment.placement;

import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.placement.PlacementFixtures.employeeToken;
import static io.supportcoach.secondment.placement.PlacementFixtures.newEmployee;
import static io.supportcoach.secondment.placement.PlacementFixtures.newTeam;
import static io.supportcoach.secondment.placement.PlacementFixtures.placement;
import static io.supportcoach.secondment.placement.PlacementFixtures.propose;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A placement names the development goals it serves by their ids in skills-service: well-formed, distinct, few. */
@QuarkusTest
class PlacementGoalsTest {

    @Test
    void theGoalsAPlacementServesAreStoredAsGiven() {
        String employee = newEmployee(newTeam());
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        var body = placement(employee, newTeam(), "2027-03-01", "2027-03-05", 20);
        body.put("goalIds", List.of(second, first));

        String id = propose(employeeToken(employee), body).statusCode(201).body("goalIds", contains(second, first))
                .extract().path("id");

        given().auth().oauth2(employeeToken(employee)).get("/placements/{id}", id).then().statusCode(200)
                .body("goalIds", contains(second, first));
        propose(employeeToken(employee), placement(employee, newTeam(), "2027-03-01", "2027-03-05", 20))
                .statusCode(201).body("goalIds", empty());
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
}
