package io.supportcoach.secondment.security;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.AccessMatrix;
import org.junit.jupiter.api.Test;

/** Who may call what in secondment-service, for every operation, every role and every kind of bad token. */
@QuarkusTest
class AccessRulesTest {

    private static final String[] EVERYONE = { "hr-admin", "manager", "coach", "employee" };
    private static final String HR = "hr-admin";
    private static final String[] MANAGERS = { HR, "manager" };
    private static final String SOME_ID = "/opportunities/00000000-0000-4000-8000-000000000000";
    private static final String SOME_PLACEMENT = "/placements/00000000-0000-4000-8000-000000000000";
    private static final String SOME_CHANGE = SOME_PLACEMENT + "/changes/00000000-0000-4000-8000-000000000000";

    private static AccessMatrix matrix() {
        return new AccessMatrix()
                .row("GET", "/outbox-messages", "/outbox-messages", HR).answers(200)
                .row("GET", "/outbox-messages/{id}", "/outbox-messages/00000000-0000-4000-8000-000000000000", HR)
                        .answers(404)
                .row("POST", "/outbox-messages/{id}/retry", "/outbox-messages/00000000-0000-4000-8000-000000000000/retry",
                        HR).answers(404)
                .row("POST", "/outbox-messages/{id}/discard",
                        "/outbox-messages/00000000-0000-4000-8000-000000000000/discard", HR).answers(404)
                .row("GET", "/opportunities", "/opportunities", EVERYONE).answers(200)
                .row("POST", "/opportunities", "/opportunities", HR, "manager").answers(400)
                .row("GET", "/opportunities/{id}", SOME_ID, EVERYONE).answers(404)
                .row("PUT", "/opportunities/{id}", SOME_ID, HR, "manager").answers(400)
                .row("POST", "/opportunities/{id}/open", SOME_ID + "/open", MANAGERS).answers(404)
                .row("POST", "/opportunities/{id}/close", SOME_ID + "/close", MANAGERS).answers(404)
                .row("POST", "/opportunities/{id}/cancel", SOME_ID + "/cancel", MANAGERS).answers(404)
                .row("GET", "/opportunities/{id}/candidates", SOME_ID + "/candidates?team=team-matrix", MANAGERS)
                        .answers(404)
                // Placements: the service role has nothing here yet.
                .row("GET", "/placements", "/placements", EVERYONE).answers(200)
                .row("POST", "/placements", "/placements", EVERYONE).answers(400)
                .row("GET", "/placements/{id}", SOME_PLACEMENT, EVERYONE).answers(404)
                .row("POST", "/placements/{id}/approve", SOME_PLACEMENT + "/approve", MANAGERS).answers(404)
                .row("POST", "/placements/{id}/consent", SOME_PLACEMENT + "/consent", EVERYONE).answers(404)
                .row("POST", "/placements/{id}/reject", SOME_PLACEMENT + "/reject", MANAGERS).answers(400)
                .row("POST", "/placements/{id}/cancel", SOME_PLACEMENT + "/cancel", EVERYONE).answers(404)
                .row("POST", "/placements/{id}/complete", SOME_PLACEMENT + "/complete", MANAGERS).answers(400)
                .row("POST", "/placements/{id}/changes", SOME_PLACEMENT + "/changes", EVERYONE).answers(400)
                .row("GET", "/placements/{id}/changes", SOME_PLACEMENT + "/changes", EVERYONE).answers(404)
                .row("GET", "/placements/{id}/changes/{changeId}", SOME_CHANGE, EVERYONE).answers(404)
                .row("POST", "/placements/{id}/changes/{changeId}/approve", SOME_CHANGE + "/approve", MANAGERS)
                        .answers(404)
                .row("POST", "/placements/{id}/changes/{changeId}/reject", SOME_CHANGE + "/reject", MANAGERS)
                        .answers(400)
                // Only skills-service reports people changes; the service role calls nothing else here.
                .row("POST", "/people-changes", "/people-changes", "service").answers(400)
                // Planning: the matrix's managers manage team-matrix; the feed's URL is its own credential.
                .row("GET", "/teams/{teamId}/plan", "/teams/team-matrix/plan", MANAGERS).answers(200)
                .rowWithBody("POST", "/teams/{teamId}/calendar-feed", "/teams/team-matrix/calendar-feed", null, null,
                        MANAGERS).answers(201)
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
