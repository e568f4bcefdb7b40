package io.supportcoach.skills.assessment;

import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.supportcoach.testing.PeopleFixtures.Staff;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvidenceResourceTest {

    @Inject
    EntityManager entityManager;

    static Map<String, Object> evidence(String skill, int level, String source, Instant observedAt) {
        var body = new HashMap<String, Object>();
        body.put("skill", skill);
        body.put("level", level);
        body.put("source", source);
        body.put("observedAt", observedAt.toString());
        body.put("note", "Seen on a call.");
        return body;
    }

    @Test
    void eachRoleRecordsTheSourcesItMay() {
        Staff person = newPerson();
        Instant now = Instant.now();
        as(TestTokens.employee(person.employeeId())).body(evidence("empathy", 2, "SELF", now))
                .post("/people/" + person.employeeId() + "/evidence")
                .then().statusCode(201).body("assertedBy", equalTo(person.employeeId())).body("source", equalTo("SELF"));
        as(person.managerToken()).body(evidence("empathy", 3, "MANAGER", now))
                .post("/people/" + person.employeeId() + "/evidence").then().statusCode(201);
        as(TestTokens.as("e-coach", "coach").sign()).body(evidence("empathy", 3, "COACH", now))
                .post("/people/" + person.employeeId() + "/evidence").then().statusCode(201).body("assertedBy", equalTo("e-coach"));
        as(TestTokens.employee(person.employeeId())).body(evidence("empathy", 5, "MANAGER", now))
                .post("/people/" + person.employeeId() + "/evidence")
                .then().statusCode(403).body("code", equalTo("SOURCE_NOT_ALLOWED"));
        as(person.managerToken()).body(evidence("empathy", 5, "COACH", now))
                .post("/people/" + person.employeeId() + "/evidence")
                .then().statusCode(403).body("code", equalTo("SOURCE_NOT_ALLOWED"));
    }

    @Test
    void strangersCannotSeeOrWriteSomeoneElsesEvidence() {
        Staff person = newPerson();
        as(TestTokens.employee(person.employeeId())).body(evidence("patience", 3, "SELF", Instant.now()))
                .post("/people/" + person.employeeId() + "/evidence").then().statusCode(201);
        as(TestTokens.employee("e-colleague")).get("/people/" + person.employeeId() + "/evidence")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(TestTokens.employee("e-colleague")).body(evidence("patience", 1, "SELF", Instant.now()))
                .post("/people/" + person.employeeId() + "/evidence").then().statusCode(404);
        as(TestTokens.as("e-other-boss", "manager").managing("team-elsewhere").sign())
                .get("/people/" + person.employeeId() + "/profile").then().statusCode(404);
        as(TestTokens.as("e-coach", "coach").sign()).get("/people/" + person.employeeId() + "/profile").then().statusCode(404);
        as(person.managerToken()).get("/people/" + person.employeeId() + "/evidence")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void correctionsSupersedeAndBothStayInTheHistory() {
        Staff person = newPerson();
        Instant day = Instant.now().minus(Duration.ofDays(2));
        String first = as(person.managerToken()).body(evidence("teamwork", 4, "MANAGER", day))
                .post("/people/" + person.employeeId() + "/evidence").then().statusCode(201).extract().path("id");
        Map<String, Object> correction = evidence("teamwork", 2, "MANAGER", day);
        correction.put("supersedes", first);
        String second = as(person.managerToken()).body(correction).post("/people/" + person.employeeId() + "/evidence")
                .then().statusCode(201).body("supersedes", equalTo(first)).extract().path("id");

        JsonPath history = as(person.managerToken()).get("/people/" + person.employeeId() + "/skills/teamwork/history")
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.id")).containsExactlyInAnyOrder(first, second);
        assertThat(history.getString("items.find { it.id == '" + first + "' }.supersededBy")).isEqualTo(second);
        as(person.managerToken()).get("/people/" + person.employeeId() + "/profile")
                .then().statusCode(200)
                .body("skills.find { it.skill == 'teamwork' }.level", equalTo(2.0f))
                .body("skills.find { it.skill == 'teamwork' }.evidenceCount", equalTo(1));
        as(person.managerToken()).get("/people/" + person.employeeId() + "/evidence/" + first)
                .then().statusCode(200).header("ETag", "\"1\"").body("supersededBy", equalTo(second));

        as(person.managerToken()).body(correction).post("/people/" + person.employeeId() + "/evidence")
                .then().statusCode(409).body("code", equalTo("EVIDENCE_ALREADY_SUPERSEDED"));
        Map<String, Object> foreign = evidence("teamwork", 3, "COACH", day);
        foreign.put("supersedes", second);
        as(TestTokens.as("e-coach", "coach").sign()).body(foreign).post("/people/" + person.employeeId() + "/evidence")
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_EVIDENCE"));
        as(TestTokens.hrAdmin()).queryParam("subjectId", first).get("/audit-events")
                .then().statusCode(200).body("items[0].action", equalTo("EVIDENCE_CORRECTED"));
    }

    @Test
    void theDatabaseRefusesToChangeEvidence() {
        Staff person = newPerson();
        String id = as(TestTokens.employee(person.employeeId())).body(evidence("patience", 3, "SELF", Instant.now()))
                .post("/people/" + person.employeeId() + "/evidence").then().statusCode(201).extract().path("id");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update evidence set level = 5 where id = cast(?1 as uuid)").setParameter(1, id)
                .executeUpdate())).hasStackTraceContaining("append-only");
    }

    @Test
    void aRepeatedPostWithTheSameKeyRecordsOnce() {
        Staff person = newPerson();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = evidence("empathy", 4, "COACHING_SESSION", Instant.now());
        body.put("reference", "coaching-session:" + UUID.randomUUID());
        String coach = TestTokens.as("e-coach", "coach").sign();
        Response first = as(coach).header("Idempotency-Key", key).body(body).post("/people/" + person.employeeId() + "/evidence");
        Response second = as(coach).header("Idempotency-Key", key).body(body).post("/people/" + person.employeeId() + "/evidence");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        long rows = QuarkusTransaction.requiringNew().call(() -> Evidence.count("employeeId", person.employeeId()));
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void badEvidenceIsRefusedWithReasons() {
        Staff person = newPerson();
        String path = "/people/" + person.employeeId() + "/evidence";
        as(person.managerToken()).body(evidence("no-such-skill", 3, "MANAGER", Instant.now())).post(path)
                .then().statusCode(422).body("code", equalTo("UNKNOWN_SKILL"));
        as(person.managerToken()).body(evidence("empathy", 3, "MANAGER", Instant.now().plus(Duration.ofDays(1)))).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("observedAt"));
        as(person.managerToken()).body(evidence("empathy", 6, "MANAGER", Instant.now())).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
        Map<String, Object> sneaky = evidence("empathy", 3, "MANAGER", Instant.now());
        sneaky.put("assertedBy", "someone-else");
        as(person.managerToken()).body(sneaky).post(path)
                .then().statusCode(400).body("errors[0].code", equalTo("READ_ONLY_FIELD"));
        as(TestTokens.hrAdmin()).get("/people/e-nobody/evidence").then().statusCode(404);
    }

    @Test
    void profileFollowsTheDocumentedRule() {
        Staff person = newPerson();
        String path = "/people/" + person.employeeId() + "/evidence";
        Instant now = Instant.now();
        // self 2 one half-life ago (0.4 × 0.5 = 0.2) and coach 4 today (1.0): (0.2×2 + 1.0×4) ÷ 1.2 = 3.67 → 3.7;
        // confidence 1.2 ÷ 2.2 = 0.55; the newest (4) is well above the rest (2): RISING.
        as(TestTokens.employee(person.employeeId())).body(evidence("calm-under-pressure", 2, "SELF",
                now.minus(Duration.ofDays(180)))).post(path).then().statusCode(201);
        as(TestTokens.as("e-coach", "coach").sign()).body(evidence("calm-under-pressure", 4, "COACH", now))
                .post(path).then().statusCode(201);
        // Beyond the two-year horizon: does not count at all.
        as(person.managerToken()).body(evidence("calm-under-pressure", 1, "MANAGER", now.minus(Duration.ofDays(800))))
                .post(path).then().statusCode(201);
        as(TestTokens.employee(person.employeeId())).get("/people/" + person.employeeId() + "/profile")
                .then().statusCode(200)
                .body("skills.size()", equalTo(1))
                .body("skills[0].skill", equalTo("calm-under-pressure"))
                .body("skills[0].level", equalTo(3.7f))
                .body("skills[0].confidence", equalTo(0.55f))
                .body("skills[0].evidenceCount", equalTo(2))
                .body("skills[0].trend", equalTo("RISING"))
                .body("rule", org.hamcrest.Matchers.containsString("half-lives"));
        as(TestTokens.employee(person.employeeId())).get("/people/" + person.employeeId() + "/skills/calm-under-pressure/history")
                .then().statusCode(200).body("items.level", equalTo(List.of(1, 2, 4)))
                .body("items[0].supersededBy", nullValue());
    }
}
