package io.supportcoach.secondment.placement;

import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.placement.PlacementFixtures.command;
import static io.supportcoach.secondment.placement.PlacementFixtures.managerOf;
import static io.supportcoach.secondment.placement.PlacementFixtures.newEmployee;
import static io.supportcoach.secondment.placement.PlacementFixtures.newTeam;
import static io.supportcoach.secondment.placement.PlacementFixtures.openOpportunity;
import static io.supportcoach.secondment.placement.PlacementFixtures.opportunity;
import static io.supportcoach.secondment.placement.PlacementFixtures.placement;
import static io.supportcoach.secondment.placement.PlacementFixtures.proposedByEmployee;
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
 * The allocation and seat rules hold when the last approvals of many placements land at the same moment: each
 * round prepares placements that each wait for one approval, then sends all those approvals at once, released together
 * by a barrier, and counts the winners.
 */
@QuarkusTest
class PlacementConcurrencyTest {

    private static final int RACERS = 20;
    private static final int ROUNDS = 3;

    @Test
    void ofTwentyOverlappingPlacementsOfSixtyPercentExactlyOneIsApproved() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String home = newTeam();
            String host = newTeam();
            String employee = newEmployee(home);
            String homeManager = managerOf(home);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                // Every pair overlaps on 2027-03-20 at least; starts differ so the first broken day differs too.
                String id = proposedByEmployee(placement(employee, host, LocalDate.of(2027, 3, 1).plusDays(i).toString(),
                        "2027-04-10", 60));
                command(homeManager, id, "approve").statusCode(200);
                ids.add(id);
            }

            List<Response> answers = raceTheLastApprovals(managerOf(host), ids);

            Map<Integer, Long> statuses = countStatuses(answers);
            assertThat(statuses).as("round " + round).isEqualTo(Map.of(200, 1L, 409, (long) RACERS - 1));
            answers.stream().filter(answer -> answer.statusCode() == 409).forEach(answer -> answer.then()
                    .body("code", equalTo("ALLOCATION_EXCEEDED"))
                    .body("detail", containsString("100%")));
            given().auth().oauth2(TestTokens.hrAdmin()).queryParams(Map.of("employee", employee, "status", "APPROVED"))
                    .get("/placements").then().statusCode(200).body("items.size()", equalTo(1));
        }
    }

    @Test
    void ofTwentyPlacementsForThreeOpeningsExactlyThreeAreApproved() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String host = newTeam();
            String opportunityId = openOpportunity(host, 3);
            String hostManager = managerOf(host);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                String home = newTeam();
                var body = placement(newEmployee(home), host, "2027-03-01", "2027-03-31", 50);
                body.put("opportunityId", opportunityId);
                String id = proposedByEmployee(body);
                command(hostManager, id, "approve").statusCode(200);
                ids.add(id);
            }

            // Each placement's home manager differs; all of them go at once.
            List<Response> answers = raceTheLastApprovals(null, ids);

            assertThat(countStatuses(answers)).as("round " + round).isEqualTo(Map.of(200, 3L, 409, (long) RACERS - 3));
            answers.stream().filter(answer -> answer.statusCode() == 409).forEach(answer -> answer.then()
                    .body("code", equalTo("NO_SEATS_LEFT"))
                    .body("detail", containsString("2027-03-01")));
            given().auth().oauth2(TestTokens.hrAdmin())
                    .queryParams(Map.of("opportunity", opportunityId, "status", "APPROVED")).get("/placements").then()
                    .statusCode(200).body("items.size()", equalTo(3));
        }
    }

    @Test
    void openingsCannotBeLoweredBelowThePlacementsHeldOnAnyDay() {
        String host = newTeam();
        String opportunityId = openOpportunity(host, 3);
        String manager = managerOf(host);
        for (int i = 0; i < 2; i++) {
            var body = placement(newEmployee(newTeam()), host, "2027-03-0" + (i + 1), "2027-03-10", 50);
            body.put("opportunityId", opportunityId);
            String id = proposedByEmployee(body);
            given().auth().oauth2(TestTokens.hrAdmin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                    .post("/placements/{id}/approve?side=HOME", id).then().statusCode(200);
            command(manager, id, "approve").statusCode(200).body("status", equalTo("APPROVED"));
        }
        var lowered = opportunity(host, 1);
        given().auth().oauth2(manager).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(lowered)
                .put("/opportunities/{id}", opportunityId).then().statusCode(409)
                .body("code", equalTo("OPENINGS_BELOW_PLACEMENTS"))
                .body("detail", containsString("2027-03-02"));
        lowered.put("openings", 2);
        given().auth().oauth2(manager).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(lowered)
                .put("/opportunities/{id}", opportunityId).then().statusCode(200).body("openings", equalTo(2));
    }

    /**
     * Sends the approval each placement still waits for, all at once. With {@code approver} null, each placement is
     * approved by a manager of its own home team, read from the placement.
     */
    private static List<Response> raceTheLastApprovals(String approver, List<String> ids) throws Exception {
        List<String> approvers = new ArrayList<>();
        List<String> etags = new ArrayList<>();
        for (String id : ids) {
            var current = given().auth().oauth2(TestTokens.hrAdmin()).get("/placements/{id}", id).then()
                    .statusCode(200).extract();
            approvers.add(approver != null ? approver : managerOf(current.<String>path("homeTeamId")));
            etags.add(current.header("ETag"));
        }
        var barrier = new CyclicBarrier(ids.size());
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        try {
            List<CompletableFuture<Response>> racing = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                int index = i;
                racing.add(CompletableFuture.supplyAsync(() -> {
                    awaitTheOthers(barrier);
                    return given().auth().oauth2(approvers.get(index)).header("If-Match", etags.get(index))
                            .contentType(ContentType.JSON).post("/placements/{id}/approve", ids.get(index));
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
