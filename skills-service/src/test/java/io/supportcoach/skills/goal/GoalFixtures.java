package io.supportcoach.skills.goal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.supportcoach.skills.assessment.EvidenceRecorded;
import io.supportcoach.testing.PeopleFixtures;
import io.supportcoach.testing.Requests;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

/** People, goal bodies and evidence for goal and team tests; every test makes its own. */
public final class GoalFixtures {

    private GoalFixtures() {
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
    public static String createGoal(PeopleFixtures.Staff person, String skill, int targetLevel, LocalDate dueDate) {
        return Requests.asHr().body(goal(skill, targetLevel, dueDate))
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
