package io.supportcoach.coaching.session;

import static io.restassured.RestAssured.given;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.supportcoach.testing.TestTokens;

/** Coaches, people and session bodies for session tests, each test with people of its own. */
final class Sessions {

    static final List<String> SKILLS = List.of("active-listening", "empathy");

    private Sessions() {
    }

    /** An employee id no other test uses, so tests never book each other's people. */
    static String person() {
        return "e-" + UUID.randomUUID();
    }

    /** Every day, all day: tests not about working hours may book any time of any day. */
    static final List<Map<String, String>> AROUND_THE_CLOCK = java.util.Arrays.stream(DayOfWeek.values())
            .map(day -> Map.of("day", day.name(), "from", "00:00", "to", "24:00")).toList();

    /** A coach registered by HR who works around the clock; returns the coach's id. */
    static String coach(String employeeId) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("employeeId", employeeId, "displayName", "Priya Raman", "skills", SKILLS, "capacity", 6,
                        "workingHours", AROUND_THE_CLOCK))
                .post("/coaches").then().statusCode(201).extract().path("id");
    }

    /**
     * A SCHEDULED session that has begun, as the clock would make it: a session can only be scheduled ahead, so it
     * is scheduled {@link #SHIFT} later than the body says and then moved back to the body's times in the database.
     * Returns its id.
     */
    static String begun(Map<String, Object> body) {
        var ahead = new LinkedHashMap<>(body);
        Instant start = Instant.parse((String) body.get("start"));
        Instant end = Instant.parse((String) body.get("end"));
        ahead.put("start", start.plus(SHIFT).toString());
        ahead.put("end", end.plus(SHIFT).toString());
        String id = scheduled(ahead);
        try (var connection = Arc.container().instance(DataSource.class).get().getConnection();
                var session = connection.prepareStatement("update coaching_session set starts_at = ?, ends_at = ?"
                        + " where id = ?::uuid");
                var participants = connection.prepareStatement("update session_participant"
                        + " set during = tstzrange(?, ?, '[)') where session_id = ?::uuid")) {
            for (var statement : List.of(session, participants)) {
                statement.setObject(1, start.atOffset(ZoneOffset.UTC));
                statement.setObject(2, end.atOffset(ZoneOffset.UTC));
                statement.setString(3, id);
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not move the session back in time", e);
        }
        return id;
    }

    /** How far ahead {@link #begun} schedules first: far enough that the people are free then. */
    private static final Duration SHIFT = Duration.ofDays(2000);

    /** A whole hour some days ahead, so sessions planned from it lie in the future whatever the clock says. */
    static Instant future(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
    }

    static Map<String, Object> body(String kind, String coachId, List<String> coachees, Instant start, Duration length) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", kind);
        body.put("coachId", coachId);
        body.put("coacheeIds", coachees);
        body.put("start", start.toString());
        body.put("end", start.plus(length).toString());
        body.put("timeZone", "Europe/Berlin");
        body.put("skills", SKILLS);
        body.put("location", "Room 4.12");
        body.put("agenda", "Summarise the caller's problem before acting.");
        return body;
    }

    static Map<String, Object> oneToOne(String coachId, String coachee, Instant start) {
        return body("ONE_TO_ONE", coachId, List.of(coachee), start, Duration.ofHours(1));
    }

    static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/coaching-sessions");
    }

    /** Schedules as HR and returns the new session's id. */
    static String scheduled(Map<String, Object> body) {
        return create(TestTokens.hrAdmin(), body).then().statusCode(201).extract().path("id");
    }

    static Response read(String token, String id) {
        return given().auth().oauth2(token).get("/coaching-sessions/{id}", id);
    }

    /** A command on the session with the ETag just read by HR. */
    static Response command(String token, String id, String command, Object body) {
        String etag = read(TestTokens.hrAdmin(), id).header("ETag");
        var request = given().auth().oauth2(token).header("If-Match", etag).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.post("/coaching-sessions/{id}/" + command, id);
    }

    static String coachToken(String employeeId) {
        return TestTokens.as(employeeId, "coach").sign();
    }
}
