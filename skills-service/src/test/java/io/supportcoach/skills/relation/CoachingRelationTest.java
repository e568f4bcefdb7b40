package io.supportcoach.skills.relation;

import static io.supportcoach.skills.relation.CoachingRelationFixtures.delete;
import static io.supportcoach.skills.relation.CoachingRelationFixtures.grant;
import static io.supportcoach.skills.relation.CoachingRelationFixtures.newReference;
import static io.supportcoach.skills.relation.CoachingRelationFixtures.put;
import static io.supportcoach.skills.relation.CoachingRelationFixtures.relation;
import static io.supportcoach.skills.relation.CoachingRelationFixtures.revoke;
import static io.supportcoach.testing.PeopleFixtures.newEmployeeId;
import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.Requests.as;
import static io.supportcoach.testing.Requests.asHr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
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
import io.restassured.response.Response;
import io.supportcoach.skills.audit.AuditEvent;
import io.supportcoach.testing.PeopleFixtures.Staff;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A coach reads about and writes COACH evidence for the people coaching-service says they coach now, and for
 * nobody else: without a relation, after it expired and once it is revoked, the coachee is a stranger (404).
 */
@QuarkusTest
class CoachingRelationTest {

    /** Every read a coach may make about a person, by path; the gaps need a role profile of their own. */
    private static List<String> reads(String employeeId, String roleProfile) {
        return List.of("/people/" + employeeId, "/people/" + employeeId + "/profile",
                "/people/" + employeeId + "/goals", "/people/" + employeeId + "/evidence",
                "/people/" + employeeId + "/skills/empathy/history",
                "/people/" + employeeId + "/gaps?roleProfile=" + roleProfile);
    }

    private static String newRoleProfile() {
        return asHr().body(Map.of("name", "Coachee view " + newEmployeeId(), "description", "Made by a relation test.",
                "skills", List.of(Map.of("skill", "empathy", "targetLevel", 3))))
                .post("/role-profiles").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> coachEvidence(int level) {
        var body = new HashMap<String, Object>();
        body.put("skill", "empathy");
        body.put("level", level);
        body.put("source", "COACH");
        body.put("observedAt", Instant.now().toString());
        body.put("note", "Calm with an angry caller in role play.");
        return body;
    }

    private static Response recordEvidence(String token, String employeeId, Map<String, Object> body) {
        return as(token).body(body).post("/people/" + employeeId + "/evidence");
    }

    /** The problem body without what differs on every request, and without the id, which differs per person. */
    private static Map<String, Object> problem(Response response) {
        Map<String, Object> problem = new HashMap<>(response.then().statusCode(404).extract().jsonPath().getMap("$"));
        problem.remove("instance");
        problem.remove("traceId");
        problem.remove("detail");
        return problem;
    }

    private static void assertStranger(String coach, String coachee, String roleProfile) {
        String unknown = newEmployeeId();
        for (String path : reads(coachee, roleProfile)) {
            Map<String, Object> asStranger = problem(as(coach).get(path));
            assertThat(asStranger).as(path).isEqualTo(problem(asHr().get(path.replace(coachee, unknown))));
        }
        assertThat(recordEvidence(coach, coachee, coachEvidence(3)).then().statusCode(404).extract().jsonPath()
                .getString("detail"))
                .isEqualTo(recordEvidence(coach, unknown, coachEvidence(3)).then().statusCode(404).extract().jsonPath()
                        .getString("detail"));
    }

    @Test
    void aCoachWithoutARelationGetsTheAnswerOfAStranger() {
        Staff coachee = newPerson();
        Staff coachPerson = newPerson();
        String coach = TestTokens.as(coachPerson.employeeId(), "coach").sign();
        // A relation of another coach to this coachee gives this coach nothing.
        grant(newEmployeeId(), coachee.employeeId());

        assertStranger(coach, coachee.employeeId(), newRoleProfile());
    }

    @Test
    void aCoachReadsAboutTheirCoacheeAndRecordsCoachEvidenceOnly() {
        Staff coachee = newPerson();
        Staff coachPerson = newPerson();
        String coach = TestTokens.as(coachPerson.employeeId(), "coach").sign();
        String roleProfile = newRoleProfile();
        grant(coachPerson.employeeId(), coachee.employeeId(), Instant.now().plus(Duration.ofDays(365)));

        recordEvidence(coach, coachee.employeeId(), coachEvidence(4))
                .then().statusCode(201).body("source", equalTo("COACH"))
                .body("assertedBy", equalTo(coachPerson.employeeId()));
        for (String path : reads(coachee.employeeId(), roleProfile)) {
            as(coach).get(path).then().statusCode(200);
        }
        as(coach).get("/people/" + coachee.employeeId() + "/profile")
                .then().body("skills.find { it.skill == 'empathy' }.evidenceCount", equalTo(1));
        for (String source : List.of("MANAGER", "PEER", "SELF", "COACHING_SESSION")) {
            var body = coachEvidence(3);
            body.put("source", source);
            recordEvidence(coach, coachee.employeeId(), body)
                    .then().statusCode(403).body("code", equalTo("SOURCE_NOT_ALLOWED"));
        }
    }

    @Test
    void coachingGivesNoSayOverGoalsEvenToACoachWhoIsAlsoAnEmployee() {
        Staff coachee = newPerson();
        Staff coachPerson = newPerson();
        String coach = TestTokens.as(coachPerson.employeeId(), "coach", "employee").sign();
        grant(coachPerson.employeeId(), coachee.employeeId());
        String goals = "/people/" + coachee.employeeId() + "/goals";

        as(coach).get(goals).then().statusCode(200);
        as(coach).body(Map.of("skill", "empathy", "targetLevel", 4, "dueDate", "2099-01-01")).post(goals)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void anExpiredRelationGivesNothing() {
        Staff coachee = newPerson();
        Staff coachPerson = newPerson();
        String coach = TestTokens.as(coachPerson.employeeId(), "coach").sign();
        grant(coachPerson.employeeId(), coachee.employeeId(), Instant.now().minus(Duration.ofMinutes(1)));

        assertStranger(coach, coachee.employeeId(), newRoleProfile());
    }

    @Test
    void aRevokedRelationEndsAccessAtOnceUnlessAnotherStillHolds() {
        Staff coachee = newPerson();
        Staff coachPerson = newPerson();
        String coach = TestTokens.as(coachPerson.employeeId(), "coach").sign();
        String enrolment = "enrolment:" + UUID.randomUUID();
        put(enrolment, relation(coachPerson.employeeId(), coachee.employeeId(), null)).then().statusCode(201);
        String session = grant(coachPerson.employeeId(), coachee.employeeId(), Instant.now().plus(Duration.ofDays(30)));
        String profile = "/people/" + coachee.employeeId() + "/profile";
        as(coach).get(profile).then().statusCode(200);

        revoke(enrolment);
        as(coach).get(profile).then().statusCode(200);
        revoke(session);
        assertStranger(coach, coachee.employeeId(), newRoleProfile());
        // Revoking again, or what was never granted, is the same answer, and the trail tells each revocation once.
        delete(session).then().statusCode(204);
        delete(newReference()).then().statusCode(204);
        List<AuditEvent> trail = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "subjectType = 'coaching-relation' and subjectId in ?1", List.of(enrolment, session)));
        assertThat(trail).extracting(event -> event.action).containsOnly("COACHING_RELATION_REVOKED");
        assertThat(trail).extracting(event -> event.subjectId).containsExactlyInAnyOrder(enrolment, session);
        assertThat(trail).extracting(event -> event.actor).containsOnly("coaching-service");
    }

