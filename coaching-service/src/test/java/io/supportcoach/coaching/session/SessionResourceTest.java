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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Scheduling, reading, listing and the lifecycle of sessions, with who may do what. */
@QuarkusTest
class SessionResourceTest {

    private static final String HR = TestTokens.hrAdmin();

    @Test
    void aScheduledSessionIsReadBackByItsCoachAndCoacheeAndNobodyElse() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String coachee = person();
        Instant start = future(3);

        var created = create(coachToken(coachEmployee), oneToOne(coachId, coachee, start)).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("SCHEDULED"))
                .body("coachEmployeeId", equalTo(coachEmployee))
                .body("coacheeIds", contains(coachee))
                .body("start", equalTo(start.toString()))
                .body("end", equalTo(start.plus(Duration.ofHours(1)).toString()))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("history", empty())
                .body("createdBy", equalTo(coachEmployee))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/coaching-sessions/" + id);

        read(TestTokens.employee(coachee), id).then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(id)).body("privateNotes", nullValue());
        given().auth().oauth2(TestTokens.employee(coachee)).header("If-None-Match", "\"0\"")
                .get("/coaching-sessions/{id}", id).then().statusCode(304);
        read(TestTokens.employee(person()), id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        read(coachToken(person()), id).then().statusCode(404);
        // The coachee's id names no team, so the register has them in team-unnamed: team-a's manager sees nothing.
        read(TestTokens.as(person(), "manager").managing("team-a").sign(), id).then().statusCode(404);
    }

    @Test
    void aCoachSchedulesOnlyForThemselvesAndAnInactiveOrUnknownCoachIsRefused() {
        String coachId = coach(person());

        create(coachToken(person()), oneToOne(coachId, person(), future(3))).then().statusCode(403)
                .body("code", equalTo("NOT_THE_COACH"));
        create(HR, oneToOne(UUID.randomUUID().toString(), person(), future(3))).then().statusCode(422)
                .body("code", equalTo("UNKNOWN_COACH")).body("errors[0].field", equalTo("coachId"));
        create(TestTokens.employee(person()), oneToOne(coachId, person(), future(3))).then().statusCode(403);
    }

    @Test
    void aCoachWhoTakesNoCoacheesGetsNoSessions() {
        String inactive = given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("employeeId", person(), "displayName", "Priya Raman", "skills", Sessions.SKILLS,
                        "capacity", 6, "active", false))
                .post("/coaches").then().statusCode(201).extract().path("id");

        create(HR, oneToOne(inactive, person(), future(3))).then().statusCode(422)
                .body("code", equalTo("COACH_INACTIVE")).body("errors[0].field", equalTo("coachId"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheSessionRatherThanClashingWithIt() {
        String coachId = coach(person());
        var body = oneToOne(coachId, person(), future(13));
        String key = UUID.randomUUID().toString();

        String id = given().auth().oauth2(HR).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/coaching-sessions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(HR).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/coaching-sessions").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        create(HR, body).then().statusCode(409).body("code", equalTo("SCHEDULE_CONFLICT"));
    }

    @Test
    void theShapeOfASessionIsChecked() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        Instant start = future(4);

        create(HR, body("GROUP", coachId, List.of(person()), start, Duration.ofHours(1))).then().statusCode(400)
                .body("errors[0].field", equalTo("coacheeIds")).body("errors[0].code", equalTo("OUT_OF_RANGE"));
        create(HR, body("ONE_TO_ONE", coachId, List.of(person(), person()), start, Duration.ofHours(1)))
                .then().statusCode(400).body("errors[0].field", equalTo("coacheeIds"));
        create(HR, body("ROLE_PLAY", coachId, List.of(person()), start, Duration.ofHours(1))).then().statusCode(400)
                .body("errors[0].field", equalTo("scenarioId")).body("errors[0].code", equalTo("REQUIRED"));
        create(HR, body("ONE_TO_ONE", coachId, List.of(person()), start, Duration.ofMinutes(14))).then()
                .statusCode(400).body("errors[0].field", equalTo("end")).body("errors[0].code", equalTo("OUT_OF_RANGE"));
        create(HR, body("ONE_TO_ONE", coachId, List.of(person()), start, Duration.ofMinutes(241))).then()
                .statusCode(400).body("errors[0].field", equalTo("end"));
        var badZone = oneToOne(coachId, person(), start);
        badZone.put("timeZone", "Mars/Olympus_Mons");
        create(HR, badZone).then().statusCode(400).body("errors[0].field", equalTo("timeZone"))
                .body("errors[0].code", equalTo("INVALID_VALUE"));
        var nowhere = oneToOne(coachId, person(), start);
        nowhere.remove("location");
        create(HR, nowhere).then().statusCode(400).body("errors[0].field", equalTo("location"));
        create(HR, oneToOne(coachId, coachEmployee, start)).then().statusCode(400)
                .body("errors[0].field", equalTo("coacheeIds[0]")).body("errors[0].code", equalTo("IS_THE_COACH"));
        String twice = person();
        create(HR, body("GROUP", coachId, List.of(twice, twice), start, Duration.ofHours(1))).then().statusCode(400)
                .body("errors[0].field", equalTo("coacheeIds[1]")).body("errors[0].code", equalTo("DUPLICATE"));

        var rolePlay = body("ROLE_PLAY", coachId, List.of(person()), start, Duration.ofMinutes(15));
        rolePlay.put("scenarioId", "5ce0a000-0000-4000-8000-000000000001");
        create(HR, rolePlay).then().statusCode(201).body("scenarioId", equalTo("5ce0a000-0000-4000-8000-000000000001"));
        create(HR, body("GROUP", coachId, List.of(person(), person()), start.plus(Duration.ofHours(1)),
                Duration.ofHours(4))).then().statusCode(201).body("coacheeIds", hasSize(2));
    }

    @Test
    void anOverlapForCoachOrCoacheeIsAConflictNamingWhoAndWhenButBackToBackIsFine() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String coachee = person();
        Instant start = future(5);
        scheduled(oneToOne(coachId, coachee, start));

        Instant halfPast = start.plus(Duration.ofMinutes(30));
        create(HR, oneToOne(coachId, person(), halfPast)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("SCHEDULE_CONFLICT"))
                .body("errors[0].field", equalTo("coachId"))
                .body("errors[0].message", equalTo(coachEmployee + " is busy from " + start + " to "
                        + start.plus(Duration.ofHours(1))));
        create(HR, oneToOne(coach(person()), coachee, halfPast)).then().statusCode(409)
                .body("errors[0].field", equalTo("coacheeIds[0]"))
                .body("detail", equalTo(coachee + " is already in a scheduled session from " + start + " to "
                        + start.plus(Duration.ofHours(1)) + "."));

        create(HR, oneToOne(coachId, coachee, start.plus(Duration.ofHours(1)))).then().statusCode(201);
        create(HR, oneToOne(coachId, coachee, start.minus(Duration.ofHours(1)))).then().statusCode(201);
    }

    @Test
    void cancellingFreesTheSlotAndASecondCancelIsAConflict() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String coachee = person();
        Instant start = future(6);
        String id = scheduled(oneToOne(coachId, coachee, start));

        command(TestTokens.employee(coachee), id, "cancel", Map.of("reason", "On call this week.")).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("On call this week."))
                .body("updatedBy", equalTo(coachee));
        command(HR, id, "cancel", Map.of("reason", "again")).then().statusCode(409)
                .body("code", equalTo("SESSION_NOT_SCHEDULED"));

        create(HR, oneToOne(coachId, coachee, start)).then().statusCode(201);
    }

    @Test
    void commandsNeedIfMatchAndTheCurrentVersion() {
        String coachId = coach(person());
        String id = scheduled(oneToOne(coachId, person(), future(7)));

        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/coaching-sessions/{id}/cancel", id).then().statusCode(428)
                .body("code", equalTo("IF_MATCH_REQUIRED"));
        given().auth().oauth2(HR).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post("/coaching-sessions/{id}/cancel", id).then().statusCode(412);
        read(HR, id).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void aCoacheeMayCancelTheirOneToOneButNotAGroupSessionNorCompleteOne() {
        String coachId = coach(person());
        String coachee = person();
        String group = scheduled(body("GROUP", coachId, List.of(coachee, person()), future(8), Duration.ofHours(2)));

        command(TestTokens.employee(coachee), group, "cancel", Map.of("reason", "busy")).then().statusCode(403)
                .body("code", equalTo("NOT_THE_COACH"));
        command(TestTokens.employee(coachee), group, "reschedule", Map.of("start", future(9).toString(), "end",
                future(9).plus(Duration.ofHours(1)).toString(), "timeZone", "Europe/Berlin")).then().statusCode(403);
        command(TestTokens.employee(coachee), group, "complete", Map.of("observations", List.of())).then()
                .statusCode(403);
        command(TestTokens.employee(person()), group, "cancel", Map.of("reason", "busy")).then().statusCode(404);
        read(HR, group).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void reschedulingKeepsTheIdAndTheEarlierTimesAndRefusesABusySlot() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String coachee = person();
        Instant first = future(10);
        Instant second = first.plus(Duration.ofHours(3));
        String id = scheduled(oneToOne(coachId, coachee, first));
        scheduled(oneToOne(coachId, person(), second));

        command(coachToken(coachEmployee), id, "reschedule", Map.of("start", second.plus(Duration.ofMinutes(45))
                .toString(), "end", second.plus(Duration.ofHours(2)).toString(), "timeZone", "Europe/Berlin"))
                .then().statusCode(409).body("code", equalTo("SCHEDULE_CONFLICT"))
                .body("errors[0].field", equalTo("coachId"));

        Instant moved = first.plus(Duration.ofDays(1));
        command(coachToken(coachEmployee), id, "reschedule", Map.of("start", moved.toString(), "end",
                moved.plus(Duration.ofMinutes(30)).toString(), "timeZone", "America/New_York"))
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("id", equalTo(id))
                .body("start", equalTo(moved.toString()))
                .body("timeZone", equalTo("America/New_York"))
                .body("history", hasSize(1))
                .body("history[0].start", equalTo(first.toString()))
                .body("history[0].end", equalTo(first.plus(Duration.ofHours(1)).toString()))
                .body("history[0].timeZone", equalTo("Europe/Berlin"))
                .body("history[0].rescheduledBy", equalTo(coachEmployee));

        // The old time is free again for the coachee, the new one is not.
        create(HR, oneToOne(coach(person()), coachee, first)).then().statusCode(201);
        create(HR, oneToOne(coach(person()), coachee, moved)).then().statusCode(409);
    }

    @Test
    void aSessionIsCompletedOrMarkedNoShowOnlyOnceItHasBegun() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String coachee = person();
        String ahead = scheduled(oneToOne(coachId, coachee, future(11)));
        String past = Sessions.begun(oneToOne(coachId, coachee, Instant.now().minus(Duration.ofHours(3))));

        command(coachToken(coachEmployee), ahead, "no-show", null).then().statusCode(409)
                .body("code", equalTo("SESSION_NOT_STARTED"));
        command(coachToken(coachEmployee), ahead, "complete", Map.of("observations", List.of())).then()
                .statusCode(409).body("code", equalTo("SESSION_NOT_STARTED"));

        command(coachToken(coachEmployee), past, "no-show", null).then().statusCode(200)
                .body("status", equalTo("NO_SHOW"));
        command(coachToken(coachEmployee), past, "complete", Map.of("observations", List.of())).then()
                .statusCode(409).body("code", equalTo("SESSION_NOT_SCHEDULED"));
    }

    @Test
    void theListShowsEachCallerTheirOwnSessionsFilteredAndPagedByStart() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String coachee = person();
        Instant start = future(12);
        List<String> ids = new ArrayList<>();
        for (int i = 2; i >= 0; i--) {
            ids.add(0, scheduled(oneToOne(coachId, coachee, start.plus(Duration.ofHours(2L * i)))));
        }
        String otherCoachee = scheduled(oneToOne(coachId, person(), start.plus(Duration.ofHours(7))));
        command(HR, ids.get(1), "cancel", Map.of("reason", "moved to next month"));

        var first = given().auth().oauth2(TestTokens.employee(coachee)).queryParam("limit", 2)
                .get("/coaching-sessions").then().statusCode(200).body("items", hasSize(2))
                .body("nextCursor", notNullValue()).extract();
        var second = given().auth().oauth2(TestTokens.employee(coachee)).queryParam("limit", 2)
                .queryParam("cursor", first.<String>path("nextCursor"))
                .get("/coaching-sessions").then().statusCode(200).body("nextCursor", nullValue()).extract();
        List<String> seen = new ArrayList<>(first.<List<String>>path("items.id"));
        seen.addAll(second.path("items.id"));
        assertThat(seen).containsExactlyElementsOf(ids);

        given().auth().oauth2(coachToken(coachEmployee)).queryParam("coach", coachId).queryParam("status", "SCHEDULED")
                .get("/coaching-sessions").then().statusCode(200)
                .body("items.id", contains(ids.get(0), ids.get(2), otherCoachee));
        given().auth().oauth2(HR).queryParam("coachee", coachee).queryParam("from", start.plus(Duration.ofMinutes(90))
                .toString()).queryParam("to", start.plus(Duration.ofHours(4)).toString())
                .get("/coaching-sessions").then().statusCode(200).body("items.id", contains(ids.get(1)));
        given().auth().oauth2(TestTokens.employee(person())).queryParam("coach", coachId)
                .get("/coaching-sessions").then().statusCode(200).body("items", empty());
        given().auth().oauth2(HR).queryParam("from", "yesterday").get("/coaching-sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(TestTokens.employee(person())).queryParam("limit", 2)
                .queryParam("cursor", first.<String>path("nextCursor")).get("/coaching-sessions").then()
                .statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }
}
