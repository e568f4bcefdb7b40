package io.supportcoach.coaching.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PGInterval;

/** skills-service reports people who left or changed team; each delivery key is applied once, for good. */
@QuarkusTest
class PersonChangeTest {

    private static final String REGISTER = TestTokens.service("skills-service");

    @Inject
    DataSource dataSource;

    @Test
    void aCoachWhoLeftTakesNoCoacheesAndARepeatChangesNothingEvenAfterDays() {
        String employeeId = "e-" + UUID.randomUUID();
        String coachId = registerCoach(employeeId);
        String key = "outbox-" + UUID.randomUUID();

        Response first = report(REGISTER, key, left(employeeId));
        first.then().statusCode(200).body("effects", contains("COACH_DEACTIVATED"))
                .body("employeeId", equalTo(employeeId)).body("change", equalTo("LEFT"));
        given().auth().oauth2(TestTokens.hrAdmin()).get("/coaches/" + coachId).then().statusCode(200)
                .body("active", equalTo(false)).body("updatedBy", equalTo("skills-service"));

        reactivate(coachId);
        Response repeat = report(REGISTER, key, left(employeeId));

        repeat.then().statusCode(200).body("effects", contains("COACH_DEACTIVATED"))
                .body("receivedAt", equalTo(first.jsonPath().getString("receivedAt")));
        given().auth().oauth2(TestTokens.hrAdmin()).get("/coaches/" + coachId).then().statusCode(200)
                .body("active", equalTo(true));
    }