    @Test
    void aRedeliveredGrantChangesNothingAndALaterOneReplacesIt() {
        String coachId = newEmployeeId();
        String coacheeId = newEmployeeId();
        String reference = newReference();
        Instant until = Instant.parse("2031-05-01T10:00:00Z");

        long version = put(reference, relation(coachId, coacheeId, until)).then().statusCode(201)
                .header("Location", endsWith("/coaching-relations/" + reference))
                .body("reference", equalTo(reference)).body("coachId", equalTo(coachId))
                .body("coacheeId", equalTo(coacheeId)).body("validUntil", equalTo("2031-05-01T10:00:00Z"))
                .body("createdBy", equalTo("coaching-service")).extract().jsonPath().getLong("version");
        put(reference, relation(coachId, coacheeId, until)).then().statusCode(200)
                .body("version", equalTo((int) version));
        put(reference, relation(coachId, coacheeId, null)).then().statusCode(200)
                .body("version", equalTo((int) version + 1)).body("validUntil", nullValue());

        long rows = QuarkusTransaction.requiringNew().call(() -> CoachingRelation.count("reference", reference));
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void onlyCoachingServiceSaysWhoCoachesWhom() {
        String reference = newReference();
        as(TestTokens.service("secondment-service")).body(relation(newEmployeeId(), newEmployeeId(), null))
                .put("/coaching-relations/" + reference).then().statusCode(403);
        as(TestTokens.service("secondment-service")).delete("/coaching-relations/" + reference)
                .then().statusCode(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> CoachingRelation.count("reference", reference)))
                .isZero();
    }

    @Test
    void malformedRelationsAreRefused() {
        String someone = newEmployeeId();
        put(newReference(), relation(someone, someone, null)).then().statusCode(400)
                .body("errors[0].field", equalTo("coacheeId")).body("errors[0].code", equalTo("IS_THE_COACH"));
        put("no-colon", relation(someone, newEmployeeId(), null)).then().statusCode(400);
        put(newReference(), relation("not an id", newEmployeeId(), null)).then().statusCode(400)
                .body("errors[0].field", equalTo("coachId"));
    }
}
