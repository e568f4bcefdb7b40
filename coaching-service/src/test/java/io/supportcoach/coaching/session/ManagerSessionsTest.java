package io.supportcoach.coaching.session;

import static io.restassured.RestAssured.given;
import static io.supportcoach.coaching.session.Sessions.body;
import static io.supportcoach.coaching.session.Sessions.coach;
import static io.supportcoach.coaching.session.Sessions.coachToken;
import static io.supportcoach.coaching.session.Sessions.command;
import static io.supportcoach.coaching.session.Sessions.create;
import static io.supportcoach.coaching.session.Sessions.future;
import static io.supportcoach.coaching.session.Sessions.oneToOne;
import static io.supportcoach.coaching.session.Sessions.person;
import static io.supportcoach.coaching.session.Sessions.read;
import static io.supportcoach.coaching.session.Sessions.scheduled;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.supportcoach.testing.RegisterOfPeopleStub;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A manager schedules sessions for the people of the teams they manage and sees those sessions, by the team the
 * register of people gave each coachee when the session was booked; a team change moves the sessions ahead.
 */
@QuarkusTest
class ManagerSessionsTest {

    private static final String HR = TestTokens.hrAdmin();
    private static final String REGISTER = TestTokens.service("skills-service");

    @Test
    void aManagerSchedulesForTheirTeamAndSeesItButRunsNothing() {
        String team = team();
        String managerId = person();
        String manager = manager(managerId, team);
        String otherManager = manager(person(), team());
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String coachee = memberOf(team);
        Instant start = future(21);

        String id = create(manager, oneToOne(coachId, coachee, start)).then().statusCode(201)
                .body("status", equalTo("SCHEDULED")).body("createdBy", equalTo(managerId))
                .body("coacheeIds", contains(coachee)).extract().path("id");

        read(manager, id).then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(manager).accept("text/calendar").get("/coaching-sessions/{id}", id).then()
                .statusCode(200).contentType(startsWith("text/calendar"));
        read(otherManager, id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(otherManager).accept("text/calendar").get("/coaching-sessions/{id}", id).then()
                .statusCode(404);

        command(manager, id, "cancel", Map.of("reason", "Team offsite.")).then().statusCode(403);
        command(manager, id, "reschedule", Map.of("start", start.plus(Duration.ofDays(1)).toString(), "end",
                start.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)).toString(), "timeZone", "Europe/Berlin"))
                .then().statusCode(403);
        command(manager, id, "no-show", null).then().statusCode(403);
        read(HR, id).then().body("status", equalTo("SCHEDULED")).body("version", equalTo(0));

