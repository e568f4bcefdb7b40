package io.supportcoach.secondment.placement;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.placement.PlacementFixtures.command;
import static io.supportcoach.secondment.placement.PlacementFixtures.employeeToken;
import static io.supportcoach.secondment.placement.PlacementFixtures.managerOf;
import static io.supportcoach.secondment.placement.PlacementFixtures.newEmployee;
import static io.supportcoach.secondment.placement.PlacementFixtures.newTeam;
import static io.supportcoach.secondment.placement.PlacementFixtures.openOpportunity;
import static io.supportcoach.secondment.placement.PlacementFixtures.placement;
import static io.supportcoach.secondment.placement.PlacementFixtures.propose;
import static io.supportcoach.secondment.placement.PlacementFixtures.proposedByEmployee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A placement from its proposal through both approvals and the employee's consent, and the ways it ends early. */
@QuarkusTest
class PlacementLifecycleTest {

    CalleeStub skillsService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void closeTheBreaker() {
        breakers.resetAll();
    }

    @Test
    void theEmployeesOwnProposalCarriesConsentAndTheHomeTeamComesFromTheRegisterReadWithTheServiceToken() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        var created = propose(employeeToken(employee), placement(employee, host, "2027-03-01", "2027-03-12", 40))
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("PROPOSED"))
                .body("homeTeamId", equalTo(home))
                .body("hostTeamId", equalTo(host))
                .body("allocationPercent", equalTo(40))
                .body("consent.by", equalTo(employee))
                .body("consent.at", notNullValue())
                .body("homeApproval", nullValue())
                .body("hostApproval", nullValue())
                .extract();
        assertThat(created.header("Location")).endsWith("/placements/" + created.path("id"));

        var lookups = skillsService.requests(getRequestedFor(urlPathEqualTo("/people/" + employee)));
        assertThat(lookups).hasSize(1);
        String token = lookups.get(0).getHeader("Authorization").substring("Bearer ".length());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims).contains("\"sub\":\"secondment-service\"").contains("service");
    }

    @Test
    void homeThenHostApprovalMakesItApprovedAndRecordsWhoAndWhen() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String id = proposedByEmployee(placement(employee, host, "2027-03-01", "2027-03-12", 40));
        String homeManager = managerOf(home);
        String hostManager = managerOf(host);

        command(homeManager, id, "approve").statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("PROPOSED"))
                .body("homeApproval.by", notNullValue())
                .body("hostApproval", nullValue());
        command(homeManager, id, "approve").statusCode(409).body("code", equalTo("ALREADY_APPROVED"));
        // One approval is one new version, also the one that checks the rules and makes it APPROVED.
        command(hostManager, id, "approve").statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("APPROVED"))
                .body("hostApproval.at", notNullValue());
        command(hostManager, id, "approve").statusCode(409).body("code", equalTo("PLACEMENT_NOT_PROPOSED"));
    }

    @Test
    void hostThenHomeApprovalMakesItApprovedToo() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String id = proposedByEmployee(placement(employee, host, "2027-03-01", "2027-03-12", 40));

        command(managerOf(host), id, "approve").statusCode(200).body("status", equalTo("PROPOSED"));
        command(managerOf(home), id, "approve").statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void aManagerOfBothTeamsApprovesBothSidesAtOnce() {
        String home = newTeam();
        String host = newTeam();
        String id = proposedByEmployee(placement(newEmployee(home), host, "2027-03-01", "2027-03-12", 40));

        command(managerOf(home, host), id, "approve").statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("homeApproval.by", notNullValue())
                .body("hostApproval.by", notNullValue());
    }

    @Test
    void hrNamesTheSideItApprovesFor() {
        String home = newTeam();
        String host = newTeam();
        String id = proposedByEmployee(placement(newEmployee(home), host, "2027-03-01", "2027-03-12", 40));
        String hr = TestTokens.hrAdmin();

        command(hr, id, "approve").statusCode(400).body("errors[0].code", equalTo("SIDE_REQUIRED"));
        given().auth().oauth2(hr).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .post("/placements/{id}/approve?side=HOST", id).then().statusCode(200)
                .body("hostApproval.by", equalTo("e-hr"))
                .body("homeApproval", nullValue());
        given().auth().oauth2(managerOf(host)).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .post("/placements/{id}/approve?side=HOME", id).then().statusCode(403)
                .body("code", equalTo("NOT_YOUR_SIDE"));
    }

    @Test
    void aProposalByTheManagerWaitsForTheEmployeesConsent() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String homeManager = managerOf(home);
        String id = propose(homeManager, placement(employee, host, "2027-03-01", "2027-03-12", 40)).statusCode(201)
                .body("consent", nullValue()).extract().path("id");

        command(homeManager, id, "approve").statusCode(200);
        command(managerOf(host), id, "approve").statusCode(200).body("status", equalTo("PROPOSED"));
        command(homeManager, id, "consent").statusCode(403).body("code", equalTo("NOT_THE_EMPLOYEE"));
        command(employeeToken(employee), id, "consent").statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("consent.by", equalTo(employee));
        command(employeeToken(employee), id, "consent").statusCode(409).body("code", equalTo("PLACEMENT_NOT_PROPOSED"));
    }

    @Test
    void aManagerMayNotProposeForSomeoneOfAnotherTeamNorForSomeoneUnknown() {
        String home = newTeam();
        String manager = managerOf(newTeam());
        propose(manager, placement(newEmployee(home), newTeam(), "2027-03-01", "2027-03-12", 40))
                .statusCode(403).body("code", equalTo("NOT_YOUR_EMPLOYEE"));
        propose(manager, placement("unknown.x1", newTeam(), "2027-03-01", "2027-03-12", 40))
                .statusCode(403).body("code", equalTo("NOT_YOUR_EMPLOYEE"));
    }

    @Test
    void someoneTheRegisterDoesNotKnowOrWhoLeftIsUnprocessable() {
        String hr = TestTokens.hrAdmin();
        propose(hr, placement("unknown.x2", newTeam(), "2027-03-01", "2027-03-12", 40))
                .statusCode(422).body("code", equalTo("UNKNOWN_EMPLOYEE"));
        propose(hr, placement("left.x3." + newTeam(), newTeam(), "2027-03-01", "2027-03-12", 40))
                .statusCode(422).body("code", equalTo("EMPLOYEE_LEFT"));
    }

    @Test
    void skillsServiceDownIsServiceUnavailableAndNothingIsStored() {
        String home = newTeam();
        String employee = newEmployee(home);
        skillsService.down();
        propose(employeeToken(employee), placement(employee, newTeam(), "2027-03-01", "2027-03-12", 40))
                .statusCode(503).header("Retry-After", notNullValue())
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE"));
        skillsService.up();
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("employee", employee).get("/placements").then()
                .statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void periodsOfNoDaysOrOverAYearAreBadRequests() {
        String employee = newEmployee(newTeam());
        String token = employeeToken(employee);
        propose(token, placement(employee, newTeam(), "2027-03-12", "2027-03-11", 40))
                .statusCode(400).body("errors[0].code", equalTo("BEFORE_START"));
        propose(token, placement(employee, newTeam(), "2027-01-01", "2028-01-01", 40))
                .statusCode(400).body("errors[0].code", equalTo("PERIOD_TOO_LONG"));
        // 365 days, both ends included, is the longest there is.
        propose(token, placement(employee, newTeam(), "2027-01-01", "2027-12-31", 40)).statusCode(201);
        propose(token, placement(employee, newTeam(), "2027-03-01", "2027-03-12", 5)).statusCode(400);
    }

    @Test
    void aManagerRejectsWithAReasonAndNothingFollowsARejection() {
        String home = newTeam();
        String host = newTeam();
        String id = proposedByEmployee(placement(newEmployee(home), host, "2027-03-01", "2027-03-12", 40));
        String hostManager = managerOf(host);

        given().auth().oauth2(hostManager).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "The desk is short-staffed in March.")).post("/placements/{id}/reject", id)
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejection.reason", equalTo("The desk is short-staffed in March."))
                .body("rejection.by", notNullValue());
        command(managerOf(home), id, "approve").statusCode(409).body("code", equalTo("PLACEMENT_NOT_PROPOSED"));
        command(hostManager, id, "cancel").statusCode(409).body("code", equalTo("PLACEMENT_ALREADY_ENDED"));
    }

    @Test
    void anApprovedPlacementCanBeCancelledOnceAndCommandsNeedTheCurrentEtag() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String id = proposedByEmployee(placement(employee, host, "2027-03-01", "2027-03-12", 40));
        command(managerOf(home, host), id, "approve").statusCode(200).body("status", equalTo("APPROVED"));

        given().auth().oauth2(employeeToken(employee)).contentType(ContentType.JSON)
                .post("/placements/{id}/cancel", id).then().statusCode(428);
        command(employeeToken(employee), id, "cancel", "\"0\"").statusCode(412);
        command(employeeToken(employee), id, "cancel").statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellation.by", equalTo(employee));
        command(employeeToken(employee), id, "cancel").statusCode(409).body("code", equalTo("PLACEMENT_ALREADY_ENDED"));
    }

    @Test
    void aPlacementInAnOpportunityNeedsItOpenAndOnItsHostTeam() {
        String host = newTeam();
        String opportunity = openOpportunity(host, 2);
        String employee = newEmployee(newTeam());
        var body = placement(employee, host, "2027-03-01", "2027-03-12", 40);
        body.put("opportunityId", opportunity);
        propose(employeeToken(employee), body).statusCode(201).body("opportunityId", equalTo(opportunity));

        body.put("hostTeamId", newTeam());
        propose(employeeToken(employee), body).statusCode(422).body("code", equalTo("HOST_TEAM_MISMATCH"));

        body.put("hostTeamId", host);
        given().auth().oauth2(TestTokens.hrAdmin()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .post("/opportunities/{id}/close", opportunity).then().statusCode(200);
        propose(employeeToken(employee), body).statusCode(409).body("code", equalTo("OPPORTUNITY_NOT_OPEN"));

        body.put("opportunityId", "00000000-0000-4000-8000-000000000000");
        propose(employeeToken(employee), body).statusCode(422).body("code", equalTo("UNKNOWN_OPPORTUNITY"));
    }

    @Test
    void noProposalIsTakenAfterTheApplicationDeadline() {
        String host = newTeam();
        var offered = PlacementFixtures.opportunity(host, 2);
        offered.put("applicationDeadline", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        String opportunity = openOpportunity(offered);
        String employee = newEmployee(newTeam());
        var body = placement(employee, host, "2027-03-01", "2027-03-12", 40);
        body.put("opportunityId", opportunity);
        propose(employeeToken(employee), body).statusCode(409).body("code", equalTo("APPLICATION_DEADLINE_PASSED"));
    }
}
