package io.supportcoach.coaching.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.supportcoach.testing.TestTokens;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/**
 * Sessions as iCalendar, read back with ical4j: the instants stay right across a daylight-saving change, SEQUENCE
 * rises with each reschedule and the cancellation, and a person's feed needs no token and dies when rotated.
 */
@QuarkusTest
class CalendarTest {

    private static final String HR = TestTokens.hrAdmin();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Berlin moves its clocks from 02:00 to 03:00 on Sunday 28 March 2027. */
    private static final Instant THURSDAY_BEFORE_10_BERLIN = Instant.parse("2027-03-25T09:00:00Z");
    private static final Instant TUESDAY_AFTER_10_BERLIN = Instant.parse("2027-03-30T08:00:00Z");

    @Test
    void aSessionIsAnEventInItsTimeZoneWhoseSequenceCountsRescheduleAndCancellation() throws Exception {
        String coach = person();
        String coachee = person();
        String id = schedule(coach(coach), coachee, THURSDAY_BEFORE_10_BERLIN);

        VEvent planned = onlyEvent(event(TestTokens.employee(coachee), id));
        assertThat(text(planned, "UID")).isEqualTo(id + "@coaching-service");
        assertThat(instant(planned, "DTSTART")).isEqualTo(THURSDAY_BEFORE_10_BERLIN);
        assertThat(instant(planned, "DTEND")).isEqualTo(THURSDAY_BEFORE_10_BERLIN.plus(Duration.ofHours(1)));
        assertThat(planned.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Berlin");
        assertThat(planned.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270325T100000");
        assertThat(text(planned, "SEQUENCE")).isEqualTo("0");
        assertThat(text(planned, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(text(planned, "LOCATION")).isEqualTo("Room 4.12");
        assertThat(text(planned, "DESCRIPTION")).contains("active-listening").doesNotContain("escalation path");

        command(id, "reschedule", Map.of("start", TUESDAY_AFTER_10_BERLIN.toString(),
                "end", TUESDAY_AFTER_10_BERLIN.plus(Duration.ofHours(1)).toString(), "timeZone", "Europe/Berlin"));
        VEvent moved = onlyEvent(event(coachToken(coach), id));
        assertThat(text(moved, "UID")).isEqualTo(id + "@coaching-service");
        assertThat(instant(moved, "DTSTART")).isEqualTo(TUESDAY_AFTER_10_BERLIN);
        // 10:00 on the wall clock on both sides of the change, though the UTC hour moved from 9 to 8.
        assertThat(moved.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270330T100000");
        assertThat(text(moved, "SEQUENCE")).isEqualTo("1");

        command(id, "cancel", Map.of("reason", "The coachee is on call this week."));
        VEvent cancelled = onlyEvent(event(HR, id));
        assertThat(text(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(text(cancelled, "SEQUENCE")).isEqualTo("2");
        assertThat(instant(cancelled, "DTSTART")).isEqualTo(TUESDAY_AFTER_10_BERLIN);
    }

    @Test
    void theEventHasTheAccessRulesOfTheSessionAndAnETagOfItsOwn() {
        String coach = person();
        String id = schedule(coach(coach), person(), THURSDAY_BEFORE_10_BERLIN.plus(Duration.ofDays(60)));

        var event = given().auth().oauth2(HR).accept("text/calendar").get("/coaching-sessions/{id}", id).then()
                .statusCode(200).contentType(startsWith("text/calendar")).header("Vary", "Accept").extract();
        assertThat(event.asString()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VTIMEZONE", "TZID:Europe/Berlin");
        String eventTag = event.header("ETag");
        String jsonTag = given().auth().oauth2(HR).accept("application/json").get("/coaching-sessions/{id}", id).then()
                .statusCode(200).contentType(ContentType.JSON).header("Vary", "Accept").body("id", equalTo(id))
                .extract().header("ETag");
        // One strong ETag names one representation (RFC 9110): the same version has two.
        assertThat(jsonTag).isEqualTo("\"0\"");
        assertThat(eventTag).isEqualTo("\"0-ics\"");

        given().auth().oauth2(HR).accept("text/calendar").header("If-None-Match", eventTag)
                .get("/coaching-sessions/{id}", id).then().statusCode(304).header("ETag", eventTag);
        given().auth().oauth2(HR).accept("text/calendar").header("If-None-Match", jsonTag)
                .get("/coaching-sessions/{id}", id).then().statusCode(200).contentType(startsWith("text/calendar"))
                .header("ETag", eventTag);
        given().auth().oauth2(HR).accept("application/json").header("If-None-Match", jsonTag)
                .get("/coaching-sessions/{id}", id).then().statusCode(304).header("ETag", jsonTag);
        given().auth().oauth2(HR).accept("application/json").header("If-None-Match", eventTag)
                .get("/coaching-sessions/{id}", id).then().statusCode(200).contentType(ContentType.JSON)
                .header("ETag", jsonTag);

        command(id, "cancel", Map.of("reason", "The coachee is on call this week."));
        given().auth().oauth2(HR).accept("text/calendar").header("If-None-Match", eventTag)
                .get("/coaching-sessions/{id}", id).then().statusCode(200).header("ETag", "\"1-ics\"");

        given().auth().oauth2(TestTokens.employee(person())).accept("text/calendar").get("/coaching-sessions/{id}", id)
                .then().statusCode(404);
    }

    @Test
    void aFeedShowsOnlyItsPersonsSessionsWithoutATokenUntilItIsRotated() throws Exception {
        String coach = person();
        String coachee = person();
        String coachId = coach(coach);
        Instant weekday = weekdayAt10InBerlin(20);
        String mine = schedule(coachId, coachee, weekday);
        String others = schedule(coachId, person(), weekday.plus(Duration.ofHours(2)));

        var made = given().auth().oauth2(TestTokens.employee(coachee)).post("/people/{id}/calendar-feed", coachee)
                .then().statusCode(201).body("employeeId", equalTo(coachee)).extract();
        String url = made.path("url");
        assertThat(url).endsWith(made.header("Location"));
        assertThat(url).matches(".*/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics");
        String feed = URI.create(url).getPath();

        Calendar calendar = parse(given().get(feed).then().statusCode(200).contentType(startsWith("text/calendar"))
                .extract().asString());
        List<String> uids = calendar.<VEvent>getComponents("VEVENT").stream().map(event -> text(event, "UID"))
                .toList();
        assertThat(uids).containsExactly(mine + "@coaching-service");

        String rotated = URI.create(given().auth().oauth2(HR).post("/people/{id}/calendar-feed", coachee).then()
                .statusCode(201).extract().<String>path("url")).getPath();
        assertThat(rotated).isNotEqualTo(feed);
        given().get(feed).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().get(rotated).then().statusCode(200);
        given().get("/calendar-feeds/not-a-secret.ics").then().statusCode(404);

        given().auth().oauth2(TestTokens.employee(person())).post("/people/{id}/calendar-feed", coachee).then()
                .statusCode(404);
        String coachFeed = URI.create(given().auth().oauth2(coachToken(coach)).post("/people/{id}/calendar-feed", coach)
                .then().statusCode(201).extract().<String>path("url")).getPath();
        List<String> coached = parse(given().get(coachFeed).then().statusCode(200).extract().asString())
                .<VEvent>getComponents("VEVENT").stream().map(event -> text(event, "UID")).toList();
        assertThat(coached).containsExactly(mine + "@coaching-service", others + "@coaching-service");
    }

    /** 10:00 in Berlin on the first weekday at least this many days ahead: inside the coach's default hours. */
    private static Instant weekdayAt10InBerlin(int daysAhead) {
        var day = LocalDate.now(BERLIN).plusDays(daysAhead);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(10, 0).atZone(BERLIN).toInstant();
    }

    private static String person() {
        return "e-" + UUID.randomUUID();
    }

    private static String coachToken(String employeeId) {
        return TestTokens.as(employeeId, "coach").sign();
    }

    /** Registers the coach; returns the coach's id. */
    private static String coach(String employeeId) {
        return given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("employeeId", employeeId, "displayName", "Priya Raman",
                        "skills", List.of("active-listening"), "capacity", 6, "timeZone", "Europe/Berlin"))
                .post("/coaches").then().statusCode(201).extract().path("id");
    }

    /** Schedules a one-hour one-to-one planned in Berlin; returns the session id. */
    private static String schedule(String coachId, String coachee, Instant start) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", "ONE_TO_ONE");
        body.put("coachId", coachId);
        body.put("coacheeIds", List.of(coachee));
        body.put("start", start.toString());
        body.put("end", start.plus(Duration.ofHours(1)).toString());
        body.put("timeZone", "Europe/Berlin");
        body.put("skills", List.of("active-listening"));
        body.put("location", "Room 4.12");
        body.put("agenda", "Summarise the caller's problem before acting.");
        return given().auth().oauth2(HR).contentType(ContentType.JSON).body(body).post("/coaching-sessions").then()
                .statusCode(201).extract().path("id");
    }

    private static void command(String id, String command, Object body) {
        String etag = given().auth().oauth2(HR).get("/coaching-sessions/{id}", id).header("ETag");
        given().auth().oauth2(HR).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .post("/coaching-sessions/{id}/" + command, id).then().statusCode(200);
    }

    private static String event(String token, String id) {
        return given().auth().oauth2(token).accept("text/calendar").get("/coaching-sessions/{id}", id).then()
                .statusCode(200).extract().asString();
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent onlyEvent(String text) throws Exception {
        List<VEvent> events = parse(text).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static Instant instant(VEvent event, String property) {
        DateProperty<?> date = event.<DateProperty<?>>getProperty(property).orElseThrow();
        return Instant.from((Temporal) date.getDate());
    }
}
