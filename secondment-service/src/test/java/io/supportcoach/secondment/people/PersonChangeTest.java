package io.supportcoach.secondment.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * skills-service reports people who left or changed team: a leaver's proposals and approved placements that had not
 * begun are cancelled, a running one ends on the leaving day, their seats are freed; each delivery key is applied
 * once, for good.
 */
@QuarkusTest
class PersonChangeTest {

    private static final String REGISTER = TestTokens.service("skills-service");
    private static final String HR = TestTokens.hrAdmin();

    @Test
    void aLeaversPlacementsAreCancelledOrEndedAndTheirSeatsFreedOnce() {
        String home = team();
        String host = team();
        String leaver = employee(home);
        String opportunity = openOpportunity(host, 1);
        String proposal = propose(placement(leaver, host, day(20), day(25), 20, null));
        String coming = approve(propose(placement(leaver, host, day(30), day(40), 20, opportunity)), home, host);
        String running = approve(propose(placement(leaver, host, day(-5), day(10), 20, null)), home, host);
        String pendingChange = given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("endsOn", day(60), "reason", "Longer.")).post("/placements/{id}/changes", coming).then()
                .statusCode(201).extract().path("id");
        String someoneElse = propose(placement(employee(home), host, day(32), day(35), 20, opportunity));
        approveSide(someoneElse, "HOME");
        String key = "outbox-" + UUID.randomUUID();

        Response first = report(REGISTER, key, left(leaver, home));

        first.then().statusCode(200).body("employeeId", equalTo(leaver)).body("change", equalTo("LEFT"))
                .body("effects", contains("PROPOSALS_CANCELLED", "PLACEMENTS_CANCELLED", "PLACEMENTS_ENDED_EARLY",
                        "CHANGES_REJECTED"));
        for (String id : List.of(proposal, coming)) {
            read(id).body("status", equalTo("CANCELLED")).body("cancellation.by", equalTo("skills-service"))
                    .body("cancelReason", equalTo("left the organisation"));
        }
        read(running).body("status", equalTo("ACTIVE")).body("endsOn", equalTo(day(0)))
                .body("startsOn", equalTo(day(-5))).body("cancellation", nullValue());
        given().auth().oauth2(HR).get("/placements/{id}/changes/{changeId}", coming, pendingChange).then()
                .body("status", equalTo("REJECTED")).body("rejection.reason", equalTo("left the organisation"));
        // The one opening the leaver held is free again.
        approveSide(someoneElse, "HOST").statusCode(200).body("status", equalTo("APPROVED"));

        String version = given().auth().oauth2(HR).get("/placements/{id}", running).then().extract().header("ETag");
        Response repeat = report(REGISTER, key, left(leaver, home));
        repeat.then().statusCode(200).body("effects", contains("PROPOSALS_CANCELLED", "PLACEMENTS_CANCELLED",
                "PLACEMENTS_ENDED_EARLY", "CHANGES_REJECTED"))
                .body("receivedAt", equalTo(first.jsonPath().getString("receivedAt")));
        assertThat(given().auth().oauth2(HR).get("/placements/{id}", running).then().extract().header("ETag"))
                .isEqualTo(version);
    }

    @Test
    void aMoveCancelsOnlyTheProposalsMadeFromTheFormerTeam() {
        String home = team();
        String host = team();
        String mover = employee(home);
        String proposal = propose(placement(mover, host, day(20), day(25), 20, null));
        String kept = approve(propose(placement(mover, host, day(30), day(40), 20, null)), home, host);
        var moved = new LinkedHashMap<String, Object>(left(mover, "team-new"));
        moved.put("change", "TEAM_CHANGED");
        moved.put("previousTeamId", home);

        report(REGISTER, "outbox-" + UUID.randomUUID(), moved).then().statusCode(200)
                .body("effects", contains("PROPOSALS_CANCELLED"));

        read(proposal).body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("changed team"));
        read(kept).body("status", equalTo("APPROVED"));
    }

    @Test
    void onlySkillsServiceReportsAndAKeyIsForOneChange() {
        String leaver = employee(team());
        String key = "outbox-" + UUID.randomUUID();

        report(TestTokens.service("coaching-service"), key, left(leaver, "team-a")).then().statusCode(403);
        report(REGISTER, null, left(leaver, "team-a")).then().statusCode(400)
                .body("code", equalTo("IDEMPOTENCY_KEY_REQUIRED"));
        report(REGISTER, key, left(leaver, "team-a")).then().statusCode(200).body("effects", empty());
        report(REGISTER, key, left(employee(team()), "team-a")).then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    private static Response report(String token, String key, Map<String, Object> change) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(change);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/people-changes");
    }

    private static Map<String, Object> left(String employeeId, String teamId) {
        var change = new LinkedHashMap<String, Object>();
        change.put("employeeId", employeeId);
        change.put("change", "LEFT");
        change.put("teamId", teamId);
        change.put("changedAt", Instant.now().toString());
        return change;
    }

    private static String team() {
        return "team-" + UUID.randomUUID();
    }

    /** An ACTIVE person of {@code team} in the stubbed register, which reads the team from the id. */
    private static String employee(String team) {
        return "e-" + UUID.randomUUID().toString().substring(0, 8) + "." + team;
    }

    private static String day(int offset) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(offset).toString();
    }

    private static Map<String, Object> placement(String employeeId, String host, String startsOn, String endsOn,
            int percent, String opportunityId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("employeeId", employeeId);
        body.put("hostTeamId", host);
        body.put("opportunityId", opportunityId);
        body.put("kind", "CROSS_TRAINING");
        body.put("startsOn", startsOn);
        body.put("endsOn", endsOn);
        body.put("allocationPercent", percent);
        body.put("skills", List.of("communication"));
        return body;
    }

    /** Proposed by the employee, so with their consent. */
    private static String propose(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.employee((String) body.get("employeeId"))).contentType(ContentType.JSON)
                .body(body).post("/placements").then().statusCode(201).extract().path("id");
    }

    private static String approve(String id, String home, String host) {
        for (String team : List.of(home, host)) {
            String manager = TestTokens.as("m-" + UUID.randomUUID(), "manager").managing(team).sign();
            String etag = given().auth().oauth2(manager).get("/placements/{id}", id).then().extract().header("ETag");
            given().auth().oauth2(manager).header("If-Match", etag).contentType(ContentType.JSON)
                    .post("/placements/{id}/approve", id).then().statusCode(200);
        }
        return id;
    }

    private static ValidatableResponse approveSide(String id, String side) {
        String etag = given().auth().oauth2(HR).get("/placements/{id}", id).then().extract().header("ETag");
        return given().auth().oauth2(HR).header("If-Match", etag).contentType(ContentType.JSON)
                .post("/placements/{id}/approve?side=" + side, id).then();
    }

    private static ValidatableResponse read(String id) {
        return given().auth().oauth2(HR).get("/placements/{id}", id).then().statusCode(200);
    }

    private static String openOpportunity(String host, int openings) {
        var body = new LinkedHashMap<String, Object>();
        body.put("hostTeamId", host);
        body.put("title", "Cover on the service desk");
        body.put("description", "Take calls with the desk's seniors.");
        body.put("kind", "SECONDMENT");
        body.put("skills", List.of("communication"));
        body.put("openings", openings);
        body.put("timeCommitmentPercent", 20);
        body.put("startsOn", day(0));
        body.put("endsOn", day(90));
        String id = given().auth().oauth2(HR).contentType(ContentType.JSON).body(body).post("/opportunities").then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(HR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .post("/opportunities/{id}/open", id).then().statusCode(200);
        return id;
    }
}