    @Test
    void concurrentDeliveriesOfOneKeyApplyItOnce() throws Exception {
        String employeeId = "e-" + UUID.randomUUID();
        String coachId = registerCoach(employeeId);
        String key = "outbox-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> deliveries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                deliveries.add(() -> report(REGISTER, key, left(employeeId)));
            }
            List<String> receivedAt = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(deliveries)) {
                answer.get().then().statusCode(200).body("effects", contains("COACH_DEACTIVATED"));
                receivedAt.add(answer.get().jsonPath().getString("receivedAt"));
            }
            assertThat(receivedAt).containsOnly(receivedAt.get(0));
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(TestTokens.hrAdmin()).get("/coaches/" + coachId).then().statusCode(200)
                .body("active", equalTo(false)).body("version", equalTo(1));
    }

    @Test
    void aTeamChangeOrSomeoneWhoCoachesNobodyChangesNothingHere() {
        var moved = left("e-" + UUID.randomUUID());
        moved.put("change", "TEAM_CHANGED");
        moved.put("previousTeamId", "team-desk");
        report(REGISTER, "outbox-" + UUID.randomUUID(), moved).then().statusCode(200).body("effects", empty());
        report(REGISTER, "outbox-" + UUID.randomUUID(), left("e-" + UUID.randomUUID())).then().statusCode(200)
                .body("effects", empty());
    }

    @Test
    void onlyTheRegisterReportsChangesAndAlwaysWithAKey() {
        String employeeId = "e-" + UUID.randomUUID();
        report(TestTokens.service("secondment-service"), "outbox-" + UUID.randomUUID(), left(employeeId))
                .then().statusCode(403);
        report(TestTokens.hrAdmin(), "outbox-" + UUID.randomUUID(), left(employeeId)).then().statusCode(403);
        given().auth().oauth2(REGISTER).contentType(ContentType.JSON).body(left(employeeId)).post("/people-changes")
                .then().statusCode(400).body("code", equalTo("IDEMPOTENCY_KEY_REQUIRED"));
        String key = "outbox-" + UUID.randomUUID();
        report(REGISTER, key, left(employeeId)).then().statusCode(200);
        report(REGISTER, key, left("e-" + UUID.randomUUID())).then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void theSessionsOfSomeoneWhoLeftThatHaveNotBegunAreCancelledAndTheirTimeFreed() {
        String coachEmployee = "e-" + UUID.randomUUID();
        String coachId = registerCoach(coachEmployee);
        String leaver = "e-" + UUID.randomUUID();
        String stays = "e-" + UUID.randomUUID();
        Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
        String future = schedule(session("ONE_TO_ONE", coachId, List.of(leaver), nextWeek));
        String group = schedule(session("GROUP", coachId, List.of(stays, leaver), nextWeek.plus(Duration.ofHours(1))));
        String begun = begun(session("ONE_TO_ONE", coachId, List.of(leaver), nextWeek.plus(Duration.ofDays(900))),
                Duration.ofDays(900).plus(Duration.ofDays(7)));
        String othersOwn = schedule(session("ONE_TO_ONE", coachId, List.of(stays), nextWeek.plus(Duration.ofHours(2))));

        report(REGISTER, "outbox-" + UUID.randomUUID(), left(leaver)).then().statusCode(200)
                .body("effects", contains("SESSIONS_CANCELLED"));

        for (String cancelled : List.of(future, group)) {
            given().auth().oauth2(TestTokens.hrAdmin()).get("/coaching-sessions/" + cancelled).then().statusCode(200)
                    .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("left the organisation"))
                    .body("updatedBy", equalTo("skills-service"));
        }
        for (String untouched : List.of(begun, othersOwn)) {
            given().auth().oauth2(TestTokens.hrAdmin()).get("/coaching-sessions/" + untouched).then().statusCode(200)
                    .body("status", equalTo("SCHEDULED"));
        }
        // The coach's hour with the leaver is free again.
        schedule(session("ONE_TO_ONE", coachId, List.of(stays), nextWeek));

        report(REGISTER, "outbox-" + UUID.randomUUID(), left(coachEmployee)).then().statusCode(200)
                .body("effects", contains("COACH_DEACTIVATED", "SESSIONS_CANCELLED"));
        given().auth().oauth2(TestTokens.hrAdmin()).get("/coaching-sessions/" + othersOwn).then()
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void theOpenEnrolmentsOfSomeoneWhoLeftAreWithdrawnAndTheirCoachsPlaceIsFree() {
        String coachId = registerCoach("e-" + UUID.randomUUID(), 1);
        String programme = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Spring", "description", "Role play.", "startsOn", LocalDate.now().toString(),
                        "endsOn", LocalDate.now().plusDays(60).toString(), "curriculum", List.of("active-listening"),
                        "sessionsPerParticipant", 4, "coachIds", List.of(coachId)))
                .post("/programmes").then().statusCode(201).extract().path("id");
        String leaver = "e-" + UUID.randomUUID();
        String enrolment = enrol(programme, leaver, coachId).then().statusCode(201).extract().path("id");
        enrol(programme, "e-" + UUID.randomUUID(), coachId).then().statusCode(409)
                .body("code", equalTo("COACH_AT_CAPACITY"));

        report(REGISTER, "outbox-" + UUID.randomUUID(), left(leaver)).then().statusCode(200)
                .body("effects", contains("ENROLMENTS_WITHDRAWN"));

        given().auth().oauth2(TestTokens.hrAdmin()).get("/enrolments/{id}", enrolment).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawReason", equalTo("left the organisation"))
                .body("updatedBy", equalTo("skills-service"));
        enrol(programme, "e-" + UUID.randomUUID(), coachId).then().statusCode(201);
    }

    private static Response enrol(String programmeId, String employeeId, String coachId) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("employeeId", employeeId, "coachId", coachId))
                .post("/programmes/{id}/enrolments", programmeId);
    }

    /** A session scheduled ahead, then moved back by {@code back} in the database, as the clock would move it. */
    private String begun(Map<String, Object> body, Duration back) {
        String id = schedule(body);
        try (var connection = dataSource.getConnection();
                var session = connection.prepareStatement("update coaching_session set starts_at = starts_at - ?,"
                        + " ends_at = ends_at - ? where id = ?::uuid");
                var participants = connection.prepareStatement("update session_participant set during ="
                        + " tstzrange(lower(during) - ?, upper(during) - ?, '[)') where session_id = ?::uuid")) {
            for (var statement : List.of(session, participants)) {
                statement.setObject(1, new PGInterval(0, 0, (int) back.toDays(), 0, 0, 0));
                statement.setObject(2, new PGInterval(0, 0, (int) back.toDays(), 0, 0, 0));
                statement.setString(3, id);
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not move the session back in time", e);
        }
        return id;
    }

    private static Map<String, Object> session(String kind, String coachId, List<String> coachees, Instant start) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", kind);
        body.put("coachId", coachId);
        body.put("coacheeIds", coachees);
        body.put("start", start.toString());
        body.put("end", start.plus(Duration.ofHours(1)).toString());
        body.put("timeZone", "Europe/London");
        body.put("skills", List.of("active-listening"));
        body.put("meetingLink", "https://meet.example.org/coaching");
        return body;
    }

    private static String schedule(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .post("/coaching-sessions").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> left(String employeeId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("employeeId", employeeId);
        body.put("change", "LEFT");
        body.put("teamId", "team-desk");
        body.put("changedAt", Instant.now().toString());
        return body;
    }

    private static Response report(String token, String key, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/people-changes");
    }

    private static String registerCoach(String employeeId) {
        return registerCoach(employeeId, 4);
    }

    /** A coach who works around the clock, so any session time suits them. */
    private static String registerCoach(String employeeId, int capacity) {
        var aroundTheClock = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.of("day", day.name(), "from", "00:00", "to", "24:00")).toList();
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("employeeId", employeeId, "displayName", "Priya Raman",
                        "skills", List.of("active-listening"), "capacity", capacity, "workingHours", aroundTheClock))
                .post("/coaches").then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static void reactivate(String coachId) {
        Response current = given().auth().oauth2(TestTokens.hrAdmin()).get("/coaches/" + coachId);
        var body = new LinkedHashMap<String, Object>();
        body.put("employeeId", current.jsonPath().getString("employeeId"));
        body.put("displayName", current.jsonPath().getString("displayName"));
        body.put("skills", current.jsonPath().getList("skills"));
        body.put("capacity", current.jsonPath().getInt("capacity"));
        body.put("active", true);
        given().auth().oauth2(TestTokens.hrAdmin()).header("If-Match", current.header("ETag"))
                .contentType(ContentType.JSON).body(body).put("/coaches/" + coachId).then().statusCode(200);
    }
}
