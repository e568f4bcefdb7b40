package io.supportcoach.skills.assessment;

import static io.supportcoach.skills.relation.CoachingRelationFixtures.grant;
import static io.supportcoach.testing.PeopleFixtures.managerOf;
import static io.supportcoach.testing.PeopleFixtures.managerOfTeam;
import static io.supportcoach.testing.PeopleFixtures.newEmployeeId;
import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.PeopleFixtures.newTeam;
import static io.supportcoach.testing.PeopleFixtures.register;
import static io.supportcoach.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.supportcoach.testing.PeopleFixtures;
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
        as(TestTokens.hrAdmin()).body(evidence("empathy", 3, "COACH", now))
                .post("/people/" + person.employeeId() + "/evidence").then().statusCode(201).body("assertedBy", equalTo("e-hr"));
        as(TestTokens.employee(person.employeeId())).body(evidence("empathy", 5, "MANAGER", now))
                .post("/people/" + person.employeeId() + "/evidence")
                .then().statusCode(403).body("code", equalTo("SOURCE_NOT_ALLOWED"));
        as(person.managerToken()).body(evidence("empathy", 5, "COACH", now))
                .post("/people/" + person.employeeId() + "/evidence")
                .then().statusCode(403).body("code", equalTo("SOURCE_NOT_ALLOWED"));
    }

    /** The problem body without what differs on every request (instance, traceId). */
    static Map<String, Object> problem(Response response, int status) {
        Map<String, Object> problem = new HashMap<>(response.then().statusCode(status).extract().jsonPath().getMap("$"));
        problem.remove("instance");
        problem.remove("traceId");
        return problem;
    }

    static Response post(String token, String employeeId, Map<String, Object> body) {
        return as(token).body(body).post("/people/" + employeeId + "/evidence");
    }

    @Test
    void writingAboutSomeoneYouMayNotActForRevealsNothing() {
        String team = newTeam();
        String leaver = newEmployeeId();
        register(leaver, team, "Lee Left", "LEFT");
        Staff elsewhere = newPerson();
        String unknown = newEmployeeId();
        Instant now = Instant.now();

        String manager = managerOfTeam(team);
        Map<String, Object> asManager = problem(post(manager, unknown, evidence("empathy", 3, "MANAGER", now)), 404);
        assertThat(asManager).containsEntry("code", "NOT_FOUND").doesNotContainKey("errors");
        assertThat(asManager.get("detail").toString()).doesNotContain(unknown);
        // Managing the leaver's team does not help: who has left is told apart by nothing but HR's answer.
        assertThat(problem(post(manager, leaver, evidence("empathy", 3, "MANAGER", now)), 404)).isEqualTo(asManager);
        assertThat(problem(post(manager, elsewhere.employeeId(), evidence("empathy", 3, "MANAGER", now)), 404))
                .isEqualTo(asManager);

        String employee = TestTokens.employee("e-colleague");
        assertThat(problem(post(employee, unknown, evidence("empathy", 3, "SELF", now)), 404)).isEqualTo(asManager);
        assertThat(problem(post(employee, leaver, evidence("empathy", 3, "SELF", now)), 404)).isEqualTo(asManager);
        assertThat(problem(post(employee, elsewhere.employeeId(), evidence("empathy", 3, "SELF", now)), 404))
                .isEqualTo(asManager);
        assertThat(problem(post(TestTokens.employee(leaver), leaver, evidence("empathy", 3, "SELF", now)), 404))
                .isEqualTo(asManager);

        String coach = TestTokens.as("e-coach", "coach").sign();
        assertThat(problem(post(coach, unknown, evidence("empathy", 3, "COACH", now)), 404)).isEqualTo(asManager);
        assertThat(problem(post(coach, leaver, evidence("empathy", 3, "COACH", now)), 404)).isEqualTo(asManager);
        assertThat(problem(post(coach, elsewhere.employeeId(), evidence("empathy", 3, "COACH", now)), 404))
                .isEqualTo(asManager);

        // HR sees the register, so it is told that the person has left; an unknown id is the same 404 to HR.
        post(TestTokens.hrAdmin(), leaver, evidence("empathy", 3, "MANAGER", now))
                .then().statusCode(409).body("code", equalTo("PERSON_LEFT"));
        assertThat(problem(post(TestTokens.hrAdmin(), unknown, evidence("empathy", 3, "MANAGER", now)), 404))
                .isEqualTo(asManager);
        long written = QuarkusTransaction.requiringNew().call(() -> Evidence.count("employeeId in ?1",
                List.of(leaver, elsewhere.employeeId(), unknown)));
        assertThat(written).isZero();
    }

    @Test
    void aRealAndAMadeUpSupersedesIdAnswerAlikeToWhoeverMayNotCorrectIt() {
        Staff person = newPerson();
        Instant day = Instant.now().minus(Duration.ofDays(1));
        String real = post(person.managerToken(), person.employeeId(), evidence("empathy", 4, "MANAGER", day))
                .then().statusCode(201).extract().path("id");
        String madeUp = UUID.randomUUID().toString();
        String otherSkill = post(person.managerToken(), person.employeeId(), evidence("patience", 4, "MANAGER", day))
                .then().statusCode(201).extract().path("id");

        // A second manager of the team sees the person and can read the piece, but did not assert it.
        String otherManager = managerOf(person.teamId());
        Map<String, Object> expected = problem(post(otherManager, person.employeeId(), correcting(madeUp, "MANAGER")), 404);
        assertThat(expected).containsEntry("code", "NOT_FOUND");
        assertThat(problem(post(otherManager, person.employeeId(), correcting(real, "MANAGER")), 404)).isEqualTo(expected);
        assertThat(problem(post(TestTokens.employee(person.employeeId()), person.employeeId(), correcting(real, "SELF")),
                404)).isEqualTo(expected);
        assertThat(problem(post(TestTokens.employee(person.employeeId()), person.employeeId(), correcting(madeUp, "SELF")),
                404)).isEqualTo(expected);
        // Its author cannot move a piece to another skill, nor use one that does not exist.
        assertThat(problem(post(person.managerToken(), person.employeeId(), correcting(otherSkill, "MANAGER")), 404))
                .isEqualTo(expected);
        assertThat(problem(post(person.managerToken(), person.employeeId(), correcting(madeUp, "MANAGER")), 404))
                .isEqualTo(expected);
        assertThat(problem(post(TestTokens.hrAdmin(), person.employeeId(), correcting(madeUp, "MANAGER")), 404))
                .isEqualTo(expected);

        // Callers who may not act for the person get the 404 of an unknown person, whatever the id.
        String stranger = TestTokens.as("e-other-boss", "manager").managing("team-elsewhere").sign();
        String coach = TestTokens.as("e-coach", "coach").sign();
        for (String token : List.of(stranger, coach)) {
            assertThat(problem(post(token, person.employeeId(), correcting(real, "COACH")), 404))
                    .isEqualTo(problem(post(token, person.employeeId(), correcting(madeUp, "COACH")), 404));
        }

        // HR may correct anyone's piece; after that only who may correct it learns it was corrected.
        post(TestTokens.hrAdmin(), person.employeeId(), correcting(real, "MANAGER")).then().statusCode(201);
        post(person.managerToken(), person.employeeId(), correcting(real, "MANAGER"))
                .then().statusCode(409).body("code", equalTo("EVIDENCE_ALREADY_SUPERSEDED"));
        assertThat(problem(post(otherManager, person.employeeId(), correcting(real, "MANAGER")), 404)).isEqualTo(expected);
    }

    static Map<String, Object> correcting(String supersedes, String source) {
        Map<String, Object> body = evidence("empathy", 2, source, Instant.now().minus(Duration.ofHours(1)));
        body.put("supersedes", supersedes);
        return body;
    }

    @Test
    void eachServiceRecordsItsOwnSourceAboutAnyoneAndNothingElse() {
        Staff person = newPerson();
        Instant now = Instant.now();
        String coaching = TestTokens.service("coaching-service");
        String secondment = TestTokens.service("secondment-service");
        post(coaching, person.employeeId(), evidence("empathy", 3, "COACHING_SESSION", now))
                .then().statusCode(201).body("source", equalTo("COACHING_SESSION"))
                .body("assertedBy", equalTo("coaching-service"));
        post(secondment, person.employeeId(), evidence("empathy", 3, "PLACEMENT", now))
                .then().statusCode(201).body("assertedBy", equalTo("secondment-service"));
        for (String source : List.of("PLACEMENT", "COACH", "MANAGER", "PEER", "SELF")) {
            post(coaching, person.employeeId(), evidence("empathy", 3, source, now))
                    .then().statusCode(403).body("code", equalTo("SOURCE_NOT_ALLOWED"));
        }
        post(TestTokens.service("skills-service"), person.employeeId(), evidence("empathy", 3, "COACHING_SESSION", now))
                .then().statusCode(403).body("code", equalTo("SOURCE_NOT_ALLOWED"));
    }

    @Test
    void aServiceIsToldThatAPersonHasLeftSoItStopsRetrying() {
        Staff person = newPerson();
        register(person.employeeId(), person.teamId(), person.displayName(), "LEFT");
        post(TestTokens.service("coaching-service"), person.employeeId(),
                evidence("empathy", 3, "COACHING_SESSION", Instant.now()))
                .then().statusCode(409).body("code", equalTo("PERSON_LEFT"));
    }

    @Test
    void onlyHrAndTheirOwnServiceRecordCoachingSessionsAndPlacements() {
        Staff person = newPerson();
        Staff coachPerson = newPerson();
        String coach = TestTokens.as(coachPerson.employeeId(), "coach").sign();
        Instant now = Instant.now();
        for (String source : List.of("COACHING_SESSION", "PLACEMENT")) {
            post(person.managerToken(), person.employeeId(), evidence("empathy", 3, source, now))
                    .then().statusCode(403).body("code", equalTo("SOURCE_NOT_ALLOWED"));
            post(person.token(), person.employeeId(), evidence("empathy", 3, source, now))
                    .then().statusCode(403).body("code", equalTo("SOURCE_NOT_ALLOWED"));
            post(coach, coachPerson.employeeId(), evidence("empathy", 3, source, now))
                    .then().statusCode(403).body("code", equalTo("SOURCE_NOT_ALLOWED"));
            post(TestTokens.hrAdmin(), person.employeeId(), evidence("empathy", 3, source, now))
                    .then().statusCode(201).body("source", equalTo(source)).body("assertedBy", equalTo("e-hr"));
        }
    }

    @Test
    void aCoachWhoCoachesNobodyRecordsEvidenceAboutNobodyButThemselves() {
        Staff person = newPerson();
        Staff coachPerson = newPerson();
        String coach = TestTokens.as(coachPerson.employeeId(), "coach").sign();
        Instant now = Instant.now();
        Map<String, Object> asStranger = problem(
                post(TestTokens.employee("e-colleague"), person.employeeId(), evidence("empathy", 3, "SELF", now)), 404);
        assertThat(problem(post(coach, person.employeeId(), evidence("empathy", 3, "COACH", now)), 404))
                .isEqualTo(asStranger);
        assertThat(problem(post(coach, person.employeeId(), evidence("empathy", 3, "SELF", now)), 404))
                .isEqualTo(asStranger);

        post(coach, coachPerson.employeeId(), evidence("empathy", 3, "SELF", now))
                .then().statusCode(201).body("assertedBy", equalTo(coachPerson.employeeId()));
        // About themselves a coach is the person: a coach's weight on their own level would outweigh SELF.
        post(coach, coachPerson.employeeId(), evidence("empathy", 5, "COACH", now))
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
        Map<String, Object> foreign = evidence("teamwork", 3, "MANAGER", day);
        foreign.put("supersedes", second);
        as(managerOf(person.teamId())).body(foreign).post("/people/" + person.employeeId() + "/evidence")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
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
        String hr = TestTokens.hrAdmin();
        Response first = as(hr).header("Idempotency-Key", key).body(body).post("/people/" + person.employeeId() + "/evidence");
        Response second = as(hr).header("Idempotency-Key", key).body(body).post("/people/" + person.employeeId() + "/evidence");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        long rows = QuarkusTransaction.requiringNew().call(() -> Evidence.count("employeeId", person.employeeId()));
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void aRepeatedReferenceAddsNothingAndAnswersThePieceAlreadyThere() {
        Staff person = newPerson();
        String path = "/people/" + person.employeeId() + "/evidence";
        Map<String, Object> body = evidence("empathy", 4, "COACHING_SESSION", Instant.now());
        body.put("reference", "coaching-session:" + UUID.randomUUID());
        String first = as(TestTokens.hrAdmin()).body(body).post(path).then().statusCode(201).extract().path("id");
        body.put("note", "Sent again days later by the relay.");

        as(TestTokens.hrAdmin()).body(body).post(path)
                .then().statusCode(200)
                .body("id", equalTo(first))
                .body("note", equalTo("Seen on a call."));
        long rows = QuarkusTransaction.requiringNew().call(() -> Evidence.count("employeeId", person.employeeId()));
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void concurrentDeliveriesOfOneReferenceRecordItOnce() throws Exception {
        Staff person = newPerson();
        String path = "/people/" + person.employeeId() + "/evidence";
        Map<String, Object> body = evidence("empathy", 3, "PLACEMENT", Instant.now());
        body.put("reference", "placement:" + UUID.randomUUID());
        var start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return as(TestTokens.hrAdmin()).body(body).post(path).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = posts.stream().map(CompletableFuture::join).sorted().toList();

        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 200, 200, 200, 200, 201);
        long rows = QuarkusTransaction.requiringNew().call(() -> Evidence.count("employeeId", person.employeeId()));
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void aReplayReachesOnlyACallerWhoMayStillWriteAboutThePerson() {
        Staff person = newPerson();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = evidence("empathy", 3, "MANAGER", Instant.now());
        String path = "/people/" + person.employeeId() + "/evidence";
        as(person.managerToken()).header("Idempotency-Key", key).body(body).post(path).then().statusCode(201);
        PeopleFixtures.register(person.employeeId(), PeopleFixtures.newTeam(), person.displayName(), "ACTIVE");

        as(person.managerToken()).header("Idempotency-Key", key).body(body).post(path)
                .then().statusCode(404)
                .header("Idempotent-Replayed", nullValue())
                .body("code", equalTo("NOT_FOUND"));
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
        Staff coachPerson = newPerson();
        grant(coachPerson.employeeId(), person.employeeId());
        String coach = TestTokens.as(coachPerson.employeeId(), "coach").sign();
        as(coach).body(evidence("calm-under-pressure", 4, "COACH", now)).post(path).then().statusCode(201);
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
