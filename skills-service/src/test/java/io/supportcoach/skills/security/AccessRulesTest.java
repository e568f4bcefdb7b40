package io.supportcoach.skills.security;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.AccessMatrix;
import org.junit.jupiter.api.Test;

/** Who may call what in skills-service, for every operation, every role and every kind of bad token. */
@QuarkusTest
class AccessRulesTest {

    private static final String[] EVERYONE = { "hr-admin", "manager", "coach", "employee" };
    private static final String HR = "hr-admin";

    private static AccessMatrix matrix() {
        String person = "{\"displayName\":\"Matrix Person\",\"email\":\"m@example.org\",\"teamId\":\"team-matrix\",\"status\":\"ACTIVE\"}";
        return new AccessMatrix()
                .row("GET", "/skills", "/skills", EVERYONE)
                .row("POST", "/skills", "/skills", HR)
                .row("GET", "/skills/{idOrCode}", "/skills/empathy", EVERYONE)
                .row("PUT", "/skills/{idOrCode}", "/skills/empathy", HR)
                .row("POST", "/skills/{idOrCode}/retire", "/skills/empathy/retire", HR)
                .row("GET", "/categories", "/categories", EVERYONE)
                .row("POST", "/categories", "/categories", HR)
                .row("GET", "/categories/{code}", "/categories/communication", EVERYONE)
                .row("PUT", "/categories/{code}", "/categories/communication", HR)
                .row("GET", "/catalogue/export", "/catalogue/export", EVERYONE)
                .rowWithBody("POST", "/catalogue/import", "/catalogue/import", "text/csv", "code\n", HR)
                .row("GET", "/people", "/people", HR, "manager")
                .rowWithBody("PUT", "/people/{employeeId}", "/people/e-matrix-target", "application/json", person, HR)
                .row("GET", "/people/{employeeId}", "/people/e-matrix-target", EVERYONE)
                .row("POST", "/people/batch", "/people/batch", HR)
                .row("GET", "/audit-events", "/audit-events", HR)
                .row("POST", "/people/{employeeId}/goals", "/people/e-matrix-target/goals", HR, "manager", "employee")
                .row("GET", "/people/{employeeId}/goals", "/people/e-matrix-target/goals", EVERYONE)
                .row("GET", "/people/{employeeId}/goals/{goalId}",
                        "/people/e-matrix-target/goals/00000000-0000-4000-8000-000000000000", EVERYONE)
                .row("PUT", "/people/{employeeId}/goals/{goalId}",
                        "/people/e-matrix-target/goals/00000000-0000-4000-8000-000000000000", HR, "manager", "employee")
                .row("GET", "/teams/{teamId}/goals", "/teams/team-matrix/goals", HR, "manager")
                .row("GET", "/teams/{teamId}/matrix", "/teams/team-matrix/matrix?skills=empathy", HR, "manager")
                .row("POST", "/skill-matrices", "/skill-matrices", HR, "manager")
                .row("GET", "/role-profiles", "/role-profiles", EVERYONE)
                .row("POST", "/role-profiles", "/role-profiles", HR)
                .row("GET", "/role-profiles/{id}", "/role-profiles/00000000-0000-4000-8000-000000000000", EVERYONE)
                .row("PUT", "/role-profiles/{id}", "/role-profiles/00000000-0000-4000-8000-000000000000", HR)
                .row("POST", "/role-profiles/{id}/fit", "/role-profiles/00000000-0000-4000-8000-000000000000/fit", HR,
                        "manager")
                .row("POST", "/fit-rankings", "/fit-rankings", HR, "manager")
                .row("GET", "/people/{employeeId}/gaps",
                        "/people/e-matrix-target/gaps?roleProfile=00000000-0000-4000-8000-000000000000", EVERYONE)
                .row("POST", "/people/{employeeId}/evidence", "/people/e-matrix-target/evidence", EVERYONE)
                .row("GET", "/people/{employeeId}/evidence", "/people/e-matrix-target/evidence", EVERYONE)
                .row("GET", "/people/{employeeId}/evidence/{evidenceId}",
                        "/people/e-matrix-target/evidence/00000000-0000-4000-8000-000000000000", EVERYONE)
                .row("GET", "/people/{employeeId}/profile", "/people/e-matrix-target/profile", EVERYONE)
                .row("GET", "/people/{employeeId}/skills/{skill}/history",
                        "/people/e-matrix-target/skills/empathy/history", EVERYONE);
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
