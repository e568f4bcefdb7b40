package io.supportcoach.skills.goal;

import static io.supportcoach.skills.goal.GoalFixtures.change;
import static io.supportcoach.skills.goal.GoalFixtures.createGoal;
import static io.supportcoach.skills.goal.GoalFixtures.recordEvidence;
import static io.supportcoach.skills.goal.GoalFixtures.today;
import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.skills.assessment.EvidenceRecorded;
import io.supportcoach.testing.PeopleFixtures.Staff;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** Evidence that reaches a goal's target achieves it, in the transaction that stores the evidence. */
@QuarkusTest
class GoalAchievementTest {

    @Inject
    EntityManager entityManager;

    @Inject
    Event<EvidenceRecorded> recorded;

    @Test
    void evidenceReachingTheTargetAchievesTheGoalAndBelowItShowsProgress() {
        Staff person = newPerson();
        String goals = "/people/" + person.employeeId() + "/goals/";
        recordEvidence(entityManager, recorded, person.employeeId(), "empathy", 2);
        String toThree = createGoal(person, "empathy", 3, today().plusDays(90));
        String toFive = createGoal(person, "empathy", 5, today().plusDays(90));
        as(person.token()).get(goals + toFive).then().statusCode(200)
                .body("baselineLevel", equalTo(2.0f)).body("currentLevel", equalTo(2.0f)).body("progress", equalTo(0.0f));

        // Two fresh coach observations, 2 and 4, weigh the same: the level is 3.0.
        recordEvidence(entityManager, recorded, person.employeeId(), "empathy", 4);

        as(person.token()).get(goals + toThree).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("ACHIEVED"))
                .body("currentLevel", equalTo(3.0f))
                .body("progress", equalTo(1.0f))
                .body("achievedAt", notNullValue())
                .body("updatedBy", equalTo("system"))
                .body("createdBy", equalTo("e-hr"));
        // (3.0 − 2.0) ÷ (5 − 2.0) = 0.33
        as(person.token()).get(goals + toFive).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("ACTIVE"))
                .body("currentLevel", equalTo(3.0f))
                .body("progress", equalTo(0.33f))
                .body("achievedAt", nullValue());
        as(person.token()).queryParam("status", "ACHIEVED").get("/people/" + person.employeeId() + "/goals")
                .then().statusCode(200).body("items.id", equalTo(List.of(toThree)));
    }

    @Test
    void anAchievedGoalNoLongerChanges() {
        Staff person = newPerson();
        String path = "/people/" + person.employeeId() + "/goals/" + createGoal(person, "patience", 2, today().plusDays(9));
        recordEvidence(entityManager, recorded, person.employeeId(), "patience", 2);
        as(person.token()).get(path).then().statusCode(200).body("status", equalTo("ACHIEVED"));
        as(person.token()).header("If-Match", "\"1\"").body(change(3, today().plusDays(9), null, "ACTIVE")).put(path)
                .then().statusCode(409).body("code", equalTo("GOAL_ACHIEVED"));
        as(person.token()).header("If-Match", "\"1\"").body(change(2, today().plusDays(9), null, "DROPPED")).put(path)
                .then().statusCode(409).body("code", equalTo("GOAL_ACHIEVED"));
        // A later, lower level leaves the achievement standing.
        recordEvidence(entityManager, recorded, person.employeeId(), "patience", 1);
        as(person.token()).get(path).then().statusCode(200)
                .body("status", equalTo("ACHIEVED")).body("progress", equalTo(1.0f)).body("currentLevel", equalTo(1.5f));
    }

    @Test
    void evidenceInAnotherSkillOrForAnotherPersonLeavesTheGoalAlone() {
        Staff person = newPerson();
        Staff colleague = newPerson(person.teamId(), "Colleague");
        String path = "/people/" + person.employeeId() + "/goals/" + createGoal(person, "teamwork", 2, today());
        recordEvidence(entityManager, recorded, person.employeeId(), "empathy", 5);
        recordEvidence(entityManager, recorded, colleague.employeeId(), "teamwork", 5);
        as(person.token()).get(path).then().statusCode(200)
                .header("ETag", "\"0\"").body("status", equalTo("ACTIVE")).body("currentLevel", nullValue())
                .body("progress", equalTo(0.0f));
    }

    @Test
    void aGoalSetWhileEvidenceIsBeingStoredWaitsForItAndSeesTheNewLevel() throws Exception {
        Staff person = newPerson();
        var stored = new CountDownLatch(1);
        CompletableFuture<Void> evidence = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            UUID skillId = (UUID) entityManager.createNativeQuery("select id from skill where code = 'empathy'")
                    .getSingleResult();
            entityManager.createNativeQuery("""
                    insert into evidence (id, employee_id, skill_id, level, source, asserted_by, observed_at, note)
                    values (?1, ?2, ?3, 4, 'COACH', 'e-test-coach', now(), 'Seen in a test.')""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, person.employeeId()).setParameter(3, skillId)
                    .executeUpdate();
            recorded.fire(new EvidenceRecorded(person.employeeId(), skillId));
            stored.countDown();
            // Commits only once the goal request waits for the person's row, so the two really overlap.
            awaitAnotherSessionBlockedByThisOne();
        }));
        await(stored);
        CompletableFuture<Integer> goal = CompletableFuture.supplyAsync(() -> as(person.token())
                .body(GoalFixtures.goal("empathy", 3, today())).post("/people/" + person.employeeId() + "/goals")
                .statusCode());
        evidence.get(30, TimeUnit.SECONDS);
        // Without waiting, the goal would have been measured against no evidence and set below the level.
        assertThat(goal.get(30, TimeUnit.SECONDS)).isEqualTo(409);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls PostgreSQL until another session waits for a lock that this session's transaction holds. */
    private void awaitAnotherSessionBlockedByThisOne() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
        while (((Number) entityManager.createNativeQuery(
                "select count(*) from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))")
                .getSingleResult()).longValue() == 0) {
            assertThat(System.nanoTime()).as("the goal request waits for the person's row").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }
}
