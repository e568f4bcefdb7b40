package io.supportcoach.coaching.programme;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.supportcoach.testing.TestTokens;

/** Coaches, programmes and enrolments for programme tests, each test with people of its own. */
final class Programmes {

    static final List<String> CURRICULUM = List.of("active-listening", "empathy");

    private Programmes() {
    }

    /** An employee id no other test uses. */
    static String person() {
        return "e-" + UUID.randomUUID();
    }

    /** A coach registered by HR with this capacity; returns the coach's id. */
    static String coach(String employeeId, int capacity) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("employeeId", employeeId, "displayName", "Priya Raman", "skills", CURRICULUM,
                        "capacity", capacity))
                .post("/coaches").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> programme(List<String> coachIds) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "Service desk soft skills, spring");
        body.put("description", "Role play and call review for first-line agents.");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        body.put("startsOn", today.minusDays(7).toString());
        body.put("endsOn", today.plusDays(80).toString());
        body.put("curriculum", CURRICULUM);
        body.put("sessionsPerParticipant", 6);
        body.put("coachIds", coachIds);
        return body;
    }

    /** A programme created by HR with these coaches; returns its id. */
    static String created(List<String> coachIds) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(programme(coachIds))
                .post("/programmes").then().statusCode(201).extract().path("id");
    }

    static Response enrol(String token, String programmeId, String employeeId, String coachId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("employeeId", employeeId, "coachId", coachId))
                .post("/programmes/{id}/enrolments", programmeId);
    }

    /** An enrolment made by HR; returns its id. */
    static String enrolled(String programmeId, String employeeId, String coachId) {
        return enrol(TestTokens.hrAdmin(), programmeId, employeeId, coachId).then().statusCode(201).extract()
                .path("id");
    }

    static Response read(String token, String enrolmentId) {
        return given().auth().oauth2(token).get("/enrolments/{id}", enrolmentId);
    }

    /** A command on the enrolment with the ETag just read by HR. */
    static Response command(String token, String enrolmentId, String command) {
        String etag = read(TestTokens.hrAdmin(), enrolmentId).header("ETag");
        return given().auth().oauth2(token).header("If-Match", etag).contentType(ContentType.JSON)
                .post("/enrolments/{id}/" + command, enrolmentId);
    }

    /** An ACTIVE enrolment: made by HR and accepted by the employee; returns its id. */
    static String active(String programmeId, String employeeId, String coachId) {
        String id = enrolled(programmeId, employeeId, coachId);
        command(TestTokens.employee(employeeId), id, "accept").then().statusCode(200);
        return id;
    }
}
