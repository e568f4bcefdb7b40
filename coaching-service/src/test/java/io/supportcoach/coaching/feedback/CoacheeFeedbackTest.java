package io.supportcoach.coaching.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Coachees rate a completed session once; the coach and HR read every rating, and no coachee the coach's notes. */
@QuarkusTest
class CoacheeFeedbackTest {

    private static final String HR = TestTokens.hrAdmin();
    private static final String NOTES = "Ask about the escalation path next time.";

    @Test
    void aCoacheeWhoCameRatesACompletedSessionOnceAndOnlyTheCoachAndHrSeeEveryRating() {
        String coach = person();
        String came = person();
        String stayedAway = person();
        String coachId = coach(coach);
        String ahead = schedule(coachId, "ONE_TO_ONE", List.of(came), weekdayAt10Utc(9), null);
        rate(came, ahead, 4).then().statusCode(409).body("code", equalTo("SESSION_NOT_COMPLETED"));
        String id = schedule(coachId, "GROUP", List.of(came, stayedAway), weekdayAt10Utc(-3), Map.of(
                "attendance", List.of(Map.of("employeeId", came, "attended", true),
                        Map.of("employeeId", stayedAway, "attended", false)),
                "observations", List.of(Map.of("employeeId", came, "skill", "active-listening", "level", 3,
                        "observed", "Summarised the caller's problem before acting.")),
                "privateNotes", NOTES));

        given().auth().oauth2(TestTokens.employee(came)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "rating-1")
                .body(Map.of("rating", 4, "comment", "The role-player felt real."))
                .post("/coaching-sessions/{id}/coachee-feedback", id).then().statusCode(201)
                .body("employeeId", equalTo(came)).body("rating", equalTo(4));
        given().auth().oauth2(TestTokens.employee(came)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "rating-1")
                .body(Map.of("rating", 4, "comment", "The role-player felt real."))
                .post("/coaching-sessions/{id}/coachee-feedback", id).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        rate(came, id, 2).then().statusCode(409).body("code", equalTo("FEEDBACK_ALREADY_GIVEN"));
        rate(stayedAway, id, 1).then().statusCode(409).body("code", equalTo("DID_NOT_ATTEND"));
        given().auth().oauth2(TestTokens.as(coach, "coach").sign()).contentType(ContentType.JSON)
                .body(Map.of("rating", 5)).post("/coaching-sessions/{id}/coachee-feedback", id).then()
                .statusCode(403).body("code", equalTo("NOT_A_COACHEE"));
        rate(person(), id, 5).then().statusCode(404);
        given().auth().oauth2(TestTokens.employee(came)).contentType(ContentType.JSON).body(Map.of("rating", 6))
                .post("/coaching-sessions/{id}/coachee-feedback", id).then().statusCode(400)
                .body("errors[0].field", equalTo("rating"));

        for (String reader : List.of(HR, TestTokens.as(coach, "coach").sign())) {
            read(reader, id).then().statusCode(200)
                    .body("coacheeFeedback.employeeId", contains(came))
                    .body("coacheeFeedback[0].rating", equalTo(4))
                    .body("coacheeFeedback[0].comment", equalTo("The role-player felt real."))
                    .body("privateNotes", equalTo(NOTES));
        }
        read(TestTokens.employee(came), id).then().statusCode(200)
                .body("coacheeFeedback.employeeId", contains(came)).body("privateNotes", nullValue());
        read(TestTokens.employee(stayedAway), id).then().statusCode(200)
                .body("coacheeFeedback", empty()).body("observations", empty()).body("privateNotes", nullValue());
    }

    @Test
    void aCoacheeNeverReadsTheCoachsPrivateNotesInAnyList() {
        String coach = person();
        String coachee = person();
        String id = schedule(coach(coach), "ONE_TO_ONE", List.of(coachee), weekdayAt10Utc(-2),
                Map.of("observations", List.of(), "privateNotes", NOTES));

        given().auth().oauth2(TestTokens.employee(coachee)).queryParam("coachee", coachee).get("/coaching-sessions")
                .then().statusCode(200).body("items.id", contains(id)).body("items[0].privateNotes", nullValue());
        given().auth().oauth2(TestTokens.employee(coachee)).accept("text/calendar").get("/coaching-sessions/{id}", id)
                .then().statusCode(200).body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(NOTES)));
        rate(coachee, id, 5).then().statusCode(201).body("comment", nullValue());
    }

    private static String person() {
        return "e-" + UUID.randomUUID();
    }

    private static String coach(String employeeId) {
        return given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("employeeId", employeeId, "displayName", "Priya Raman",
                        "skills", List.of("active-listening"), "capacity", 6))
                .post("/coaches").then().statusCode(201).extract().path("id");
    }

    /** 10:00 UTC on the first weekday this many days from today (back for a negative number): in default hours. */
    private static Instant weekdayAt10Utc(int days) {
        var day = LocalDate.now(ZoneOffset.UTC).plusDays(days);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(days < 0 ? -1 : 1);
        }
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    /** Schedules a session ahead, or records one that took place when {@code completion} is given. */
    private static String schedule(String coachId, String kind, List<String> coachees, Instant from,
            Map<String, Object> completion) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", kind);
        body.put("coachId", coachId);
        body.put("coacheeIds", coachees);
        body.put("start", from.toString());
        body.put("end", from.plus(Duration.ofHours(1)).toString());
        body.put("timeZone", "Europe/Berlin");
        body.put("skills", List.of("active-listening"));
        body.put("location", "Room 4.12");
        if (completion != null) {
            body.put("status", "COMPLETED");
            body.put("completion", completion);
        }
        return given().auth().oauth2(HR).contentType(ContentType.JSON).body(body).post("/coaching-sessions").then()
                .statusCode(201).extract().path("id");
    }

    private static Response read(String token, String id) {
        return given().auth().oauth2(token).get("/coaching-sessions/{id}", id);
    }

    private static Response rate(String employeeId, String id, int rating) {
        return given().auth().oauth2(TestTokens.employee(employeeId)).contentType(ContentType.JSON)
                .body(Map.of("rating", rating)).post("/coaching-sessions/{id}/coachee-feedback", id);
    }
}
