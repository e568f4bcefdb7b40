package io.supportcoach.skills.goal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import io.supportcoach.skills.assessment.EvidenceRecorded;
import io.supportcoach.testing.TestTokens;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

/** People, goal bodies and evidence for goal and team tests; every test makes its own. */
public final class GoalFixtures {

    private GoalFixtures() {
    }

    /** A person of the register, and a token of a manager of their team. */
    public record Staff(String employeeId, String teamId, String displayName, String managerToken) {

        public String token() {
            return TestTokens.employee(employeeId);
        }
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    public static String newTeam() {
        return "team-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Staff newPerson() {
        return newPerson(newTeam(), "Dana Okafor");
    }

    public static Staff newPerson(String teamId, String displayName) {
        return newPerson("e-" + UUID.randomUUID().toString().substring(0, 8), teamId, displayName);
    }

    public static Staff newPerson(String employeeId, String teamId, String displayName) {
        putPerson(employeeId, teamId, displayName, "ACTIVE");
        return new Staff(employeeId, teamId, displayName,
                TestTokens.as("e-boss-" + teamId, "manager").managing(teamId).sign());
    }

    public static void putPerson(String employeeId, String teamId, String displayName, String status) {
        as(TestTokens.hrAdmin()).body(Map.of("displayName", displayName, "email", employeeId + "@example.org",
                "teamId", teamId, "status", status)).put("/people/" + employeeId).then().statusCode(anyOf(is(200), is(201)));
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static Map<String, Object> goal(String skill, int targetLevel, LocalDate dueDate) {
        var body = new HashMap<String, Object>();
        body.put("skill", skill);
        body.put("targetLevel", targetLevel);
        body.put("dueDate", dueDate.toString());
        body.put("why", "Lead the bridge calls of major incidents.");
        return body;
    }

    public static Map<String, Object> change(int targetLevel, LocalDate dueDate, String why, String status) {
        var body = new HashMap<String, Object>();
        body.put("targetLevel", targetLevel);
        body.put("dueDate", dueDate.toString());
        body.put("why", why);
        body.put("status", status);
        return body;
    }

    /** Creates a goal as HR and answers its id. */
    public static String createGoal(Staff person, String skill, int targetLevel, LocalDate dueDate) {
        return as(TestTokens.hrAdmin()).body(goal(skill, targetLevel, dueDate))
                .post("/people/" + person.employeeId() + "/goals").then().statusCode(201).extract().path("id");
    }

    /**
     * Stores a fresh COACH observation, so that on its own it estimates exactly its level, and fires
     * {@link EvidenceRecorded} in the same transaction, as the evidence endpoint does.
     */
    public static void recordEvidence(EntityManager entityManager, Event<EvidenceRecorded> recorded, String employeeId,
            String skillCode, int level) {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID skillId = (UUID) entityManager.createNativeQuery("select id from skill where code = ?1")
                    .setParameter(1, skillCode).getSingleResult();
            entityManager.createNativeQuery("""
                    insert into evidence (id, employee_id, skill_id, level, source, asserted_by, observed_at, note)
                    values (?1, ?2, ?3, ?4, 'COACH', 'e-test-coach', now(), 'Seen in a test.')""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, employeeId).setParameter(3, skillId)
                    .setParameter(4, (short) level).executeUpdate();
            recorded.fire(new EvidenceRecorded(employeeId, skillId));
        });
    }
}
