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
    private static final String SOME_SESSION = "/coaching-sessions/00000000-0000-4000-8000-000000000000";
    /** Managers are left out of sessions until this service knows whose teams they manage. */
    private static final String[] SESSION_READERS = { HR, "coach", "employee" };
    private static final String[] SESSION_RUNNERS = { HR, "coach" };

    private static AccessMatrix matrix() {
        return new AccessMatrix()
                .row("GET", "/outbox-messages", "/outbox-messages", HR).answers(200)
                .row("GET", "/outbox-messages/{id}", "/outbox-messages/00000000-0000-4000-8000-000000000000", HR)
                        .answers(404)
                .row("POST", "/outbox-messages/{id}/retry", "/outbox-messages/00000000-0000-4000-8000-000000000000/retry",
                        HR).answers(404)
                .row("POST", "/outbox-messages/{id}/discard",
                        "/outbox-messages/00000000-0000-4000-8000-000000000000/discard", HR).answers(404)
                .row("POST", "/people-changes", "/people-changes", "service").answers(400)
                .row("GET", "/coaches", "/coaches", EVERYONE).answers(200)
                .row("POST", "/coaches", "/coaches", HR).answers(400)
                .row("GET", "/coaches/{id}", SOME_ID, EVERYONE).answers(404)
                .row("PUT", "/coaches/{id}", SOME_ID, HR).answers(400)
                .row("GET", "/coaching-sessions", "/coaching-sessions", SESSION_READERS).answers(200)
                .row("POST", "/coaching-sessions", "/coaching-sessions", SESSION_RUNNERS).answers(400)
                .row("GET", "/coaching-sessions/{id}", SOME_SESSION, SESSION_READERS).answers(404)
                .row("POST", "/coaching-sessions/{id}/reschedule", SOME_SESSION + "/reschedule", SESSION_READERS)
                        .answers(400)
                .row("POST", "/coaching-sessions/{id}/cancel", SOME_SESSION + "/cancel", SESSION_READERS).answers(400)
                .row("POST", "/coaching-sessions/{id}/no-show", SOME_SESSION + "/no-show", SESSION_RUNNERS)
                        .answers(404)
                .row("POST", "/coaching-sessions/{id}/complete", SOME_SESSION + "/complete", SESSION_RUNNERS)
                        .answers(400);
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
