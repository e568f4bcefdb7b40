package io.supportcoach.skills.goal;

import static io.supportcoach.skills.goal.GoalFixtures.createGoal;
import static io.supportcoach.skills.goal.GoalFixtures.today;
import static io.supportcoach.skills.relation.CoachingRelationFixtures.grant;
import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.Requests.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.PeopleFixtures.Staff;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The whole path: evidence posted through its endpoint moves a goal to ACHIEVED in the same request. */
@QuarkusTest
class GoalThroughEvidenceEndpointTest {

    private static Map<String, Object> coachEvidence(int level) {
        return Map.of("skill", "patience", "level", level, "source", "COACH", "observedAt", Instant.now().toString());
    }

    @Test
    void evidenceReachingTheTargetAchievesTheGoal() {
        Staff person = newPerson();
        String goal = createGoal(person, "patience", 3, today().plusMonths(3));
        Staff coachPerson = newPerson();
        grant(coachPerson.employeeId(), person.employeeId());
        String coach = TestTokens.as(coachPerson.employeeId(), "coach").sign();
        String path = "/people/" + person.employeeId();

        as(coach).body(coachEvidence(2)).post(path + "/evidence").then().statusCode(201);
        // One coach observation of 2 against a target of 3 from a baseline of 0: progress 2 ÷ 3 = 0.67.
        as(person.token()).get(path + "/goals/" + goal)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("progress", equalTo(0.67f));

        as(coach).body(coachEvidence(4)).post(path + "/evidence").then().statusCode(201);
        // Two observations, 2 and 4, equally weighted: 3.0, which meets the target.
        as(person.token()).get(path + "/goals/" + goal)
                .then().statusCode(200)
                .body("status", equalTo("ACHIEVED"))
                .body("progress", equalTo(1.0f))
                .body("achievedAt", notNullValue())
                .body("updatedBy", equalTo("system"));
    }
}
