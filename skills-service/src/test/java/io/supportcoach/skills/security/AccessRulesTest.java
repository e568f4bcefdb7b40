package io.supportcoach.skills.security;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.AccessMatrix;
import org.junit.jupiter.api.Test;

/** Who may call what in skills-service, for every operation, every role and every kind of bad token. */
@QuarkusTest
class AccessRulesTest {

    private static final String[] EVERYONE = { "hr-admin", "manager", "coach", "employee" };
    private static final String[] EVERYONE_AND_SERVICES = { "hr-admin", "manager", "coach", "employee", "service" };
    private static final String HR = "hr-admin";

    private static AccessMatrix matrix() {
        String person = "{\"displayName\":\"Matrix Person\",\"email\":\"m@example.org\",\"teamId\":\"team-matrix\",\"status\":\"ACTIVE\"}";
        return new AccessMatrix()
                .row("GET", "/outbox-messages", "/outbox-messages", HR).answers(200)
                .row("GET", "/outbox-messages/{id}", "/outbox-messages/00000000-0000-4000-8000-000000000000", HR)
                        .answers(404)
                .row("POST", "/outbox-messages/{id}/retry", "/outbox-messages/00000000-0000-4000-8000-000000000000/retry",
                        HR).answers(404)
                .row("POST", "/outbox-messages/{id}/discard",
                        "/outbox-messages/00000000-0000-4000-8000-000000000000/discard", HR).answers(404)
                .row("GET", "/skills", "/skills", EVERYONE_AND_SERVICES).answers(200)
                .row("POST", "/skills", "/skills", HR).answers(400)
                .row("GET", "/skills/{idOrCode}", "/skills/empathy", EVERYONE_AND_SERVICES).answers(200)
                .row("PUT", "/skills/{idOrCode}", "/skills/empathy", HR).answers(400)
                .row("POST", "/skills/{idOrCode}/retire", "/skills/empathy/retire", HR).answers(400)
                .row("GET", "/categories", "/categories", EVERYONE).answers(200)
                .row("POST", "/categories", "/categories", HR).answers(400)
                .row("GET", "/categories/{code}", "/categories/communication", EVERYONE).answers(200)
                .row("PUT", "/categories/{code}", "/categories/communication", HR).answers(400)
                .row("GET", "/catalogue/export", "/catalogue/export", EVERYONE).answers(200)
                .rowWithBody("POST", "/catalogue/import", "/catalogue/import", "text/csv", "code\n", HR).answers(400)
                .row("GET", "/people", "/people", HR, "manager").answers(200)
                .rowWithBody("PUT", "/people/{employeeId}", "/people/e-matrix-target", "application/json", person, HR)
                        .answers(201, 200)
                .row("GET", "/people/{employeeId}", "/people/e-matrix-nobody", EVERYONE_AND_SERVICES).answers(404)
                .row("POST", "/people/batch", "/people/batch", HR).answers(400)
                .row("GET", "/audit-events", "/audit-events", HR).answers(200)
                .row("POST", "/people/{employeeId}/goals", "/people/e-matrix-nobody/goals", HR, "manager", "employee")
                        .answers(400)
                .row("GET", "/people/{employeeId}/goals", "/people/e-matrix-nobody/goals", EVERYONE_AND_SERVICES).answers(404)
                .row("GET", "/people/{employeeId}/goals/{goalId}",
                        "/people/e-matrix-nobody/goals/00000000-0000-4000-8000-000000000000", EVERYONE_AND_SERVICES).answers(404)
                .row("PUT", "/people/{employeeId}/goals/{goalId}",
                        "/people/e-matrix-nobody/goals/00000000-0000-4000-8000-000000000000", HR, "manager", "employee")
                        .answers(400)
                .row("GET", "/teams/{teamId}/goals", "/teams/team-matrix/goals", HR, "manager").answers(200)
                .row("GET", "/teams/{teamId}/matrix", "/teams/team-matrix/matrix?skills=empathy", HR, "manager")
                        .answers(200)
                .row("POST", "/skill-matrices", "/skill-matrices", HR, "manager").answers(400)
                .row("GET", "/role-profiles", "/role-profiles", EVERYONE).answers(200)
                .row("POST", "/role-profiles", "/role-profiles", HR).answers(400)
                .row("GET", "/role-profiles/{id}", "/role-profiles/00000000-0000-4000-8000-000000000000", EVERYONE)
                        .answers(404)
                .row("PUT", "/role-profiles/{id}", "/role-profiles/00000000-0000-4000-8000-000000000000", HR)
                        .answers(400)
                .row("POST", "/role-profiles/{id}/fit", "/role-profiles/00000000-0000-4000-8000-000000000000/fit", HR,
                        "manager").answers(400)
                .row("POST", "/fit-rankings", "/fit-rankings", HR, "manager").answers(400)
                .row("GET", "/people/{employeeId}/gaps",
                        "/people/e-matrix-nobody/gaps?roleProfile=00000000-0000-4000-8000-000000000000", EVERYONE_AND_SERVICES)
                        .answers(404)
                .row("POST", "/people/{employeeId}/evidence", "/people/e-matrix-nobody/evidence", EVERYONE_AND_SERVICES).answers(400)
                .row("GET", "/people/{employeeId}/evidence", "/people/e-matrix-nobody/evidence", EVERYONE).answers(404)
                .row("GET", "/people/{employeeId}/evidence/{evidenceId}",
                        "/people/e-matrix-nobody/evidence/00000000-0000-4000-8000-000000000000", EVERYONE).answers(404)
                .row("GET", "/people/{employeeId}/profile", "/people/e-matrix-nobody/profile", EVERYONE_AND_SERVICES).answers(404)
                .row("PUT", "/coaching-relations/{reference}", "/coaching-relations/session:matrix", "service")
                        .answers(400)
                .rowWithBody("DELETE", "/coaching-relations/{reference}", "/coaching-relations/session:matrix", null,
                        null, "service").answers(204)
                .row("GET", "/people/{employeeId}/skills/{skill}/history",
                        "/people/e-matrix-nobody/skills/empathy/history", EVERYONE).answers(404);
    }

    @Test
    void everyOperationHasARowInTheMatrix() {
        matrix().assertCoversEveryOperation();
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() {
        AccessMatrix.assertEveryResourceMethodDeclaresAccess();
    }

    @Test
    void rolesAndTokensGetTheAnswersTheMatrixSays() {
        matrix().assertRolesAreEnforced();
    }
}
