package io.supportcoach.coaching.session;

import static io.restassured.RestAssured.given;
import static io.supportcoach.coaching.session.Sessions.body;
import static io.supportcoach.coaching.session.Sessions.coach;
import static io.supportcoach.coaching.session.Sessions.coachToken;
import static io.supportcoach.coaching.session.Sessions.command;
import static io.supportcoach.coaching.session.Sessions.future;
import static io.supportcoach.coaching.session.Sessions.oneToOne;
import static io.supportcoach.coaching.session.Sessions.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.supportcoach.testing.StatementCount;
import io.supportcoach.testing.StatementCount.Tally;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What reading sessions sends the database, counted at the JDBC driver: a page of twice the sessions in as many
 * statements, whatever their history, observations, attendance and feedback, and no transaction (no BEGIN or COMMIT)
 * on any read.
 */
@QuarkusTest
@TestProfile(StatementCount.Profile.class)
class SessionReadStatementsTest {

    @Test
    void aPageOfTwiceTheSessionsTakesAsManyStatements() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String coachee = person();
        Instant past = Instant.now().minus(Duration.ofDays(30));
        for (int i = 0; i < 2; i++) {
            completedOneToOne(coachEmployee, coachId, coachee, past.plus(Duration.ofDays(2 * i)));
            completedGroup(coachEmployee, coachId, past.plus(Duration.ofDays(2 * i + 1)));
            rescheduled(coachId, future(10 + i));
        }
        String page = "/coaching-sessions?coach=" + coachId + "&limit=";

        for (String token : List.of(TestTokens.hrAdmin(), coachToken(coachEmployee))) {
            Tally three = StatementCount.of(() -> given().auth().oauth2(token).get(page + 3).then().statusCode(200)
                    .body("items", hasSize(3)).body("items[0].coacheeFeedback", hasSize(1)));
            Tally six = StatementCount.of(() -> given().auth().oauth2(token).get(page + 6).then().statusCode(200)
                    .body("items", hasSize(6)).body("items[1].attendance", hasSize(2))
                    .body("items[5].history", hasSize(1)));
            assertThat(six).as("a page of 6 sessions against one of 3").isEqualTo(three);
            assertThat(three.transactions()).as("transactions of a read").isZero();
        }
        Tally own = StatementCount.of(() -> given().auth().oauth2(TestTokens.employee(coachee))
                .get("/coaching-sessions?limit=6").then().statusCode(200).body("items", hasSize(2))
                .body("items.observations.employeeId", contains(List.of(coachee, coachee), List.of(coachee, coachee))));
        assertThat(own.transactions()).as("transactions of a coachee's read").isZero();
    }

    @Test
    void aSessionItsEventAndACalendarFeedAreReadWithoutATransaction() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String coachee = person();
        String completed = completedOneToOne(coachEmployee, coachId, coachee, Instant.now().minus(Duration.ofDays(3)));
        String moved = rescheduled(coachId, future(12));

        for (String id : List.of(completed, moved)) {
            assertThat(StatementCount.of(() -> Sessions.read(TestTokens.hrAdmin(), id).then().statusCode(200))
                    .transactions()).as("transactions of GET /coaching-sessions/" + id).isZero();
            assertThat(StatementCount.of(() -> given().auth().oauth2(TestTokens.hrAdmin()).accept("text/calendar")
                    .get("/coaching-sessions/{id}", id).then().statusCode(200)).transactions())
                    .as("transactions of the event of " + id).isZero();
        }
        String feed = URI.create(given().auth().oauth2(coachToken(coachEmployee))
                .post("/people/{id}/calendar-feed", coachEmployee).then().statusCode(201).extract().<String>path("url"))
                .getPath();
        Tally two = StatementCount.of(() -> given().get(feed).then().statusCode(200));
        rescheduled(coachId, future(14));
        rescheduled(coachId, future(16));
        Tally four = StatementCount.of(() -> given().get(feed).then().statusCode(200));
        assertThat(four).as("a feed of 4 sessions against one of 2").isEqualTo(two);
        assertThat(two.transactions()).as("transactions of a feed").isZero();
    }

    private static String completedOneToOne(String coachEmployee, String coachId, String coachee, Instant start) {
        String id = Sessions.begun(oneToOne(coachId, coachee, start));
        command(coachToken(coachEmployee), id, "complete", Map.of("observations",
                List.of(observation(coachee, "empathy", 3), observation(coachee, "active-listening", 2))))
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.employee(coachee)).contentType(ContentType.JSON)
                .body(Map.of("rating", 4, "comment", "Useful."))
                .post("/coaching-sessions/{id}/coachee-feedback", id).then().statusCode(201);
        return id;
    }

    private static void completedGroup(String coachEmployee, String coachId, Instant start) {
        String came = person();
        String away = person();
        String id = Sessions.begun(body("GROUP", coachId, List.of(came, away), start, Duration.ofHours(1)));
        command(coachToken(coachEmployee), id, "complete", Map.of(
                "attendance", List.of(Map.of("employeeId", came, "attended", true),
                        Map.of("employeeId", away, "attended", false)),
                "observations", List.of(observation(came, "empathy", 4)))).then().statusCode(200)
                .body("attendance", hasSize(2)).body("attendance[0].attended", equalTo(came.compareTo(away) < 0));
    }

    private static String rescheduled(String coachId, Instant start) {
        String id = Sessions.scheduled(oneToOne(coachId, person(), start));
        Instant later = start.plus(Duration.ofHours(2));
        command(TestTokens.hrAdmin(), id, "reschedule", Map.of("start", later.toString(),
                "end", later.plus(Duration.ofHours(1)).toString(), "timeZone", "Europe/Berlin")).then().statusCode(200);
        return id;
    }

    private static Map<String, Object> observation(String employeeId, String skill, int level) {
        return Map.of("employeeId", employeeId, "skill", skill, "level", level, "observed", "Named the worry.");
    }
}
