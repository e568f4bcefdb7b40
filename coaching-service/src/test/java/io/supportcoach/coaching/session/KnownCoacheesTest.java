package io.supportcoach.coaching.session;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static io.supportcoach.coaching.session.Sessions.coach;
import static io.supportcoach.coaching.session.Sessions.create;
import static io.supportcoach.coaching.session.Sessions.future;
import static io.supportcoach.coaching.session.Sessions.oneToOne;
import static io.supportcoach.coaching.session.Sessions.person;
import static io.supportcoach.coaching.session.Sessions.read;
import static io.supportcoach.testing.CalleeStub.FIRST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.supportcoach.coaching.AnswersKept;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.RegisterOfPeopleStub;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A coachee's register entry is kept once skills-service has given it, so booking them again asks nothing; the team
 * moves and leavers skills-service reports change the kept entry. The register stub reads a person's team and status
 * from their id and never changes its answer, so a booking that follows a report shows which one it used.
 */
@QuarkusTest
@TestProfile(AnswersKept.class)
class KnownCoacheesTest {

    private static final String REGISTER = TestTokens.service("skills-service");

    CalleeStub skillsService;

    @AfterEach
    void standardAnswers() {
        skillsService.reset();
    }

    @Test
    void aCoacheeIsAskedAboutOnceAndReportedMovesAndLeaversChangeWhatIsKept() {
        String coachId = coach(person());
        String coachee = RegisterOfPeopleStub.personOf(person(), team());
        RequestPatternBuilder lookups = getRequestedFor(urlPathEqualTo("/people/" + coachee));

        create(TestTokens.hrAdmin(), oneToOne(coachId, coachee, future(30))).then().statusCode(201);
        create(TestTokens.hrAdmin(), oneToOne(coachId, coachee, future(31))).then().statusCode(201);
        assertThat(skillsService.received(lookups)).isEqualTo(1);

        // The moved coachee is booked for their new team, whose manager now books and sees them: a move made just
        // before the first question, reported only after its answer, still wins.
        String newTeam = team();
        report(teamChanged(coachee, newTeam, Instant.now().minus(Duration.ofSeconds(30))));
        String manager = TestTokens.as(person(), "manager").managing(newTeam).sign();
        String id = create(manager, oneToOne(coachId, coachee, future(32))).then().statusCode(201)
                .extract().path("id");
        read(manager, id).then().statusCode(200);
        assertThat(skillsService.received(lookups)).isEqualTo(1);

        // A report older than what is kept changes nothing.
        report(teamChanged(coachee, team(), Instant.now().minus(Duration.ofHours(1))));
        create(manager, oneToOne(coachId, coachee, future(33))).then().statusCode(201);
        assertThat(skillsService.received(lookups)).isEqualTo(1);

        // Someone who left is asked about on every booking: the register may have taken them back, as this stub
        // says it has. Its answers, dated a minute back, are older than the report, which stays.
        report(left(coachee, Instant.now().minus(Duration.ofSeconds(20))));
        create(TestTokens.hrAdmin(), oneToOne(coachId, coachee, future(34))).then().statusCode(201);
        assertThat(skillsService.received(lookups)).isEqualTo(2);
        create(TestTokens.hrAdmin(), oneToOne(coachId, coachee, future(35))).then().statusCode(201);
        assertThat(skillsService.received(lookups)).isEqualTo(3);
    }

    @Test
    void someoneTheRegisterTookBackIsKeptAgainOnceAnAnswerIsNewerThanTheirLeavingAndBookedWhileItFails() {
        String coachId = coach(person());
        String coachee = RegisterOfPeopleStub.personOf(person(), team());
        RequestPatternBuilder lookups = getRequestedFor(urlPathEqualTo("/people/" + coachee));
        report(left(coachee, Instant.now().minus(Duration.ofMinutes(10))));

        create(TestTokens.hrAdmin(), oneToOne(coachId, coachee, future(30))).then().statusCode(201);
        create(TestTokens.hrAdmin(), oneToOne(coachId, coachee, future(31))).then().statusCode(201);
        assertThat(skillsService.received(lookups)).isEqualTo(1);

        // Kept, they are booked while the register cannot answer.
        skillsService.server().stubFor(get(urlPathMatching("/people/.*")).atPriority(FIRST).willReturn(serverError()));
        create(TestTokens.hrAdmin(), oneToOne(coachId, coachee, future(32))).then().statusCode(201);
        assertThat(skillsService.received(lookups)).isEqualTo(1);
    }

    @Test
    void peopleUnknownToTheRegisterOrWhoLeftAreAskedAboutOnEveryBooking() {
        String coachId = coach(person());
        String unknown = "unknown." + person();
        String left = "left." + person() + "." + team();

        for (int attempt = 0; attempt < 2; attempt++) {
            create(TestTokens.hrAdmin(), oneToOne(coachId, unknown, future(30))).then().statusCode(422)
                    .body("code", equalTo("UNKNOWN_PERSON"));
            create(TestTokens.hrAdmin(), oneToOne(coachId, left, future(30))).then().statusCode(422)
                    .body("code", equalTo("PERSON_LEFT"));
        }

        assertThat(skillsService.received(getRequestedFor(urlPathEqualTo("/people/" + unknown)))).isEqualTo(2);
        assertThat(skillsService.received(getRequestedFor(urlPathEqualTo("/people/" + left)))).isEqualTo(2);
    }

    private static String team() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> teamChanged(String employeeId, String team, Instant changedAt) {
        var body = new LinkedHashMap<String, Object>();
        body.put("employeeId", employeeId);
        body.put("change", "TEAM_CHANGED");
        body.put("teamId", team);
        body.put("previousTeamId", "t-before");
        body.put("changedAt", changedAt.toString());
        return body;
    }

    private static Map<String, Object> left(String employeeId, Instant changedAt) {
        var body = new LinkedHashMap<String, Object>();
        body.put("employeeId", employeeId);
        body.put("change", "LEFT");
        body.put("teamId", "t-last");
        body.put("changedAt", changedAt.toString());
        return body;
    }

    private static void report(Map<String, Object> change) {
        given().auth().oauth2(REGISTER).header("Idempotency-Key", "outbox-" + UUID.randomUUID())
                .contentType(ContentType.JSON).body(change).post("/people-changes").then().statusCode(200);
    }
}
