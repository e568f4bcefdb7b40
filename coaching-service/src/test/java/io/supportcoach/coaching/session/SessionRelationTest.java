package io.supportcoach.coaching.session;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.supportcoach.coaching.session.Sessions.body;
import static io.supportcoach.coaching.session.Sessions.coach;
import static io.supportcoach.coaching.session.Sessions.coachToken;
import static io.supportcoach.coaching.session.Sessions.command;
import static io.supportcoach.coaching.session.Sessions.person;
import static io.supportcoach.coaching.session.Sessions.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.coaching.relation.CoachingRelationMessage;
import io.supportcoach.persistence.outbox.OutboxAdmin;
import io.supportcoach.persistence.outbox.OutboxMessageView;
import io.supportcoach.persistence.outbox.OutboxStatus;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.OutboxDelivery;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A completed session makes its coach the coach of everyone who attended it, in skills-service, for a year after the
 * session: through the outbox, so completing works while skills-service is down and the relation arrives later.
 */
@QuarkusTest
class SessionRelationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    CalleeStub skillsService;

    OutboxDelivery outbox;

    @Inject
    OutboxAdmin admin;

    @BeforeEach
    @AfterEach
    void startAfresh() {
        outbox = OutboxDelivery.emptiedTowards(skillsService);
    }

    @Test
    void completingAGroupSessionGrantsTheCoachTheCoacheesWhoCameForAYear() throws Exception {
        String coachEmployee = person();
        String came = person();
        String alsoCame = person();
        String away = person();
        Instant start = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        String id = Sessions.begun(body("GROUP", coach(coachEmployee), List.of(came, alsoCame, away), start,
                Duration.ofHours(1)));
        outbox.calleeDown();

        command(coachToken(coachEmployee), id, "complete", Map.of(
                "attendance", List.of(Map.of("employeeId", came, "attended", true),
                        Map.of("employeeId", alsoCame, "attended", true),
                        Map.of("employeeId", away, "attended", false)),
                "observations", List.of())).then().statusCode(200);
        outbox.relayOnce();
        List<OutboxMessageView> grants = grantsOf(id);
        assertThat(grants).extracting(OutboxMessageView::aggregateId)
                .containsExactlyInAnyOrder("session:" + id + ":" + came, "session:" + id + ":" + alsoCame);
        assertThat(grants).extracting(OutboxMessageView::status).containsOnly(OutboxStatus.PENDING);

        outbox.calleeBack();
        outbox.relayUntilDelivered(grants);

        assertThat(skillsService.received(putRequestedFor(urlPathMatching("/coaching-relations/.*:" + away))))
                .isZero();
        LoggedRequest put = lastPut("session:" + id + ":" + came);
        JsonNode relation = JSON.readTree(put.getBodyAsString());
        assertThat(relation.path("coachId").asText()).isEqualTo(coachEmployee);
        assertThat(relation.path("coacheeId").asText()).isEqualTo(came);
        assertThat(Instant.parse(relation.path("validUntil").asText()))
                .isEqualTo(start.plus(Duration.ofHours(1)).plus(Duration.ofDays(365)));
        assertThat(put.getHeader("Authorization")).startsWith("Bearer ");
        assertThat(lastPut("session:" + id + ":" + alsoCame).getBodyAsString()).contains(alsoCame);
    }

    @Test
    void aSessionRecordedAfterwardsGrantsItsCoacheeToo() {
        String coachEmployee = person();
        String coachee = person();
        Instant start = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        var recorded = Sessions.oneToOne(coach(coachEmployee), coachee, start);
        recorded.put("status", "COMPLETED");
        recorded.put("completion", Map.of("observations", List.of()));

        String id = Sessions.create(coachToken(coachEmployee), recorded).then().statusCode(201).extract().path("id");
        List<OutboxMessageView> grants = grantsOf(id);
        outbox.relayUntilDelivered(grants);

        assertThat(grants).extracting(OutboxMessageView::aggregateId).containsExactly("session:" + id + ":" + coachee);
    }

    @Test
    void aSessionThatIsCancelledGrantsNothing() {
        String coachEmployee = person();
        String coachee = person();
        String id = scheduled(Sessions.oneToOne(coach(coachEmployee), coachee, Sessions.future(3)));

        command(coachToken(coachEmployee), id, "cancel", Map.of("reason", "The coachee is ill."))
                .then().statusCode(200);
        outbox.relayOnce();

        assertThat(grantsOf(id)).isEmpty();
        assertThat(skillsService.received(putRequestedFor(urlPathMatching("/coaching-relations/.*")))).isZero();
    }

    /** The grant as skills-service received it; a busy machine may have made the relay send it twice. */
    private LoggedRequest lastPut(String reference) {
        List<LoggedRequest> puts = skillsService.requests(putRequestedFor(urlPathEqualTo("/coaching-relations/"
                + reference)));
        assertThat(puts).as(reference).isNotEmpty();
        return puts.get(puts.size() - 1);
    }

    /** Every grant of the session: one aggregate per coachee, so they are found by the prefix they share. */
    private List<OutboxMessageView> grantsOf(String sessionId) {
        return admin.list(null, 0, 1000).stream()
                .filter(message -> message.aggregateType().equals(CoachingRelationMessage.AGGREGATE_TYPE)
                        && message.aggregateId().startsWith("session:" + sessionId + ":"))
                .toList();
    }
}
