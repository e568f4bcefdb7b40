package io.supportcoach.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.arc.Arc;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.persistence.outbox.OutboxAdmin;
import io.supportcoach.persistence.outbox.OutboxMessageView;
import io.supportcoach.persistence.outbox.OutboxRelay;
import io.supportcoach.persistence.outbox.OutboxStatus;

/**
 * The outbox of the service under test and the callee it delivers to (a {@link CalleeStub}), driven by hand: the
 * relay runs when a test says so, never on its schedule. Reads as the story a test tells: the callee is down, the
 * messages wait for a retry, the callee is back, each message arrives exactly once.
 */
public final class OutboxDelivery {

    /** As many messages as one relay run takes in the tests; more than any test writes. */
    private static final int BATCH = 10;
    /** Relay runs that may send a message again before a test gives up on its delivery. */
    private static final int ROUNDS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CalleeStub callee;
    private final OutboxRelay relay;
    private final OutboxAdmin admin;
    private final CircuitBreakerMaintenance breakers;
    private final DataSource dataSource;

    private OutboxDelivery(CalleeStub callee) {
        this.callee = callee;
        this.relay = bean(OutboxRelay.class);
        this.admin = bean(OutboxAdmin.class);
        this.breakers = bean(CircuitBreakerMaintenance.class);
        this.dataSource = bean(DataSource.class);
    }

    /**
     * The outbox of the running service, emptied, with every circuit breaker closed and the callee back to its
     * defaults: the relay takes every due message, so a test that left one behind would change what the next sees.
     */
    public static OutboxDelivery emptiedTowards(CalleeStub callee) {
        var delivery = new OutboxDelivery(callee);
        delivery.execute("delete from outbox_message");
        delivery.breakers.resetAll();
        callee.reset();
        return delivery;
    }

    /** Runs the relay once, as its schedule would; returns how many messages it sent. */
    public int relayOnce() {
        return relay.relayOnce(BATCH);
    }

    /** The messages of one aggregate, oldest first. */
    public List<OutboxMessageView> messagesOf(String aggregateId) {
        return admin.list(null, 0, 1000).stream().filter(message -> message.aggregateId().equals(aggregateId))
                .toList();
    }

    /** Takes the callee down: its port refuses connections. */
    public void calleeDown() {
        callee.down();
    }

    /**
     * Runs the relay once with the callee down and checks that the aggregate's {@code count} messages wait: all
     * PENDING, the first tried once and told the callee cannot answer now, the others not tried, since the messages
     * of one aggregate leave in order. Returns them, oldest first.
     */
    public List<OutboxMessageView> relayWhileCalleeDown(String aggregateId, int count) {
        relayOnce();
        List<OutboxMessageView> messages = messagesOf(aggregateId);
        assertThat(messages).hasSize(count).extracting(OutboxMessageView::status).containsOnly(OutboxStatus.PENDING);
        assertThat(messages.get(0).attempts()).isEqualTo(1);
        assertThat(messages.get(0).lastError()).contains(callee.callee() + " cannot answer now");
        assertThat(messages.subList(1, count)).extracting(OutboxMessageView::attempts).containsOnly(0);
        return messages;
    }

    /**
     * Brings the callee back with its default answers, and makes every waiting message due now instead of after its
     * back-off. Other calls that failed while the callee was down may have opened a circuit breaker; that is the
     * subject of other tests, so the breakers are closed again.
     */
    public void calleeBack() {
        callee.up();
        breakers.resetAll();
        makeEverythingDue();
    }

    /** Brings the callee back as {@link #calleeBack()} does, with {@code answer} to the deliveries. */
    public void calleeBack(MappingBuilder answer) {
        calleeBack();
        callee.server().stubFor(answer.atPriority(CalleeStub.FIRST));
    }

    /**
     * Relays once per message and checks that the callee received each of {@code messages} once, as a request
     * matching {@code delivery} with the message's idempotency key, and that nothing more is sent even when every
     * message is due again. Returns those requests, oldest first.
     */
    public List<LoggedRequest> deliverEachOnce(List<OutboxMessageView> messages, RequestPatternBuilder delivery) {
        messages.forEach(message -> relayOnce());
        List<LoggedRequest> deliveries = callee.requests(delivery);
        assertThat(deliveries).hasSameSizeAs(messages);
        assertThat(deliveries).extracting(request -> request.getHeader("Idempotency-Key"))
                .containsExactlyInAnyOrderElementsOf(messages.stream().map(message -> "outbox-" + message.id())
                        .toList());

        makeEverythingDue();
        assertThat(relayOnce()).as("messages sent again once every message was due").isZero();
        assertThat(callee.received(delivery)).isEqualTo(messages.size());
        return deliveries;
    }

    /**
     * Relays, every waiting message due, until each of {@code messages} is DELIVERED, a few rounds at most. For
     * deliveries that may be repeated: on a busy machine an answer may come after the client's short test timeout,
     * and the message is then sent again, as it would be in production.
     */
    public void relayUntilDelivered(List<OutboxMessageView> messages) {
        assertThat(messages).as("messages to deliver").isNotEmpty();
        for (int round = 0; round < ROUNDS && statusesOf(messages).stream()
                .anyMatch(status -> status != OutboxStatus.DELIVERED); round++) {
            makeEverythingDue();
            relayOnce();
        }
        assertThat(statusesOf(messages)).containsOnly(OutboxStatus.DELIVERED);
    }

    /** The claims of the bearer token a delivery carried. */
    public static JsonNode tokenClaimsOf(LoggedRequest delivery) {
        String[] token = delivery.getHeader("Authorization").substring("Bearer ".length()).split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token[1]));
        } catch (IOException e) {
            throw new UncheckedIOException("the delivery's bearer token holds no JSON claims", e);
        }
    }

    private List<OutboxStatus> statusesOf(List<OutboxMessageView> messages) {
        return messages.stream().map(message -> admin.find(message.id())
                .orElseThrow(() -> new AssertionError("outbox message " + message.id() + " is gone")).status())
                .toList();
    }

    private void makeEverythingDue() {
        execute("update outbox_message set next_attempt_at = now() where status = 'PENDING'");
    }

    private void execute(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run on the outbox table: " + sql, e);
        }
    }

    private static <T> T bean(Class<T> type) {
        T bean = Arc.container().instance(type).get();
        assertThat(bean).as("a %s bean in the service under test", type.getSimpleName()).isNotNull();
        return bean;
    }
}
