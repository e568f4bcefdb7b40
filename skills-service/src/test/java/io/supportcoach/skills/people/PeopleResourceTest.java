package io.supportcoach.skills.people;

import static io.supportcoach.testing.PeopleFixtures.newEmployeeId;
import static io.supportcoach.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeopleResourceTest {

    private static Map<String, Object> person(String team) {
        return Map.of("displayName", "Dana Okafor", "email", "dana@example.org", "teamId", team, "status", "ACTIVE");
    }

    @Test
    void putCreatesThenUpdatesWithoutIfMatch() {
        String id = newEmployeeId();
        as(TestTokens.hrAdmin()).body(person("team-a")).put("/people/" + id)
                .then().statusCode(201).body("teamId", equalTo("team-a")).body("version", equalTo(0))
                .body("createdBy", equalTo("e-hr"));
        as(TestTokens.hrAdmin()).body(person("team-b")).put("/people/" + id)
                .then().statusCode(200).body("teamId", equalTo("team-b")).body("version", equalTo(1));
        as(TestTokens.hrAdmin()).body(person("team-b")).put("/people/" + id)
                .then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void concurrentUpsertsOfANewPersonBothSucceedWithOneRow() {
        String id = newEmployeeId();
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> as(TestTokens.hrAdmin()).body(person("team-a"))
                    .put("/people/" + id).statusCode()));
        }
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Person.count("employeeId", id))).isEqualTo(1);
    }

    @Test
    void invalidPersonNamesTheFields() {
        as(TestTokens.hrAdmin()).body(Map.of("displayName", "", "email", "not-an-email", "teamId", "team a", "status", "ACTIVE"))
                .put("/people/" + newEmployeeId())
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("displayName", "email", "teamId"));
    }

    @Test
    void visibilityFollowsTeamsAndSelf() {
        String id = newEmployeeId();
        as(TestTokens.hrAdmin()).body(person("team-a")).put("/people/" + id).then().statusCode(201);
        as(TestTokens.as("e-boss", "manager").managing("team-a").sign()).get("/people/" + id).then().statusCode(200);
        as(TestTokens.as("e-other-boss", "manager").managing("team-b").sign()).get("/people/" + id)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(TestTokens.employee(id)).get("/people/" + id).then().statusCode(200);
        as(TestTokens.employee("e-colleague")).get("/people/" + id).then().statusCode(404);
        as(TestTokens.as("e-coach", "coach").sign()).get("/people/" + id).then().statusCode(404);
    }

    @Test
    void managersListOnlyTheirTeams() {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 6);
        String mine = newEmployeeId();
        as(TestTokens.hrAdmin()).body(person(team)).put("/people/" + mine).then().statusCode(201);
        as(TestTokens.hrAdmin()).body(person("team-elsewhere")).put("/people/" + newEmployeeId()).then().statusCode(201);
        List<String> teams = as(TestTokens.as("e-boss", "manager").managing(team).sign()).queryParam("limit", 200)
                .get("/people").then().statusCode(200).extract().jsonPath().getList("items.teamId");
        assertThat(teams).isNotEmpty().containsOnly(team);
        as(TestTokens.as("e-boss", "manager").sign()).get("/people").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void batchIsAllOrNothing() {
        String a = newEmployeeId();
        String b = newEmployeeId();
        Map<String, Object> good = Map.of("employeeId", a, "displayName", "A", "email", "a@example.org", "teamId", "team-a",
                "status", "ACTIVE");
        Map<String, Object> bad = Map.of("employeeId", b, "displayName", "B", "email", "nope", "teamId", "team-a",
                "status", "ACTIVE");
        as(TestTokens.hrAdmin()).body(Map.of("people", List.of(good, bad))).post("/people/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("people[1].email"));
        as(TestTokens.hrAdmin()).get("/people/" + a).then().statusCode(404);

        Map<String, Object> fixed = Map.of("employeeId", b, "displayName", "B", "email", "b@example.org", "teamId", "team-a",
                "status", "LEFT");
        as(TestTokens.hrAdmin()).body(Map.of("people", List.of(good, fixed))).post("/people/batch")
                .then().statusCode(200).body("created", equalTo(2)).body("unchanged", equalTo(0));
        as(TestTokens.hrAdmin()).body(Map.of("people", List.of(good, fixed))).post("/people/batch")
                .then().statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(2));
        as(TestTokens.hrAdmin()).get("/people/" + b).then().statusCode(200).body("status", equalTo("LEFT"));
    }

    @Test
    void batchRefusesDuplicatesAndMoreThanAThousand() {
        Map<String, Object> one = Map.of("employeeId", "e-twice", "displayName", "T", "email", "t@example.org",
                "teamId", "team-a", "status", "ACTIVE");
        as(TestTokens.hrAdmin()).body(Map.of("people", List.of(one, one))).post("/people/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("people[1].employeeId"))
                .body("errors[0].code", equalTo("DUPLICATE"));
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(Map.of("employeeId", "e-many-" + i, "displayName", "M", "email", "m@example.org", "teamId", "team-a",
                    "status", "ACTIVE"));
        }
        as(TestTokens.hrAdmin()).body(Map.of("people", many)).post("/people/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("people"));
    }

    @Test
    void auditStampsComeFromTheTokenNotTheBody() {
        Map<String, Object> body = new java.util.HashMap<>(person("team-a"));
        body.put("updatedBy", "mallory");
        as(TestTokens.hrAdmin()).body(body).put("/people/" + newEmployeeId())
                .then().statusCode(400).body("errors[0].code", equalTo("READ_ONLY_FIELD"));
    }
}
