package io.supportcoach.skills.team;

import static io.supportcoach.skills.goal.GoalFixtures.change;
import static io.supportcoach.skills.goal.GoalFixtures.createGoal;
import static io.supportcoach.skills.goal.GoalFixtures.today;
import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.PeopleFixtures.newTeam;
import static io.supportcoach.testing.PeopleFixtures.register;
import static io.supportcoach.testing.Requests.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.PeopleFixtures.Staff;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamGoalsTest {

    @Test
    void aTeamListsTheActiveGoalsOfItsActivePeopleSoonestDueFirst() {
        String team = newTeam();
        Staff ava = newPerson(team, "Ava Stone");
        Staff ben = newPerson(team, "Ben Ortiz");
        Staff leaver = newPerson(team, "Cy Leaver");
        Staff elsewhere = newPerson();
        String avaLater = createGoal(ava, "empathy", 3, today().plusDays(30));
        String avaDropped = createGoal(ava, "patience", 3, today().plusDays(10));
        String benSooner = createGoal(ben, "teamwork", 4, today().plusDays(20));
        createGoal(leaver, "empathy", 3, today().plusDays(5));
        createGoal(elsewhere, "empathy", 3, today().plusDays(5));
        as(ava.token()).header("If-Match", "\"0\"").body(change(3, today().plusDays(10), null, "DROPPED"))
                .put("/people/" + ava.employeeId() + "/goals/" + avaDropped).then().statusCode(200);
        register(leaver.employeeId(), team, "Cy Leaver", "LEFT");

        as(ava.managerToken()).get("/teams/" + team + "/goals").then().statusCode(200)
                .body("items.id", equalTo(List.of(benSooner, avaLater)))
                .body("items.employeeId", equalTo(List.of(ben.employeeId(), ava.employeeId())))
                .body("items[0].skill", equalTo("teamwork"))
                .body("items[0].progress", equalTo(0.0f))
                .body("nextCursor", nullValue());
        as(TestTokens.hrAdmin()).get("/teams/" + team + "/goals").then().statusCode(200)
                .body("items.id", equalTo(List.of(benSooner, avaLater)));

        String cursor = as(ava.managerToken()).queryParam("limit", 1).get("/teams/" + team + "/goals")
                .then().statusCode(200).body("items.id", equalTo(List.of(benSooner))).extract().path("nextCursor");
        as(ava.managerToken()).queryParam("limit", 1).queryParam("cursor", cursor).get("/teams/" + team + "/goals")
                .then().statusCode(200).body("items.id", equalTo(List.of(avaLater))).body("nextCursor", nullValue());
        as(elsewhere.managerToken()).queryParam("cursor", cursor).get("/teams/" + elsewhere.teamId() + "/goals")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void onlyHrAndTheTeamsManagersSeeItsGoals() {
        Staff person = newPerson();
        createGoal(person, "empathy", 3, today().plusDays(5));
        String path = "/teams/" + person.teamId() + "/goals";
        as(TestTokens.as("e-other-boss", "manager").managing("team-elsewhere").sign()).get(path)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(TestTokens.as("e-many-teams", "manager").managing("team-elsewhere", person.teamId()).sign()).get(path)
                .then().statusCode(200).body("items.size()", equalTo(1));
        as(person.token()).get(path).then().statusCode(403);
        as(TestTokens.as("e-coach", "coach").sign()).get(path).then().statusCode(403);
        as(TestTokens.hrAdmin()).get("/teams/" + newTeam() + "/goals").then().statusCode(200).body("items.size()", equalTo(0));
        as(TestTokens.hrAdmin()).get("/teams/not%20a%20team/goals").then().statusCode(400);
    }
}
