package io.supportcoach.secondment.placement;

import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.placement.PlacementFixtures.approved;
import static io.supportcoach.secondment.placement.PlacementFixtures.changeCommand;
import static io.supportcoach.secondment.placement.PlacementFixtures.managerOf;
import static io.supportcoach.secondment.placement.PlacementFixtures.newEmployee;
import static io.supportcoach.secondment.placement.PlacementFixtures.newTeam;
import static io.supportcoach.secondment.placement.PlacementFixtures.openOpportunity;
import static io.supportcoach.secondment.placement.PlacementFixtures.placement;
import static io.supportcoach.secondment.placement.PlacementFixtures.proposeChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The allocation and seat rules hold when the second approvals of many changes land at the same moment. Each round
 * approves twenty one-day placements on twenty different days, proposes for each a change that moves it into one
 * common fortnight, has the home side approve every change, then sends all the host approvals at once, released
 * together by a barrier, and counts the changes applied.
 */
@QuarkusTest
class PlacementChangeConcurrencyTest {

    private static final int RACERS = 20;
    private static final int ROUNDS = 3;
    private static final Map<String, Object> INTO_THE_FORTNIGHT = Map.of("startsOn", "2027-09-01",
            "endsOn", "2027-09-14", "reason", "Moved to when the host team needs cover.");

    @Test
    void ofTwentyMovesOfThirtyPercentPlacementsIntoOneFortnightExactlyThreeApply() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String home = newTeam();
            String host = newTeam();
            String employee = newEmployee(home);
            List<String[]> changes = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                String day = LocalDate.of(2027, 8, 1).plusDays(i).toString();
                String id = approved(placement(employee, host, day, day, 30));
                changes.add(homeApprovedMove(id, managerOf(home)));
            }

            List<Response> answers = raceTheHostApprovals(managerOf(host), changes);

            assertThat(countStatuses(answers)).as("round " + round).isEqualTo(Map.of(200, 3L, 409, (long) RACERS - 3));
            answers.stream().filter(answer -> answer.statusCode() == 409).forEach(answer -> answer.then()
                    .body("code", equalTo("ALLOCATION_EXCEEDED")).body("detail", containsString("2027-09-01")));
            assertThat(answers.stream().filter(answer -> answer.statusCode() == 200)
                    .map(answer -> answer.jsonPath().getString("status"))).containsOnly("APPLIED");
            given().auth().oauth2(TestTokens.hrAdmin())
                    .queryParams(Map.of("employee", employee, "from", "2027-09-01", "to", "2027-09-14")).get("/placements")
                    .then().statusCode(200).body("items.size()", equalTo(3));
        }
    }

    @Test
    void ofTwentyMovesIntoAnOpportunityOfThreeOpeningsExactlyThreeApply() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String host = newTeam();
            var offer = PlacementFixtures.opportunity(host, 3);
            offer.put("endsOn", "2027-09-30");
            String opportunityId = openOpportunity(offer);
            List<String[]> changes = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                String home = newTeam();
                String day = LocalDate.of(2027, 8, 1).plusDays(i).toString();
                var body = placement(newEmployee(home), host, day, day, 30);
                body.put("opportunityId", opportunityId);
                changes.add(homeApprovedMove(approved(body), managerOf(home)));
            }

            List<Response> answers = raceTheHostApprovals(managerOf(host), changes);

            assertThat(countStatuses(answers)).as("round " + round).isEqualTo(Map.of(200, 3L, 409, (long) RACERS - 3));
            answers.stream().filter(answer -> answer.statusCode() == 409).forEach(answer -> answer.then()
                    .body("code", equalTo("NO_SEATS_LEFT")).body("detail", containsString("2027-09-01")));
            given().auth().oauth2(TestTokens.hrAdmin())
                    .queryParams(Map.of("opportunity", opportunityId, "from", "2027-09-01")).get("/placements")
                    .then().statusCode(200).body("items.size()", equalTo(3));
        }
    }

    /** Proposes the move and has the home side approve it; answers the placement's and the change's ids. */
    private static String[] homeApprovedMove(String placementId, String homeManager) {
        String changeId = proposeChange(homeManager, placementId, INTO_THE_FORTNIGHT).statusCode(201)
                .extract().path("id");
        changeCommand(homeManager, placementId, changeId, "approve", null).statusCode(200);
        return new String[] { placementId, changeId };
    }

    private static List<Response> raceTheHostApprovals(String hostManager, List<String[]> changes) throws Exception {
        List<String> etags = new ArrayList<>();
        for (String[] change : changes) {
            etags.add(PlacementFixtures.changeEtag(hostManager, change[0], change[1]));
        }
        var barrier = new CyclicBarrier(changes.size());
        ExecutorService pool = Executors.newFixedThreadPool(changes.size());
        try {
            List<CompletableFuture<Response>> racing = new ArrayList<>();
            for (int i = 0; i < changes.size(); i++) {
                int index = i;
                racing.add(CompletableFuture.supplyAsync(() -> {
                    awaitTheOthers(barrier);
                    return given().auth().oauth2(hostManager).header("If-Match", etags.get(index))
                            .contentType(ContentType.JSON).post("/placements/{id}/changes/{changeId}/approve",
                                    changes.get(index)[0], changes.get(index)[1]);
                }, pool));
            }
            List<Response> answers = new ArrayList<>();
            for (var answer : racing) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitTheOthers(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the racers never all started", e);
        }
    }

    private static Map<Integer, Long> countStatuses(List<Response> answers) {
        return answers.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
    }
}
