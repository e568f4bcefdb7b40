package io.supportcoach.coaching.security;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.AccessMatrix;
import org.junit.jupiter.api.Test;

/** Who may call what in coaching-service, for every operation, every role and every kind of bad token. */
@QuarkusTest
class AccessRulesTest {

    private static final String[] EVERYONE = { "hr-admin", "manager", "coach", "employee" };
    private static final String HR = "hr-admin";
    private static final String SOME_ID = "/coaches/00000000-0000-4000-8000-000000000000";

    private static AccessMatrix matrix() {
        return new AccessMatrix()
                .row("GET", "/coaches", "/coaches", EVERYONE)
                .row("POST", "/coaches", "/coaches", HR)
                .row("GET", "/coaches/{id}", SOME_ID, EVERYONE)
                .row("PUT", "/coaches/{id}", SOME_ID, HR);
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
