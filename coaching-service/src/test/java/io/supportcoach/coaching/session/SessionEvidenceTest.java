package io.supportcoach.coaching.session;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.supportcoach.coaching.session.Sessions.body;
import static io.supportcoach.coaching.session.Sessions.coach;
import static io.supportcoach.coaching.session.Sessions.coachToken;
import static io.supportcoach.coaching.session.Sessions.command;
import static io.supportcoach.coaching.session.Sessions.oneToOne;
import static io.supportcoach.coaching.session.Sessions.person;
import static io.supportcoach.coaching.session.Sessions.read;
import static io.supportcoach.testing.CalleeStub.FIRST;
import static io.supportcoach.testing.SkillsServiceStub.anyEvidenceDelivery;
import static io.supportcoach.testing.SkillsServiceStub.evidenceDeliveriesAbout;
import static io.supportcoach.testing.SkillsServiceStub.recordedEvidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.persistence.outbox.OutboxMessageView;
import io.supportcoach.persistence.outbox.OutboxStatus;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.OutboxDelivery;
import io.supportcoach.testing.SkillsServiceStub;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions and skills-service (a stub that holds both sides to skills-service's contract): the skills in focus are
 * checked with it before anything is written, and completing a session turns each observation into COACHING_SESSION
 * evidence there, through the outbox: exactly once, whether skills-service is up at the time or only later, and
 * parked for HR when skills-service refuses it.
 */
@QuarkusTest
class SessionEvidenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    CalleeStub skillsService;

    OutboxDelivery outbox;

    @BeforeEach
    @AfterEach
    void startAfresh() {
        outbox = OutboxDelivery.emptiedTowards(skillsService);
    }

    @Test
    void completingSucceedsWhileSkillsServiceIsDownAndTheEvidenceArrivesOnceWhenItIsBack() throws Exception {
        String coachEmployee = person();
        String coachee = person();
        Instant start = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        String id = Sessions.begun(oneToOne(coach(coachEmployee), coachee, start));
        outbox.calleeDown();

        command(coachToken(coachEmployee), id, "complete", Map.of(
                "observations", List.of(observation(coachee, "active-listening", 3), observation(coachee, "empathy", 4)),
                "privateNotes", "Ask about the escalation path next time.")).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("COMPLETED"))
                .body("privateNotes", equalTo("Ask about the escalation path next time."))
                .body("observations.skill", contains("active-listening", "empathy"))
                .body("observations.evidence", everyItem(equalTo("PENDING")));
        List<OutboxMessageView> messages = outbox.relayWhileCalleeDown(id, 2);

        outbox.calleeBack(anyEvidenceDelivery().willReturn(recordedEvidence(201)));
        List<LoggedRequest> deliveries = outbox.deliverEachOnce(messages, evidenceDeliveriesAbout(coachee));

        read(coachToken(coachEmployee), id).then().statusCode(200)
                .body("observations.evidence", contains("DELIVERED", "DELIVERED"));
        read(TestTokens.employee(coachee), id).then().statusCode(200)
                .body("privateNotes", nullValue()).body("observations", hasSize(2));
        JsonNode first = JSON.readTree(deliveries.get(0).getBodyAsString());
        assertThat(first.path("skill").asText()).isEqualTo("active-listening");
        assertThat(first.path("level").asInt()).isEqualTo(3);
        assertThat(first.path("source").asText()).isEqualTo("COACHING_SESSION");
        assertThat(Instant.parse(first.path("observedAt").asText())).isEqualTo(start.plus(Duration.ofHours(1)));
        assertThat(first.path("note").asText()).isEqualTo("Observed active-listening at level 3.");
        assertThat(first.path("reference").asText()).isEqualTo("coaching-session:" + id);
        JsonNode claims = OutboxDelivery.tokenClaimsOf(deliveries.get(0));
        assertThat(claims.path("sub").asText()).isEqualTo("coaching-service");
        assertThat(claims.path("groups")).hasSize(1);
        assertThat(claims.path("groups").get(0).asText()).isEqualTo("service");
    }

    @Test
    void aRefusalOrAPersonWhoLeftParksTheEvidenceARepeatedReferenceIsDeliveredAndAnythingElseIsRetried() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        Instant start = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        String refused = person();
        String left = person();
        String repeated = person();
        String refusedSession = completed(coachEmployee, coachId, refused, start);
        String leftSession = completed(coachEmployee, coachId, left, start.plus(Duration.ofHours(1)));
        String repeatedSession = completed(coachEmployee, coachId, repeated, start.plus(Duration.ofHours(2)));
        String tokenRefused = person();
        String failing = person();
        String tokenRefusedSession = completed(coachEmployee, coachId, tokenRefused, start.plus(Duration.ofHours(3)));
        String failingSession = completed(coachEmployee, coachId, failing, start.plus(Duration.ofHours(4)));
        skillsService.server().stubFor(post(urlPathEqualTo("/people/" + tokenRefused + "/evidence")).atPriority(FIRST)
                .willReturn(CalleeStub.problem(401, "UNAUTHENTICATED")));
        skillsService.server().stubFor(post(urlPathEqualTo("/people/" + failing + "/evidence")).atPriority(FIRST)
                .willReturn(CalleeStub.problem(503, "DATABASE_UNAVAILABLE")));
        skillsService.server().stubFor(post(urlPathEqualTo("/people/" + refused + "/evidence")).atPriority(FIRST)
                .willReturn(CalleeStub.problem(422, "UNKNOWN_SKILL")));
        skillsService.server().stubFor(post(urlPathEqualTo("/people/" + left + "/evidence")).atPriority(FIRST)
                .willReturn(CalleeStub.problem(409, "PERSON_LEFT")));
        skillsService.server().stubFor(post(urlPathEqualTo("/people/" + repeated + "/evidence")).atPriority(FIRST)
                .willReturn(recordedEvidence(200)));

        outbox.relayOnce();

        OutboxMessageView parked = outbox.messagesOf(refusedSession).get(0);
        assertThat(parked.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(parked.attempts()).isEqualTo(1);
        assertThat(parked.lastError()).startsWith("HTTP 422").contains("UNKNOWN_SKILL");
        OutboxMessageView closed = outbox.messagesOf(leftSession).get(0);
        assertThat(closed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(closed.lastError()).startsWith("HTTP 409").contains("PERSON_LEFT");
        assertThat(outbox.messagesOf(repeatedSession).get(0).status()).isEqualTo(OutboxStatus.DELIVERED);
        OutboxMessageView renewing = outbox.messagesOf(tokenRefusedSession).get(0);
        assertThat(renewing.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(renewing.lastError()).startsWith("HTTP 401");
        OutboxMessageView waiting = outbox.messagesOf(failingSession).get(0);
        assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(waiting.lastError()).contains("skills-service cannot answer now");
        read(TestTokens.employee(refused), refusedSession).then().body("observations[0].evidence", equalTo("FAILED"));
        read(TestTokens.employee(failing), failingSession).then().body("observations[0].evidence", equalTo("PENDING"));
        read(TestTokens.employee(repeated), repeatedSession).then()
                .body("observations[0].evidence", equalTo("DELIVERED"));

        outbox.relayOnce();
        assertThat(skillsService.received(evidenceDeliveriesAbout(refused))).isEqualTo(1);
        assertThat(skillsService.received(evidenceDeliveriesAbout(left))).isEqualTo(1);
    }

    @Test
    void aGroupSessionRecordsAttendanceAndObservationsOnlyOfThoseWhoCame() {
        String coachEmployee = person();
        String came = person();
        String away = person();
        String id = Sessions.begun(body("GROUP", coach(coachEmployee), List.of(came, away),
                Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(2)));
        var attendance = List.of(Map.of("employeeId", came, "attended", true),
                Map.of("employeeId", away, "attended", false));

        command(coachToken(coachEmployee), id, "complete", Map.of("attendance", attendance,
                "observations", List.of(observation(came, "empathy", 2), observation(away, "empathy", 3))))
                .then().statusCode(400).body("errors[0].field", equalTo("observations[1].employeeId"))
                .body("errors[0].code", equalTo("DID_NOT_ATTEND"));
        command(coachToken(coachEmployee), id, "complete", Map.of("attendance", attendance.subList(0, 1),
                "observations", List.of())).then().statusCode(400).body("errors[0].code", equalTo("INCOMPLETE"));
        command(coachToken(coachEmployee), id, "complete", Map.of("observations", List.of())).then().statusCode(400)
                .body("errors[0].field", equalTo("attendance")).body("errors[0].code", equalTo("REQUIRED"));
        command(coachToken(coachEmployee), id, "complete", Map.of("attendance", attendance,
                "observations", List.of(observation(came, "patience", 2)))).then().statusCode(400)
                .body("errors[0].field", equalTo("observations[0].skill"))
                .body("errors[0].code", equalTo("NOT_IN_FOCUS"));
        assertThat(outbox.messagesOf(id)).isEmpty();

        command(coachToken(coachEmployee), id, "complete", Map.of("attendance", attendance,
                "observations", List.of(observation(came, "empathy", 2), observation(came, "active-listening", 3))))
                .then().statusCode(200)
                .body("attendance.find { it.employeeId == '" + came + "' }.attended", equalTo(true))
                .body("attendance.find { it.employeeId == '" + away + "' }.attended", equalTo(false))
                .body("observations", hasSize(2));
        read(TestTokens.employee(away), id).then().statusCode(200).body("observations", hasSize(0));
        assertThat(outbox.messagesOf(id)).hasSize(2);
    }

    @Test
    void theSkillsInFocusAreCheckedWithSkillsServiceAndNothingIsScheduledWhenItCannotAnswer() {
        String coachId = coach(person());
        skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST)
                .willReturn(okJson(SkillsServiceStub.page(SkillsServiceStub.activeSkill("active-listening")))));

        Sessions.create(TestTokens.hrAdmin(), oneToOne(coachId, person(), Sessions.future(30))).then().statusCode(422)
                .body("code", equalTo("UNKNOWN_SKILL")).body("errors[0].field", equalTo("skills[1]"));
        skillsService.down();
        Sessions.create(TestTokens.hrAdmin(), oneToOne(coachId, person(), Sessions.future(30))).then().statusCode(503)
                .header("Retry-After", "5").body("code", equalTo("DEPENDENCY_UNAVAILABLE"));

        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("coach", coachId).get("/coaching-sessions").then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aOneToOneTakesNoAttendance() {
        String coachEmployee = person();
        String coachee = person();
        String id = Sessions.begun(oneToOne(coach(coachEmployee), coachee, Instant.now().minus(Duration.ofHours(2))));

        command(coachToken(coachEmployee), id, "complete", Map.of("attendance",
                List.of(Map.of("employeeId", coachee, "attended", true)), "observations", List.of()))
                .then().statusCode(400).body("errors[0].code", equalTo("NOT_A_GROUP"));
        command(coachToken(coachEmployee), id, "complete", Map.of("observations",
                List.of(observation(person(), "empathy", 2)))).then().statusCode(400)
                .body("errors[0].code", equalTo("NOT_A_COACHEE"));
    }

    private String completed(String coachEmployee, String coachId, String coachee, Instant start) {
        String id = Sessions.begun(oneToOne(coachId, coachee, start));
        command(coachToken(coachEmployee), id, "complete",
                Map.of("observations", List.of(observation(coachee, "empathy", 3)))).then().statusCode(200);
        return id;
    }

    private static Map<String, Object> observation(String coachee, String skill, int level) {
        return Map.of("employeeId", coachee, "skill", skill, "level", level,
                "observed", "Observed " + skill + " at level " + level + ".");
    }
}
