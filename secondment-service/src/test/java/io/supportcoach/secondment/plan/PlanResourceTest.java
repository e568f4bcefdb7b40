package io.supportcoach.secondment.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.plan.PlanFixtures.approvedPlacement;
import static io.supportcoach.secondment.plan.PlanFixtures.managerOf;
import static io.supportcoach.secondment.plan.PlanFixtures.newEmployee;
import static io.supportcoach.secondment.plan.PlanFixtures.newTeam;
import static io.supportcoach.secondment.plan.PlanFixtures.proposedPlacement;
import static io.supportcoach.secondment.plan.PlanFixtures.stubTeamPeople;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A team's plan as JSON: people by name, spans per person, totals per day, the range rules and who may read it; and a
 * plan with ids alone when skills-service cannot tell the names.
 */
@QuarkusTest
class PlanResourceTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

    CalleeStub skillsService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void closeTheBreaker() {
        breakers.resetAll();
    }

    @Test
    void planShowsTheTeamsPeopleAwayAndOthersHostedWithDailyTotals() {
        String team = newTeam();
        String hostA = newTeam();
        String hostB = newTeam();
        String away = newEmployee(team);
        String guest = newEmployee(hostB);
        String onlyProposed = newEmployee(team);
        String first = approvedPlacement(away, team, hostA, MARCH_1, MARCH_1.plusDays(9), 40);
        String second = approvedPlacement(away, team, hostB, MARCH_1.plusDays(7), MARCH_1.plusDays(11), 30);
        String hosted = approvedPlacement(guest, hostB, team, MARCH_1.plusDays(4), MARCH_1.plusDays(40), 60);
        proposedPlacement(onlyProposed, hostA, MARCH_1, MARCH_1.plusDays(5), 50);
        stubTeamPeople(skillsService, team, Map.of(away, "Ana Silva", onlyProposed, "Oskar Berg"));
        skillsService.server().resetRequests();

        JsonPath plan = given().auth().oauth2(managerOf(team)).queryParam("from", "2027-03-01")
                .queryParam("to", "2027-03-31").get("/teams/{teamId}/plan", team)
                .then().statusCode(200).body("teamId", equalTo(team)).body("from", equalTo("2027-03-01"))
                .body("to", equalTo("2027-03-31")).body("days", hasSize(31)).body("people", hasSize(2))
                .extract().jsonPath();

        assertThat(plan.getString("people.find { it.employeeId == '" + away + "' }.displayName"))
                .as("from the team's listing").isEqualTo("Ana Silva");
        assertThat(plan.getString("people.find { it.employeeId == '" + guest + "' }.displayName"))
                .as("hosted from another team: asked by id").isEqualTo("Person " + guest);
        assertThat(skillsService.received(getRequestedFor(urlPathEqualTo("/people")))).isEqualTo(1);
        assertThat(skillsService.received(getRequestedFor(urlPathMatching("/people/.+")))).isEqualTo(1);
        assertThat(skillsService.received(getRequestedFor(urlPathEqualTo("/people/" + guest)))).isEqualTo(1);
        List<Map<String, Object>> awaySpans = plan.getList("people.find { it.employeeId == '" + away + "' }.spans");
        assertThat(awaySpans).extracting(span -> span.get("placementId")).containsExactly(first, second);
        assertThat(awaySpans.get(0)).containsEntry("direction", "AWAY").containsEntry("otherTeamId", hostA)
                .containsEntry("startsOn", "2027-03-01").containsEntry("endsOn", "2027-03-10")
                .containsEntry("allocationPercent", 40).containsEntry("status", "APPROVED")
                .containsEntry("kind", "CROSS_TRAINING");
        List<Map<String, Object>> guestSpans = plan.getList("people.find { it.employeeId == '" + guest + "' }.spans");
        assertThat(guestSpans).singleElement().satisfies(span -> assertThat(span)
                .containsEntry("placementId", hosted).containsEntry("direction", "HOSTED")
                .containsEntry("otherTeamId", hostB).containsEntry("endsOn", "2027-04-10"));

        assertThat(day(plan, 0)).containsEntry("date", "2027-03-01").containsEntry("awayPeople", 1)
                .containsEntry("awayPercent", 40).containsEntry("hostedPeople", 0).containsEntry("hostedPercent", 0);
        assertThat(day(plan, 8)).as("two placements of one person count the person once and add their percents")
                .containsEntry("date", "2027-03-09").containsEntry("awayPeople", 1).containsEntry("awayPercent", 70)
                .containsEntry("hostedPeople", 1).containsEntry("hostedPercent", 60);
        assertThat(day(plan, 11)).containsEntry("awayPercent", 30);
        assertThat(day(plan, 12)).containsEntry("awayPeople", 0).containsEntry("awayPercent", 0)
                .containsEntry("hostedPercent", 60);
        assertThat(day(plan, 30)).containsEntry("date", "2027-03-31").containsEntry("hostedPeople", 1);
    }

    @Test
    void theHostTeamSeesTheSamePlacementAsHosted() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        approvedPlacement(employee, home, host, MARCH_1, MARCH_1.plusDays(2), 100);

        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", "2027-02-27").queryParam("to", "2027-03-02")
                .get("/teams/{teamId}/plan", host)
                .then().statusCode(200)
                .body("people[0].employeeId", equalTo(employee))
                .body("people[0].displayName", equalTo("Person " + employee))
                .body("people[0].spans[0].direction", equalTo("HOSTED"))
                .body("people[0].spans[0].otherTeamId", equalTo(home))
                .body("days.hostedPercent", equalTo(List.of(0, 0, 100, 100)))
                .body("days.awayPercent", equalTo(List.of(0, 0, 0, 0)));
    }

    @Test
    void whenSkillsServiceCannotTellTheNamesThePlanComesWithIdsAlone() {
        String team = newTeam();
        String guestsTeam = newTeam();
        String away = newEmployee(team);
        String guest = newEmployee(guestsTeam);
        approvedPlacement(away, team, newTeam(), MARCH_1, MARCH_1.plusDays(2), 40);
        approvedPlacement(guest, guestsTeam, team, MARCH_1, MARCH_1.plusDays(2), 60);
        skillsService.down();

        given().auth().oauth2(managerOf(team)).queryParam("from", "2027-03-01").queryParam("to", "2027-03-31")
                .get("/teams/{teamId}/plan", team)
                .then().statusCode(200)
                .body("people.employeeId", containsInAnyOrder(away, guest))
                .body("people.displayName", everyItem(nullValue()))
                .body("people.spans.flatten().allocationPercent", containsInAnyOrder(40, 60));
    }

    @Test
    void aPlanWithoutPeopleAsksSkillsServiceNothing() {
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", "2027-03-01").queryParam("to", "2027-03-31")
                .get("/teams/{teamId}/plan", newTeam()).then().statusCode(200).body("people", hasSize(0));

        assertThat(skillsService.received(anyRequestedFor(anyUrl()))).isZero();
    }

    @Test
    void aManagerOfAnotherTeamAndAnEmployeeMayNotReadThePlan() {
        String team = newTeam();
        given().auth().oauth2(managerOf(newTeam())).get("/teams/{teamId}/plan", team)
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_TEAM"));
        given().auth().oauth2(TestTokens.employee(newEmployee(team))).get("/teams/{teamId}/plan", team)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void withoutDatesThePlanCoversTodayAndTheNinetyDaysAfter() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        given().auth().oauth2(TestTokens.hrAdmin()).get("/teams/{teamId}/plan", newTeam())
                .then().statusCode(200).body("from", equalTo(today.toString()))
                .body("to", equalTo(today.plusDays(90).toString())).body("days", hasSize(91))
                .body("people", hasSize(0));
    }

    @Test
    void aRangeOfAtMost366DaysInOrderIsAccepted() {
        String team = newTeam();
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", "2028-01-01").queryParam("to", "2028-12-31")
                .get("/teams/{teamId}/plan", team).then().statusCode(200).body("days", hasSize(366));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", "2027-01-01").queryParam("to", "2028-01-02")
                .get("/teams/{teamId}/plan", team).then().statusCode(400)
                .body("errors[0].field", equalTo("to")).body("errors[0].code", equalTo("RANGE_TOO_LONG"));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", "2027-03-02").queryParam("to", "2027-03-01")
                .get("/teams/{teamId}/plan", team).then().statusCode(400)
                .body("errors[0].code", equalTo("BEFORE_START"));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", "2027-02-30")
                .get("/teams/{teamId}/plan", team).then().statusCode(400)
                .body("errors[0].field", equalTo("from")).body("errors[0].code", equalTo("INVALID_DATE"));
    }

    private static Map<String, Object> day(JsonPath plan, int index) {
        return plan.getMap("days[" + index + "]");
    }
}
