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
    private static final String SOME_PROGRAMME = "/programmes/00000000-0000-4000-8000-000000000000";
    private static final String SOME_ENROLMENT = "/enrolments/00000000-0000-4000-8000-000000000000";
    /** Enrolments are seen by HR, their coach and their employee; managers have no view of them. */
    private static final String[] ENROLMENT_READERS = { HR, "coach", "employee" };
    private static final String SOME_SESSION = "/coaching-sessions/00000000-0000-4000-8000-000000000000";
    private static final String SOME_SCENARIO = "/scenarios/00000000-0000-4000-8000-000000000000";
    /** A manager schedules for their teams' people and reads those sessions, but runs none of them. */
    private static final String[] SESSION_READERS = EVERYONE;
    private static final String[] SESSION_ATTENDEES = { HR, "coach", "employee" };
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
                .row("GET", "/coaches/{id}/coachees", SOME_ID + "/coachees", HR).answers(404)
                .row("GET", "/programmes", "/programmes", EVERYONE).answers(200)
                .row("POST", "/programmes", "/programmes", HR).answers(400)
                .row("GET", "/programmes/{id}", SOME_PROGRAMME, EVERYONE).answers(404)
                .row("PUT", "/programmes/{id}", SOME_PROGRAMME, HR).answers(400)
                .row("POST", "/programmes/{id}/enrolments", SOME_PROGRAMME + "/enrolments", HR).answers(400)
                .row("GET", "/programmes/{id}/enrolments", SOME_PROGRAMME + "/enrolments", ENROLMENT_READERS)
                        .answers(404)
                .row("GET", "/enrolments/{id}", SOME_ENROLMENT, ENROLMENT_READERS).answers(404)
                .row("POST", "/enrolments/{id}/accept", SOME_ENROLMENT + "/accept", ENROLMENT_READERS).answers(404)
                .row("POST", "/enrolments/{id}/complete", SOME_ENROLMENT + "/complete", ENROLMENT_READERS).answers(404)
                .row("POST", "/enrolments/{id}/withdraw", SOME_ENROLMENT + "/withdraw", ENROLMENT_READERS).answers(404)
                .row("GET", "/coaching-sessions", "/coaching-sessions", SESSION_READERS).answers(200)
                .row("POST", "/coaching-sessions", "/coaching-sessions", SESSION_READERS).answers(400)
                .row("GET", "/coaching-sessions/{id}", SOME_SESSION, SESSION_READERS).answers(404)
                .row("POST", "/coaching-sessions/{id}/reschedule", SOME_SESSION + "/reschedule", SESSION_ATTENDEES)
                        .answers(400)
                .row("POST", "/coaching-sessions/{id}/cancel", SOME_SESSION + "/cancel", SESSION_ATTENDEES)
                        .answers(400)
                .row("POST", "/coaching-sessions/{id}/confirm", SOME_SESSION + "/confirm", SESSION_RUNNERS)
                        .answers(404)
                .row("POST", "/coaching-sessions/{id}/decline", SOME_SESSION + "/decline", SESSION_RUNNERS)
                        .answers(400)
                .row("POST", "/coaching-sessions/{id}/no-show", SOME_SESSION + "/no-show", SESSION_RUNNERS)
                        .answers(404)
                .row("POST", "/coaching-sessions/{id}/complete", SOME_SESSION + "/complete", SESSION_RUNNERS)
                        .answers(400)
                .row("POST", "/coaching-sessions/{id}/coachee-feedback", SOME_SESSION + "/coachee-feedback",
                        SESSION_ATTENDEES).answers(400)
                .row("GET", "/scenarios", "/scenarios", EVERYONE).answers(200)
                .row("POST", "/scenarios", "/scenarios", HR).answers(400)
                .row("GET", "/scenarios/{id}", SOME_SCENARIO, EVERYONE).answers(404)
                .row("PUT", "/scenarios/{id}", SOME_SCENARIO, HR).answers(400)
                .row("GET", "/scenarios/{id}/rubric", SOME_SCENARIO + "/rubric", EVERYONE).answers(404)
                // HR makes anyone's feed; everyone else only their own, and this is someone else's.
                .rowWithBody("POST", "/people/{employeeId}/calendar-feed", "/people/e-someone-else/calendar-feed", null,
                        null, EVERYONE).answers(201, 404)
                // An employee matches only themself; HR and managers reach the programme check, and it is unknown.
                .row("GET", "/coachees/{employeeId}/coach-matches",
                        "/coachees/e-someone-else/coach-matches?programme=00000000-0000-4000-8000-000000000000", HR,
                        "manager", "employee").answers(404, 422)
                .publicRow("GET", "/calendar-feeds/{secret}.ics",
                        "/calendar-feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics").answers(404);
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
