package io.supportcoach.skills.team;

import static io.supportcoach.skills.goal.GoalFixtures.recordEvidence;
import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.PeopleFixtures.newTeam;
import static io.supportcoach.testing.PeopleFixtures.register;
import static io.supportcoach.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.supportcoach.skills.assessment.EvidenceRecorded;
import io.supportcoach.testing.PeopleFixtures.Staff;
import io.supportcoach.testing.TestTokens;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamMatrixTest {

    @Inject
    EntityManager entityManager;

    @Inject
    Event<EvidenceRecorded> recorded;

    /** Ava (patience 4, empathy 3), Ben (empathy 2) and a second Ben without evidence; a leaver; a stranger. */
    private record Crafted(String team, String managerToken, Staff ava, Staff ben, Staff secondBen) {
    }

    private Crafted craftTeam() {
        String team = newTeam();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Staff secondBen = newPerson("e-" + suffix + "-2", team, "Ben Ortiz");
        Staff ben = newPerson("e-" + suffix + "-1", team, "Ben Ortiz");
        Staff ava = newPerson(team, "Ava Stone");
        Staff leaver = newPerson(team, "Al Leaver");
        Staff stranger = newPerson();
        recordEvidence(entityManager, recorded, ava.employeeId(), "patience", 4);
        recordEvidence(entityManager, recorded, ava.employeeId(), "empathy", 3);
        recordEvidence(entityManager, recorded, ava.employeeId(), "teamwork", 5);
        recordEvidence(entityManager, recorded, ben.employeeId(), "empathy", 2);
        recordEvidence(entityManager, recorded, leaver.employeeId(), "empathy", 5);
        recordEvidence(entityManager, recorded, stranger.employeeId(), "empathy", 5);
        register(leaver.employeeId(), team, "Al Leaver", "LEFT");
        return new Crafted(team, ava.managerToken(), ava, ben, secondBen);
    }

    @Test
    void theMatrixHoldsTheCurrentLevelsOfTheTeamsActivePeople() {
        Crafted crafted = craftTeam();
        JsonPath matrix = as(crafted.managerToken()).queryParam("skills", "patience,empathy")
                .get("/teams/" + crafted.team() + "/matrix")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertThat(matrix.getString("teamId")).isEqualTo(crafted.team());
        assertThat(matrix.getList("skills")).containsExactly("patience", "empathy");
        assertThat(matrix.getList("rows.employeeId")).containsExactly(crafted.ava().employeeId(),
                crafted.ben().employeeId(), crafted.secondBen().employeeId());
        assertThat(matrix.getList("rows.displayName")).containsExactly("Ava Stone", "Ben Ortiz", "Ben Ortiz");
        assertThat(matrix.getList("rows[0].levels")).containsExactly(4.0f, 3.0f);
        assertThat(matrix.getList("rows[1].levels")).containsExactly(null, 2.0f);
        assertThat(matrix.getList("rows[2].levels")).containsExactly(null, null);
        as(TestTokens.hrAdmin()).queryParam("skills", "empathy").get("/teams/" + crafted.team() + "/matrix")
                .then().statusCode(200).body("rows.levels", equalTo(List.of(List.of(3.0f), List.of(2.0f),
                        Arrays.asList((Object) null))));
    }

    @Test
    void theMatrixComesAsCsvOnRequest() {
        Crafted crafted = craftTeam();
        String csv = as(crafted.managerToken()).accept("text/csv").queryParam("skills", "patience,empathy")
                .get("/teams/" + crafted.team() + "/matrix")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + crafted.team() + "-matrix.csv\""))
                .extract().asString();
        assertThat(csv).isEqualTo("employeeId,displayName,patience,empathy\r\n"
                + crafted.ava().employeeId() + ",Ava Stone,4.0,3.0\r\n"
                + crafted.ben().employeeId() + ",Ben Ortiz,,2.0\r\n"
                + crafted.secondBen().employeeId() + ",Ben Ortiz,,\r\n");
        // JSON stays the default, and wins when the client likes both equally.
        as(crafted.managerToken()).accept("application/json, text/csv").queryParam("skills", "empathy")
                .get("/teams/" + crafted.team() + "/matrix").then().statusCode(200).contentType("application/json");
        as(crafted.managerToken()).accept("application/json;q=0.5, text/csv").queryParam("skills", "empathy")
                .get("/teams/" + crafted.team() + "/matrix").then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void namedPeopleFromSeveralTeamsMakeAMatrixForWhoeverMaySeeThemAll() {
        Crafted first = craftTeam();
        Crafted second = craftTeam();
        var body = java.util.Map.of("employeeIds", List.of(second.ben().employeeId(), first.ava().employeeId()),
                "skills", List.of("empathy", "patience"));
        JsonPath matrix = as(TestTokens.hrAdmin()).body(body).post("/skill-matrices")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertThat(matrix.getString("teamId")).isNull();
        assertThat(matrix.getList("rows.employeeId")).containsExactly(first.ava().employeeId(), second.ben().employeeId());
        assertThat(matrix.getList("rows[0].levels")).containsExactly(3.0f, 4.0f);
        assertThat(matrix.getList("rows[1].levels")).containsExactly(2.0f, null);
        String csv = as(TestTokens.hrAdmin()).accept("text/csv").body(body).post("/skill-matrices")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv).isEqualTo("employeeId,displayName,empathy,patience\r\n"
                + first.ava().employeeId() + ",Ava Stone,3.0,4.0\r\n"
                + second.ben().employeeId() + ",Ben Ortiz,2.0,\r\n");
        // The manager of the first team may not see the second team's Ben: the whole request is a 404.
        as(first.managerToken()).body(body).post("/skill-matrices").then().statusCode(404);
        as(first.managerToken()).body(java.util.Map.of("employeeIds", List.of(first.ava().employeeId()),
                "skills", List.of("empathy"))).post("/skill-matrices").then().statusCode(200);
        as(TestTokens.hrAdmin()).body(java.util.Map.of("employeeIds", List.of(first.ava().employeeId(),
                first.ava().employeeId()), "skills", List.of("empathy"))).post("/skill-matrices")
                .then().statusCode(400).body("errors[0].field", equalTo("employeeIds[1]"))
                .body("errors[0].code", equalTo("DUPLICATE"));
        as(TestTokens.hrAdmin()).body(java.util.Map.of("employeeIds", List.of(first.ava().employeeId()),
                "skills", List.of("empathy", "patience", "empathy"))).post("/skill-matrices")
                .then().statusCode(400).body("errors[0].field", equalTo("skills[2]"))
                .body("errors[0].code", equalTo("DUPLICATE"));
    }

    @Test
    void skillsMustBeOneToFortyKnownCodes() {
        Staff person = newPerson();
        String path = "/teams/" + person.teamId() + "/matrix";
        as(person.managerToken()).queryParam("skills", "empathy,no-such-skill").get(path)
                .then().statusCode(422).body("code", equalTo("UNKNOWN_SKILL"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            many.add("skill-" + i);
        }
        as(person.managerToken()).queryParam("skills", String.join(",", many)).get(path)
                .then().statusCode(400).body("errors[0].field", equalTo("skills")).body("errors[0].code", equalTo("OUT_OF_RANGE"));
        as(person.managerToken()).get(path)
                .then().statusCode(400).body("errors[0].field", equalTo("skills")).body("errors[0].code", equalTo("REQUIRED"));
        as(person.managerToken()).queryParam("skills", "empathy,empathy").get(path)
                .then().statusCode(400).body("errors[0].code", equalTo("DUPLICATE"));
        as(person.managerToken()).queryParam("skills", "empathy,Not A Code").get(path)
                .then().statusCode(400).body("errors[0].code", equalTo("INVALID_FORMAT"));
        // Problems stay JSON when the client asked for CSV.
        as(person.managerToken()).accept("text/csv").queryParam("skills", "no-such-skill").get(path)
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("UNKNOWN_SKILL"));
    }

    @Test
    void onlyHrAndTheTeamsManagersSeeTheMatrix() {
        Staff person = newPerson();
        String path = "/teams/" + person.teamId() + "/matrix";
        as(TestTokens.as("e-other-boss", "manager").managing("team-elsewhere").sign()).queryParam("skills", "empathy")
                .get(path).then().statusCode(404);
        as(person.token()).queryParam("skills", "empathy").get(path).then().statusCode(403);
        as(TestTokens.as("e-coach", "coach").sign()).queryParam("skills", "empathy").get(path).then().statusCode(403);
        as(TestTokens.hrAdmin()).queryParam("skills", "empathy").get(path)
                .then().statusCode(200).body("rows.size()", equalTo(1));
        as(TestTokens.hrAdmin()).queryParam("skills", "empathy").get("/teams/" + newTeam() + "/matrix")
                .then().statusCode(200).body("rows.size()", equalTo(0));
    }

    @Test
    void aTeamOfMoreThanFiveHundredActivePeopleIsTooLarge() {
        String team = newTeam();
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            var person = new HashMap<String, Object>();
            person.put("employeeId", team + "-p" + i);
            person.put("displayName", String.format("Person %03d", i));
            person.put("email", "p" + i + "@example.org");
            person.put("teamId", team);
            person.put("status", "ACTIVE");
            people.add(person);
        }
        as(TestTokens.hrAdmin()).body(Map.of("people", people)).post("/people/batch")
                .then().statusCode(200).body("created", equalTo(501));
        for (int i = 0; i < 40; i++) {
            recordEvidence(entityManager, recorded, team + "-p" + (i * 12), "empathy", i % 5 + 1);
        }
        as(TestTokens.hrAdmin()).queryParam("skills", "empathy").get("/teams/" + team + "/matrix")
                .then().statusCode(422).body("code", equalTo("TEAM_TOO_LARGE"));

        register(team + "-p500", team, "Person 500", "LEFT");
        JsonPath matrix = as(TestTokens.hrAdmin()).queryParam("skills", "empathy,patience")
                .get("/teams/" + team + "/matrix").then().statusCode(200).extract().jsonPath();
        assertThat(matrix.getList("rows")).hasSize(500);
        assertThat(matrix.getList("rows[12].levels")).containsExactly(2.0f, null);
        assertThat(matrix.getList("rows[13].levels")).containsExactly(null, null);
    }
}
