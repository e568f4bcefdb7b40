package io.supportcoach.secondment.placement;

import static io.supportcoach.secondment.placement.PlacementFixtures.command;
import static io.supportcoach.secondment.placement.PlacementFixtures.etagOf;
import static io.supportcoach.secondment.placement.PlacementFixtures.managerOf;
import static io.supportcoach.secondment.placement.PlacementFixtures.newEmployee;
import static io.supportcoach.secondment.placement.PlacementFixtures.newTeam;
import static io.supportcoach.secondment.placement.PlacementFixtures.openOpportunity;
import static io.supportcoach.secondment.placement.PlacementFixtures.placement;
import static io.supportcoach.secondment.placement.PlacementFixtures.proposedByEmployee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.supportcoach.testing.StatementCount;
import io.supportcoach.testing.StatementCount.Tally;
import org.junit.jupiter.api.Test;

/**
 * What the approval that settles a placement sends the database, counted at the JDBC driver. It is the suite's
 * busiest write under the rules, so its statements are pinned: a statement more is a decision, not an accident.
 */
@QuarkusTest
@TestProfile(StatementCount.Profile.class)
class ApprovalStatementsTest {

    @Test
    void theApprovalThatFillsASeatTakesSixStatementsInOneTransaction() {
        String host = newTeam();
        String opportunityId = openOpportunity(host, 2);
        String home = newTeam();
        var body = placement(newEmployee(home), host, "2027-03-01", "2027-03-31", 50);
        body.put("opportunityId", opportunityId);
        String id = proposedByEmployee(body);
        command(managerOf(home), id, "approve").statusCode(200);
        String hostManager = managerOf(host);
        String etag = etagOf(hostManager, id);

        Tally last = StatementCount.of(() -> command(hostManager, id, "approve", etag).statusCode(200)
                .body("status", equalTo("APPROVED")).body("review", empty()));

        // The placement; both locks in one; the placement again under them; the allocation rule; the seat rule with
        // the opportunity's openings; the update. A proposal has no reviews, so none are read.
        assertThat(last).isEqualTo(new Tally(6, 1));
    }
}
