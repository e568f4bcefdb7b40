package io.supportcoach.skills.goal;

import static io.supportcoach.skills.goal.GoalFixtures.change;
import static io.supportcoach.skills.goal.GoalFixtures.createGoal;
import static io.supportcoach.skills.goal.GoalFixtures.goal;
import static io.supportcoach.skills.goal.GoalFixtures.recordEvidence;
import static io.supportcoach.skills.goal.GoalFixtures.today;
import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.supportcoach.skills.assessment.EvidenceRecorded;
import io.supportcoach.testing.PeopleFixtures;
import io.supportcoach.testing.PeopleFixtures.Staff;
import io.supportcoach.testing.TestTokens;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GoalResourceTest {

    @Inject
    EntityManager entityManager;

    @Inject
    Event<EvidenceRecorded> recorded;

    private static String goals(Staff person) {
        return "/people/" + person.employeeId() + "/goals";
    }

    @Test
    void aGoalIsCreatedReadAndListed() {
        Staff person = newPerson();
        Response created = as(person.token()).body(goal("empathy", 4, today().plusMonths(3))).post(goals(person));
        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("employeeId", equalTo(person.employeeId()))
                .body("skill", equalTo("empathy"))
                .body("targetLevel", equalTo(4))
                .body("dueDate", equalTo(today().plusMonths(3).toString()))
                .body("why", equalTo("Lead the bridge calls of major incidents."))
                .body("status", equalTo("ACTIVE"))
                .body("baselineLevel", equalTo(0.0f))
                .body("currentLevel", nullValue())
                .body("progress", equalTo(0.0f))
                .body("achievedAt", nullValue())
                .body("version", equalTo(0))
                .body("createdBy", equalTo(person.employeeId()))
                .body("updatedBy", equalTo(person.employeeId()));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(goals(person) + "/" + id);

        as(person.managerToken()).get(goals(person) + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("id", equalTo(id)).body("skill", equalTo("empathy"));
        as(person.managerToken()).header("If-None-Match", "\"0\"").get(goals(person) + "/" + id).then().statusCode(304);
        as(person.token()).get(goals(person))
                .then().statusCode(200).body("items.id", equalTo(List.of(id))).body("nextCursor", nullValue());
    }

    @Test
    void theBaselineIsTheCurrentLevelAndTheSkillMayBeNamedById() {
        Staff person = newPerson();
        recordEvidence(entityManager, recorded, person.employeeId(), "patience", 2);
        String patienceId = as(TestTokens.hrAdmin()).get("/skills/patience").then().statusCode(200).extract().path("id");
        as(person.managerToken()).body(goal(patienceId, 4, today())).post(goals(person))
                .then().statusCode(201)
                .body("skill", equalTo("patience"))
                .body("baselineLevel", equalTo(2.0f))
                .body("currentLevel", equalTo(2.0f))
                .body("progress", equalTo(0.0f))
                .body("createdBy", equalTo("e-boss-" + person.teamId()));
    }

    @Test
    void thePersonTheirManagerAndHrMaySetGoalsAndNobodyElse() {
        Staff person = newPerson();
        Map<String, Object> body = goal("teamwork", 3, today().plusDays(30));
        as(person.token()).body(body).post(goals(person)).then().statusCode(201);
        as(person.managerToken()).body(body).post(goals(person)).then().statusCode(201);
        as(TestTokens.hrAdmin()).body(body).post(goals(person)).then().statusCode(201);

        as(TestTokens.employee("e-colleague")).body(body).post(goals(person))
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(TestTokens.as("e-other-boss", "manager").managing("team-elsewhere").sign()).body(body).post(goals(person))
                .then().statusCode(404);
        as(TestTokens.as("e-coach", "coach").sign()).body(body).post(goals(person))
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(TestTokens.hrAdmin()).body(body).post("/people/e-nobody-" + UUID.randomUUID().toString().substring(0, 6) + "/goals")
                .then().statusCode(404);
        as(person.token()).get(goals(person)).then().statusCode(200).body("items.size()", equalTo(3));
    }

    @Test
    void onlyThoseWhoMaySeeThePersonReadTheirGoals() {
        Staff person = newPerson();
        String id = createGoal(person, "empathy", 3, today().plusDays(10));
        as(TestTokens.employee("e-colleague")).get(goals(person)).then().statusCode(404);
        as(TestTokens.employee("e-colleague")).get(goals(person) + "/" + id).then().statusCode(404);
        as(TestTokens.as("e-coach", "coach").sign()).get(goals(person)).then().statusCode(404);
        as(TestTokens.as("e-other-boss", "manager").managing("team-elsewhere").sign()).get(goals(person) + "/" + id)
                .then().statusCode(404);
        // A goal exists only under its own person.
        Staff other = newPerson();
        as(TestTokens.hrAdmin()).get(goals(other) + "/" + id).then().statusCode(404);
        as(TestTokens.hrAdmin()).get(goals(person) + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aTargetAtOrBelowTheCurrentLevelIsAlreadyMet() {
        Staff person = newPerson();
        recordEvidence(entityManager, recorded, person.employeeId(), "active-listening", 3);
        for (int target : new int[] { 2, 3 }) {
            as(person.token()).body(goal("active-listening", target, today().plusDays(5))).post(goals(person))
                    .then().statusCode(409).body("code", equalTo("GOAL_ALREADY_MET"));
        }
        as(person.token()).body(goal("active-listening", 4, today().plusDays(5))).post(goals(person))
                .then().statusCode(201).body("baselineLevel", equalTo(3.0f));
    }

    @Test
    void badGoalsAreRefusedWithReasons() {
        Staff person = newPerson();
        as(person.token()).body(goal("no-such-skill", 3, today())).post(goals(person))
                .then().statusCode(422).body("code", equalTo("UNKNOWN_SKILL"));
        as(person.token()).body(goal("empathy", 3, today().minusDays(2))).post(goals(person))
                .then().statusCode(400).body("errors[0].field", equalTo("dueDate")).body("errors[0].code", equalTo("IN_PAST"));
        as(person.token()).body(goal("empathy", 6, today())).post(goals(person))
                .then().statusCode(400).body("errors[0].field", equalTo("targetLevel"));
        Map<String, Object> longWhy = goal("empathy", 3, today());
        longWhy.put("why", "x".repeat(2001));
        as(person.token()).body(longWhy).post(goals(person)).then().statusCode(400).body("errors[0].field", equalTo("why"));
        Map<String, Object> sneaky = goal("empathy", 3, today());
        sneaky.put("status", "ACHIEVED");
        as(person.token()).body(sneaky).post(goals(person))
                .then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        Map<String, Object> stamped = goal("empathy", 3, today());
        stamped.put("createdBy", "mallory");
        as(person.token()).body(stamped).post(goals(person))
                .then().statusCode(400).body("errors[0].code", equalTo("READ_ONLY_FIELD"));
        as(person.token()).get(goals(person)).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aRetiredSkillTakesNoNewGoals() {
        String code = "retiring-" + UUID.randomUUID().toString().substring(0, 8);
        as(TestTokens.hrAdmin()).body(skill(code)).post("/skills").then().statusCode(201);
        as(TestTokens.hrAdmin()).header("If-Match", "\"0\"").body(Map.of("replacedBy", "empathy"))
                .post("/skills/" + code + "/retire").then().statusCode(200);
        Staff person = newPerson();
        as(person.token()).body(goal(code, 3, today())).post(goals(person))
                .then().statusCode(422).body("code", equalTo("SKILL_RETIRED"));
    }

    @Test
    void aPersonWhoLeftGetsNoNewGoals() {
        Staff person = newPerson();
        PeopleFixtures.register(person.employeeId(), person.teamId(), person.displayName(), "LEFT");
        as(TestTokens.hrAdmin()).body(goal("empathy", 3, today())).post(goals(person))
                .then().statusCode(409).body("code", equalTo("PERSON_LEFT"));
    }

    @Test
    void changesNeedTheCurrentEtag() {
        Staff person = newPerson();
        String path = goals(person) + "/" + createGoal(person, "teamwork", 3, today().plusDays(20));
        Map<String, Object> later = change(4, today().plusDays(40), "Run the team retrospective.", "ACTIVE");
        as(person.token()).body(later).put(path)
                .then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        as(person.token()).header("If-Match", "\"7\"").body(later).put(path)
                .then().statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
        as(person.managerToken()).header("If-Match", "\"0\"").body(later).put(path)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("targetLevel", equalTo(4))
                .body("dueDate", equalTo(today().plusDays(40).toString()))
                .body("why", equalTo("Run the team retrospective."))
                .body("version", equalTo(1))
                .body("createdBy", equalTo("e-hr"))
                .body("updatedBy", equalTo("e-boss-" + person.teamId()));
        // The same body again changes nothing, so the version stays.
        as(person.token()).header("If-Match", "\"1\"").body(later).put(path)
                .then().statusCode(200).header("ETag", "\"1\"");
        as(person.token()).header("If-Match", "\"0\"").body(later).put(path).then().statusCode(412);
    }

    @Test
    void aGoalIsDroppedAndTakenUpAgainButNeverAchievedByHand() {
        Staff person = newPerson();
        String path = goals(person) + "/" + createGoal(person, "empathy", 3, today().plusDays(20));
        as(person.token()).header("If-Match", "\"0\"").body(change(3, today().plusDays(20), null, "ACHIEVED")).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        as(person.token()).header("If-Match", "\"0\"").body(change(3, today().plusDays(20), null, "DROPPED")).put(path)
                .then().statusCode(200).body("status", equalTo("DROPPED")).body("why", nullValue());
        as(person.token()).queryParam("status", "DROPPED").get(goals(person))
                .then().statusCode(200).body("items.size()", equalTo(1));
        as(person.token()).queryParam("status", "ACTIVE").get(goals(person))
                .then().statusCode(200).body("items.size()", equalTo(0));

        recordEvidence(entityManager, recorded, person.employeeId(), "empathy", 3);
        // Dropped goals are not achieved by evidence, and cannot come back with a target already met.
        as(person.token()).get(path).then().statusCode(200).body("status", equalTo("DROPPED")).body("progress", equalTo(1.0f));
        as(person.token()).header("If-Match", "\"1\"").body(change(3, today().plusDays(20), null, "ACTIVE")).put(path)
                .then().statusCode(409).body("code", equalTo("GOAL_ALREADY_MET"));
        as(person.token()).header("If-Match", "\"1\"").body(change(4, today().plusDays(20), null, "ACTIVE")).put(path)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("version", equalTo(2));
    }

    @Test
    void aPastDueDateMayStayButNotBeSet() {
        Staff person = newPerson();
        String id = createGoal(person, "patience", 4, today());
        String path = goals(person) + "/" + id;
        as(person.token()).header("If-Match", "\"0\"").body(change(4, today().minusDays(3), "Late.", "ACTIVE")).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("dueDate"));
        // Once the due date has passed, the rest of the goal can still change.
        setDueDate(id, today().minusDays(3));
        as(person.token()).header("If-Match", "\"0\"").body(change(4, today().minusDays(3), "Still on it.", "ACTIVE"))
                .put(path).then().statusCode(200).body("why", equalTo("Still on it."));
    }

    private void setDueDate(String goalId, LocalDate dueDate) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update goal set due_date = ?1 where id = ?2")
                .setParameter(1, dueDate).setParameter(2, UUID.fromString(goalId)).executeUpdate());
    }

    @Test
    void listsArePagedInTheOrderGoalsWereSet() {
        Staff person = newPerson();
        List<String> ids = new ArrayList<>();
        for (String skill : List.of("empathy", "patience", "teamwork")) {
            ids.add(createGoal(person, skill, 3, today().plusDays(7)));
        }
        JsonPath first = as(person.token()).queryParam("limit", 2).get(goals(person))
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.id")).containsExactly(ids.get(0), ids.get(1));
        String cursor = first.getString("nextCursor");
        as(person.token()).queryParam("limit", 2).queryParam("cursor", cursor).get(goals(person))
                .then().statusCode(200).body("items.id", equalTo(List.of(ids.get(2)))).body("nextCursor", nullValue());
        // The cursor belongs to this list: another filter or another person refuses it.
        as(person.token()).queryParam("limit", 2).queryParam("status", "ACTIVE").queryParam("cursor", cursor)
                .get(goals(person)).then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        as(person.token()).queryParam("limit", 201).get(goals(person)).then().statusCode(400);
        as(person.token()).queryParam("status", "FINISHED").get(goals(person))
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void aRepeatedCreateWithTheSameKeyCreatesOnce() {
        Staff person = newPerson();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = goal("calm-under-pressure", 3, today().plusDays(60));
        Response first = as(person.token()).header("Idempotency-Key", key).body(body).post(goals(person));
        Response second = as(person.token()).header("Idempotency-Key", key).body(body).post(goals(person));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.header("ETag")).isEqualTo("\"0\"");
        assertThat(second.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        Map<String, Object> other = goal("calm-under-pressure", 4, today().plusDays(60));
        as(person.token()).header("Idempotency-Key", key).body(other).post(goals(person))
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as(person.token()).get(goals(person)).then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].id", notNullValue());
    }

    private static Map<String, Object> skill(String code) {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            levels.add(Map.of("level", level, "name", "Level " + level, "indicators", List.of("Shows level " + level)));
        }
        return Map.of("code", code, "name", "Skill " + code, "description", "Made by a goal test.",
                "category", "communication", "kind", "SOFT", "status", "ACTIVE", "levels", levels);
    }
}
