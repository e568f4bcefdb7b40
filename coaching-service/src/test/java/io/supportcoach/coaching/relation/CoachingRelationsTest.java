package io.supportcoach.coaching.relation;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.persistence.outbox.OutboxAdmin;
import io.supportcoach.persistence.outbox.OutboxMessageView;
import io.supportcoach.persistence.outbox.OutboxRelay;
import io.supportcoach.persistence.outbox.OutboxStatus;
import io.supportcoach.testing.CalleeStub;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Grants and revocations reach skills-service from the outbox, in the order written for each reference. */
@QuarkusTest
class CoachingRelationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    CalleeStub skillsService;

    @Inject
    CoachingRelations relations;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxAdmin admin;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    DataSource dataSource;

    @BeforeEach
    @AfterEach
    void startAfresh() throws SQLException {
        execute("delete from outbox_message");
        breakers.resetAll();
        skillsService.reset();
    }

    @Test
    void aGrantAndItsRevocationArriveInOrderWithTheServiceToken() throws Exception {
        String reference = "enrolment:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            relations.grant(reference, "e-coach-order", "e-coachee-order", null);
            relations.revoke(reference);
        });

        relayUntilDelivered(reference);

        List<LoggedRequest> calls = skillsService.requests(anyRequestedFor(urlPathEqualTo("/coaching-relations/"
                + reference)));
        assertGrantedThenRevoked(calls);
        JsonNode granted = JSON.readTree(calls.get(0).getBodyAsString());
        assertThat(granted.path("coachId").asText()).isEqualTo("e-coach-order");
        assertThat(granted.path("coacheeId").asText()).isEqualTo("e-coachee-order");
        assertThat(granted.path("validUntil").isNull() || granted.path("validUntil").isMissingNode()).isTrue();
        String revokedWith = calls.get(calls.size() - 1).getHeader("Authorization");
        String[] token = revokedWith.substring("Bearer ".length()).split("\\.");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token[1]));
        assertThat(claims.path("sub").asText()).isEqualTo("coaching-service");
    }

    @Test
    void whileSkillsServiceIsDownTheRevocationWaitsBehindTheGrant() throws Exception {
        String reference = "enrolment:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> relations.grant(reference, "e-coach-wait", "e-coachee-wait",
                Instant.parse("2031-01-01T00:00:00Z")));
        QuarkusTransaction.requiringNew().run(() -> relations.revoke(reference));
        skillsService.down();

        relay.relayOnce(10);
        List<OutboxMessageView> waiting = messagesOf(reference);
        assertThat(waiting).extracting(OutboxMessageView::messageType)
                .containsExactly(CoachingRelationMessage.GRANTED, CoachingRelationMessage.REVOKED);
        assertThat(waiting).extracting(OutboxMessageView::attempts).containsExactly(1, 0);

        skillsService.up();
        relayUntilDelivered(reference);

        List<LoggedRequest> calls = skillsService.requests(anyRequestedFor(urlPathEqualTo("/coaching-relations/"
                + reference)));
        assertGrantedThenRevoked(calls);
        assertThat(Instant.parse(JSON.readTree(calls.get(0).getBodyAsString()).path("validUntil").asText()))
                .isEqualTo(Instant.parse("2031-01-01T00:00:00Z"));
    }

    /** Every PUT before the first DELETE: a repeated attempt may repeat a call, never reorder them. */
    private static void assertGrantedThenRevoked(List<LoggedRequest> calls) {
        List<String> methods = calls.stream().map(call -> call.getMethod().getName()).toList();
        assertThat(methods).first().isEqualTo("PUT");
        assertThat(methods).last().isEqualTo("DELETE");
        assertThat(methods.lastIndexOf("PUT")).isLessThan(methods.indexOf("DELETE"));
    }

    /**
     * Relays until the reference's messages are delivered, a few rounds at most: on a busy machine an answer may come
     * after the client's short test timeout, and the message is then sent again, as it would be in production.
     */
    private void relayUntilDelivered(String reference) throws SQLException {
        for (int round = 0; round < 5 && messagesOf(reference).stream()
                .anyMatch(message -> message.status() != OutboxStatus.DELIVERED); round++) {
            execute("update outbox_message set next_attempt_at = now() where status = 'PENDING'");
            relay.relayOnce(10);
        }
        assertThat(messagesOf(reference)).extracting(OutboxMessageView::status).containsOnly(OutboxStatus.DELIVERED);
    }

    private List<OutboxMessageView> messagesOf(String reference) {
        return admin.list(null, 0, 1000).stream().filter(message -> message.aggregateId().equals(reference)).toList();
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
