package io.supportcoach.secondment.calendar;

import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.plan.PlanFixtures.approvedPlacement;
import static io.supportcoach.secondment.plan.PlanFixtures.managerOf;
import static io.supportcoach.secondment.plan.PlanFixtures.newEmployee;
import static io.supportcoach.secondment.plan.PlanFixtures.newTeam;
import static io.supportcoach.secondment.plan.PlanFixtures.proposedPlacement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * A team's calendar feed: made by a manager of the team, read without a token and parsed back as iCalendar, ended by
 * the next rotation, and kept in the database only as a hash.
 */
@QuarkusTest
class CalendarFeedTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theFeedHoldsAnAllDayEventForEachPlacementAwayAndHosted() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String team = newTeam();
        String host = newTeam();
        String home = newTeam();
        String away = newEmployee(team);
        String guest = newEmployee(home);
        String awayId = approvedPlacement(away, team, host, today.plusDays(10), today.plusDays(19), 40);
        String hostedId = approvedPlacement(guest, home, team, today.plusDays(30), today.plusDays(30), 100);
        proposedPlacement(newEmployee(team), host, today.plusDays(10), today.plusDays(12), 50);
        approvedPlacement(newEmployee(team), team, host, today.plusDays(400), today.plusDays(410), 20);

        String url = makeFeed(managerOf(team), team);
        String body = given().get(pathOf(url)).then().statusCode(200).contentType(startsWith("text/calendar"))
                .extract().asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        assertThat(calendar.<Property>getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("Placements of " + team);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).as("the proposed placement and the one beyond a year are left out").hasSize(2);
        VEvent awayEvent = event(events, awayId + "-away@secondment-service");
        assertThat(awayEvent.getSummary().getValue()).isEqualTo(away + " away at " + host + ", 40%");
        assertThat(start(awayEvent)).isEqualTo(today.plusDays(10));
        assertThat(end(awayEvent)).as("DTEND of an all-day event is the day after the last").isEqualTo(
                today.plusDays(20));
        assertThat(awayEvent.<Property>getProperty("CATEGORIES").orElseThrow().getValue()).isEqualTo("AWAY");
        assertThat(awayEvent.<Property>getProperty("TRANSP").orElseThrow().getValue()).isEqualTo("TRANSPARENT");
        VEvent hostedEvent = event(events, hostedId + "-hosted@secondment-service");
        assertThat(hostedEvent.getSummary().getValue()).isEqualTo(guest + " hosted from " + home + ", 100%");
        assertThat(start(hostedEvent)).isEqualTo(today.plusDays(30));
        assertThat(end(hostedEvent)).isEqualTo(today.plusDays(31));
    }

    @Test
    void makingTheFeedAgainEndsTheOldUrl() {
        String team = newTeam();
        String first = makeFeed(TestTokens.hrAdmin(), team);
        given().get(pathOf(first)).then().statusCode(200);

        String second = makeFeed(managerOf(team), team);

        assertThat(second).isNotEqualTo(first);
        given().get(pathOf(first)).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().get(pathOf(second)).then().statusCode(200);
    }

    @Test
    void onlyAHashOfTheSecretIsKept() {
        String team = newTeam();
        String url = makeFeed(managerOf(team), team);
        String secret = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());

        List<String> kept = entityManager
                .createNativeQuery("select secret_hash from team_calendar_feed where team_id = ?1", String.class)
                .setParameter(1, team).getResultList();

        assertThat(secret).hasSize(FeedSecrets.LENGTH).matches("[A-Za-z0-9_-]+");
        assertThat(kept).containsExactly(FeedSecrets.hash(secret));
        assertThat(kept.get(0)).doesNotContain(secret);
    }

    @Test
    void onlyHrAndTheTeamsManagersMakeAFeedAndAnUnknownSecretOpensNothing() {
        String team = newTeam();
        given().auth().oauth2(managerOf(newTeam())).post("/teams/{teamId}/calendar-feed", team)
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_TEAM"));
        given().auth().oauth2(TestTokens.employee(newEmployee(team))).post("/teams/{teamId}/calendar-feed", team)
                .then().statusCode(403);
        given().get("/calendar-feeds/{secret}.ics", FeedSecrets.newSecret()).then().statusCode(404);
        given().get("/calendar-feeds/{secret}.ics", "short").then().statusCode(404);
    }

    private static String makeFeed(String token, String team) {
        var answer = given().auth().oauth2(token).post("/teams/{teamId}/calendar-feed", team)
                .then().statusCode(201).body("teamId", equalTo(team)).body("url", startsWith("http")).extract();
        String url = answer.path("url");
        assertThat(answer.header("Location")).isEqualTo(pathOf(url));
        return url;
    }

    private static String pathOf(String url) {
        return URI.create(url).getPath();
    }

    private static VEvent event(List<VEvent> events, String uid) {
        return events.stream().filter(event -> event.getUid().orElseThrow().getValue().equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }

    private static Temporal start(VEvent event) {
        return event.getDateTimeStart().getDate();
    }

    private static Temporal end(VEvent event) {
        return event.getDateTimeEnd().getDate();
    }
}