        // The rules of any session hold: the coachee's hour is taken now.
        create(manager, oneToOne(coach(person()), coachee, start.plus(Duration.ofMinutes(30)))).then().statusCode(409)
                .body("code", equalTo("SCHEDULE_CONFLICT")).body("errors[0].field", equalTo("coacheeIds[0]"));
    }

    @Test
    void aManagerIsRefusedForSomeoneOutsideTheirTeamsAndForASessionThatTookPlace() {
        String team = team();
        String manager = manager(person(), team);
        String coachId = coach(person());
        String mine = memberOf(team);
        String theirs = memberOf(team());

        create(manager, body("GROUP", coachId, List.of(mine, theirs), future(22), Duration.ofHours(1))).then()
                .statusCode(403).body("code", equalTo("NOT_YOUR_TEAM")).body("errors", hasSize(1))
                .body("errors[0].field", equalTo("coacheeIds[1]")).body("errors[0].code", equalTo("NOT_YOUR_TEAM"));
        // Someone the register does not know is in none of the manager's teams: the manager learns no more.
        create(manager, oneToOne(coachId, "unknown." + person(), future(22))).then().statusCode(403)
                .body("code", equalTo("NOT_YOUR_TEAM"));
        create(manager(person()), oneToOne(coachId, mine, future(22))).then().statusCode(403)
                .body("code", equalTo("NOT_YOUR_TEAM"));
        // Someone who left their team is still of it, and has left.
        create(manager, oneToOne(coachId, "left." + person() + "." + team, future(22))).then().statusCode(422)
                .body("code", equalTo("PERSON_LEFT")).body("errors[0].field", equalTo("coacheeIds[0]"));

        var tookPlace = oneToOne(coachId, mine, Instant.now().minus(Duration.ofDays(1)));
        tookPlace.put("status", "COMPLETED");
        tookPlace.put("completion", Map.of("observations", List.of()));
        create(manager, tookPlace).then().statusCode(403).body("code", equalTo("NOT_THE_COACH"));

        given().auth().oauth2(HR).queryParam("coach", coachId).get("/coaching-sessions").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void aReplayReachesAManagerOnlyWhileTheyManageTheTeam() {
        String team = team();
        String managerId = person();
        var body = oneToOne(coach(person()), memberOf(team), future(23));
        String key = UUID.randomUUID().toString();

        String id = withKey(manager(managerId, team), key, body).then().statusCode(201).extract().path("id");
        withKey(manager(managerId, team), key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        withKey(manager(managerId, team()), key, body).then().statusCode(403).body("code", equalTo("NOT_YOUR_TEAM"));
    }

    @Test
    void aManagerNeverReadsTheCoachsPrivateNotes() {
        String team = team();
        String manager = manager(person(), team);
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String coachee = memberOf(team);
        String id = Sessions.begun(oneToOne(coachId, coachee, Instant.now().minus(Duration.ofHours(3))));
        command(coachToken(coachEmployee), id, "complete", Map.of("observations", List.of(Map.of("employeeId", coachee,
                "skill", "empathy", "level", 3, "observed", "Named the caller's frustration.")),
                "privateNotes", "Rushes the summary when tired.")).then().statusCode(200);

        read(manager, id).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("privateNotes", nullValue()).body("observations", empty()).body("coacheeFeedback", empty());
        read(HR, id).then().body("privateNotes", equalTo("Rushes the summary when tired."))
                .body("observations", hasSize(1));
        read(TestTokens.employee(coachee), id).then().body("privateNotes", nullValue())
                .body("observations", hasSize(1));
    }

    @Test
    void theListShowsAManagerTheSessionsOfTheirTeamsOnly() {
        String teamA = team();
        String teamB = team();
        String coachId = coach(person());
        Instant start = future(24);
        String ofA = scheduled(oneToOne(coachId, memberOf(teamA), start));
        String ofB = scheduled(oneToOne(coachId, memberOf(teamB), start.plus(Duration.ofHours(2))));
        String ofBoth = scheduled(body("GROUP", coachId, List.of(memberOf(teamA), memberOf(teamB)),
                start.plus(Duration.ofHours(4)), Duration.ofHours(1)));
        scheduled(oneToOne(coachId, person(), start.plus(Duration.ofHours(6))));

        listByCoach(manager(person(), teamA), coachId).body("items.id", contains(ofA, ofBoth));
        listByCoach(manager(person(), teamB), coachId).body("items.id", contains(ofB, ofBoth));
        listByCoach(manager(person(), teamA, teamB), coachId).body("items.id", contains(ofA, ofB, ofBoth));
        listByCoach(manager(person(), team()), coachId).body("items", empty());
        listByCoach(manager(person()), coachId).body("items", empty());
    }

    @Test
    void aTeamChangeMovesTheSessionsAheadToTheNewTeamsManagerAndLeavesTheHistory() {
        String oldTeam = team();
        String newTeam = team();
        String oldManager = manager(person(), oldTeam);
        String newManager = manager(person(), newTeam);
        String coachId = coach(person());
        String mover = memberOf(oldTeam);
        Instant start = future(25);
        String ahead = scheduled(oneToOne(coachId, mover, start));
        String group = scheduled(body("GROUP", coachId, List.of(mover, memberOf(oldTeam)),
                start.plus(Duration.ofHours(2)), Duration.ofHours(1)));
        String begun = Sessions.begun(oneToOne(coachId, mover, Instant.now().minus(Duration.ofHours(2))));

        report(teamChange(mover, newTeam, oldTeam)).then().statusCode(200)
                .body("effects", contains("SESSIONS_MOVED_TO_TEAM"));

        read(newManager, ahead).then().statusCode(200);
        read(newManager, group).then().statusCode(200);
        read(newManager, begun).then().statusCode(404);
        read(oldManager, ahead).then().statusCode(404);
        read(oldManager, group).then().statusCode(200);
        read(oldManager, begun).then().statusCode(200);
        listByCoach(newManager, coachId).body("items.id", contains(ahead, group));
        read(HR, ahead).then().body("version", equalTo(0));

        // Nothing is left to move: the same change again, under another key, does nothing.
        report(teamChange(mover, newTeam, oldTeam)).then().statusCode(200).body("effects", empty());
    }

    private static String team() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An ACTIVE person of the team, as the register of people stub reads it from the id. */
    private static String memberOf(String team) {
        return RegisterOfPeopleStub.personOf(person(), team);
    }

    private static String manager(String employeeId, String... teams) {
        return TestTokens.as(employeeId, "manager").managing(teams).sign();
    }

    private static ValidatableResponse listByCoach(String token, String coachId) {
        return given().auth().oauth2(token).queryParam("coach", coachId).get("/coaching-sessions").then()
                .statusCode(200);
    }

    private static Response withKey(String token, String key, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/coaching-sessions");
    }

    private static Map<String, Object> teamChange(String employeeId, String teamId, String previousTeamId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("employeeId", employeeId);
        body.put("change", "TEAM_CHANGED");
        body.put("teamId", teamId);
        body.put("previousTeamId", previousTeamId);
        body.put("changedAt", Instant.now().toString());
        return body;
    }

    private static Response report(Map<String, Object> change) {
        return given().auth().oauth2(REGISTER).header("Idempotency-Key", "outbox-" + UUID.randomUUID())
                .contentType(ContentType.JSON).body(change).post("/people-changes");
    }
}
