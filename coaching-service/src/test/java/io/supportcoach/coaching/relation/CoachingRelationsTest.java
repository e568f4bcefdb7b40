package io.supportcoach.coaching.relation;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.persistence.outbox.OutboxMessageView;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.OutboxDelivery;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Grants and revocations reach skills-service from the outbox, in the order written for each reference. */
@QuarkusTest
class CoachingRelationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    CalleeStub skillsService;

    OutboxDelivery outbox;

    @Inject
    CoachingRelations relations;

    @BeforeEach
    @AfterEach
    void startAfresh() {
        outbox = OutboxDelivery.emptiedTowards(skillsService);
    }

    @Test
    void aGrantAndItsRevocationArriveInOrderWithTheServiceToken() throws Exception {
        String reference = "enrolment:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            relations.grant(reference, "e-coach-order", "e-coachee-order", null);
            relations.revoke(reference);
        });

        outbox.relayUntilDelivered(outbox.messagesOf(reference));

        List<LoggedRequest> calls = callsAbout(reference);
        assertGrantedThenRevoked(calls);
        JsonNode granted = JSON.readTree(calls.get(0).getBodyAsString());
        assertThat(granted.path("coachId").asText()).isEqualTo("e-coach-order");
        assertThat(granted.path("coacheeId").asText()).isEqualTo("e-coachee-order");
        assertThat(granted.path("validUntil").isNull() || granted.path("validUntil").isMissingNode()).isTrue();
        JsonNode revokedBy = OutboxDelivery.tokenClaimsOf(calls.get(calls.size() - 1));
        assertThat(revokedBy.path("sub").asText()).isEqualTo("coaching-service");
    }

    @Test
    void whileSkillsServiceIsDownTheRevocationWaitsBehindTheGrant() throws Exception {
        String reference = "enrolment:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> relations.grant(reference, "e-coach-wait", "e-coachee-wait",
                Instant.parse("2031-01-01T00:00:00Z")));
        QuarkusTransaction.requiringNew().run(() -> relations.revoke(reference));
        outbox.calleeDown();

        List<OutboxMessageView> waiting = outbox.relayWhileCalleeDown(reference, 2);
        assertThat(waiting).extracting(OutboxMessageView::messageType)
                .containsExactly(CoachingRelationMessage.GRANTED, CoachingRelationMessage.REVOKED);

        outbox.calleeBack();
        outbox.relayUntilDelivered(waiting);

        List<LoggedRequest> calls = callsAbout(reference);
        assertGrantedThenRevoked(calls);
        assertThat(Instant.parse(JSON.readTree(calls.get(0).getBodyAsString()).path("validUntil").asText()))
                .isEqualTo(Instant.parse("2031-01-01T00:00:00Z"));
    }

    private List<LoggedRequest> callsAbout(String reference) {
        return skillsService.requests(anyRequestedFor(urlPathEqualTo("/coaching-relations/" + reference)));
    }

    /** Every PUT before the first DELETE: a repeated attempt may repeat a call, never reorder them. */
    private static void assertGrantedThenRevoked(List<LoggedRequest> calls) {
        List<String> methods = calls.stream().map(call -> call.getMethod().getName()).toList();
        assertThat(methods).first().isEqualTo("PUT");
        assertThat(methods).last().isEqualTo("DELETE");
        assertThat(methods.lastIndexOf("PUT")).isLessThan(methods.indexOf("DELETE"));
    }
}
