package io.supportcoach.http.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.persistence.outbox.DeliveryResult;
import io.supportcoach.persistence.outbox.Outbox;
import io.supportcoach.persistence.outbox.OutboxAdmin;
import io.supportcoach.persistence.outbox.OutboxMessageView;
import io.supportcoach.persistence.outbox.OutboxRelay;
import io.supportcoach.persistence.outbox.OutboxStatus;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Messages are written with the business change and delivered once each, in order per aggregate. */
@QuarkusTest
class OutboxTest {

    /** A payload as a service would enqueue it. */
    record WidgetRenamed(String widgetId, String name) {
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxAdmin admin;

    @Inject
    FakeSender sender;

    @Inject
    DataSource dataSource;

    /** The relay takes every due message in the table, so each test starts from an empty outbox. */
    @BeforeEach
    void emptyOutbox() throws SQLException {
        execute("delete from outbox_message");
        sender.reset();
    }

    @Test
    void enqueueOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.enqueue("widget", "w-1", "WidgetRenamed", "http://skills/events",
                new WidgetRenamed("w-1", "a"))).isInstanceOf(TransactionalException.class);
        assertThat(admin.backlog().pending()).isZero();
    }

    @Test
    void rolledBackChangeLeavesNoMessage() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue("widget", "w-1", "WidgetRenamed", "http://skills/events", new WidgetRenamed("w-1", "a"));
            throw new IllegalStateException("the business change failed after the enqueue");
        })).hasMessageContaining("business change failed");
        assertThat(admin.backlog().pending()).isZero();
    }

    @Test
    void committedMessageCarriesItsJsonAndIdempotencyKey() {
        UUID id = enqueue("widget", "w-1");
        assertThat(admin.backlog().pending()).isEqualTo(1);

        assertThat(relay.relayOnce(10)).isEqualTo(1);

        assertThat(sender.sends()).singleElement().satisfies(send -> {
            assertThat(send.idempotencyKey()).isEqualTo("outbox-" + id);
            assertThat(send.payload()).contains("\"widgetId\"", "\"w-1\"");
        });
        OutboxMessageView view = admin.find(id).orElseThrow();
        assertThat(view.status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(view.attempts()).isEqualTo(1);
        assertThat(view.deliveredAt()).isNotNull();
        assertThat(admin.backlog()).satisfies(backlog -> {
            assertThat(backlog.pending()).isZero();
            assertThat(backlog.oldestPendingAge()).isEqualTo(Duration.ZERO);
        });
    }

    @Test
    void retryOfAnAggregatesHeadHoldsBackItsLaterMessagesOnly() throws SQLException {
        UUID a1 = enqueue("order", "A");
        UUID b1 = enqueue("order", "B");
        UUID a2 = enqueue("order", "A");
        UUID b2 = enqueue("order", "B");
        UUID a3 = enqueue("order", "A");
        AtomicBoolean failedOnce = new AtomicBoolean();
        sender.behave(message -> message.id().equals(a1) && failedOnce.compareAndSet(false, true)
                ? DeliveryResult.retry("HTTP 503") : DeliveryResult.delivered());

        relay.relayOnce(10);

        assertThat(sender.sentIds()).containsExactly(a1, b1, b2);
        OutboxMessageView retried = admin.find(a1).orElseThrow();
        assertThat(retried.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.lastError()).isEqualTo("HTTP 503");
        // Test configuration: base one minute, so the first wait is 30 to 60 seconds.
        assertThat(retried.nextAttemptAt()).isAfter(Instant.now().plusSeconds(25));
        assertThat(admin.find(a2).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);

        makeDue(a1);
        relay.relayOnce(10);

        assertThat(sender.sentIds()).containsExactly(a1, b1, b2, a1, a2, a3);
        assertThat(List.of(a1, a2, a3, b1, b2)).allSatisfy(
                id -> assertThat(admin.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED));
    }

    @Test
    void aParkedMessageHoldsBackOnlyWhatGoesToItsOwnDestination() {
        UUID toSkills = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue("person", "e-1", "PersonChanged",
                "skills-service", new WidgetRenamed("e-1", "left")));
        UUID laterToSkills = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue("person", "e-1",
                "PersonChanged", "skills-service", new WidgetRenamed("e-1", "back")));
        UUID toCoaching = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue("person", "e-1", "PersonChanged",
                "coaching-service", new WidgetRenamed("e-1", "left")));
        sender.behave(message -> message.destination().equals("skills-service")
                ? DeliveryResult.permanentFailure("HTTP 422") : DeliveryResult.delivered());

        relay.relayOnce(10);

        assertThat(sender.sentIds()).containsExactly(toSkills, toCoaching);
        assertThat(admin.find(toSkills).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(admin.find(laterToSkills).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(admin.find(toCoaching).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(admin.backlog().failed()).isEqualTo(1);
    }

    @Test
    void permanentFailureParksAtOnceUntilRetried() {
        UUID a1 = enqueue("order", "A");
        UUID a2 = enqueue("order", "A");
        UUID b1 = enqueue("order", "B");
        sender.behave(message -> message.id().equals(a1)
                ? DeliveryResult.permanentFailure("HTTP 422 unknown skill") : DeliveryResult.delivered());

        relay.relayOnce(10);
        relay.relayOnce(10);

        assertThat(sender.sentIds()).containsExactly(a1, b1);
        OutboxMessageView parked = admin.find(a1).orElseThrow();
        assertThat(parked.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(parked.attempts()).isEqualTo(1);
        assertThat(parked.lastError()).isEqualTo("HTTP 422 unknown skill");
        assertThat(admin.find(a2).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);

        sender.behave(message -> DeliveryResult.delivered());
        assertThat(admin.retry(a1)).isTrue();
        assertThat(admin.find(a1).orElseThrow().attempts()).isZero();
        relay.relayOnce(10);

        assertThat(sender.sentIds()).containsExactly(a1, b1, a1, a2);
        assertThat(admin.find(a1).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(admin.find(a2).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void discardingAParkedMessageReleasesTheNextOne() {
        UUID a1 = enqueue("order", "A");
        UUID a2 = enqueue("order", "A");
        sender.behave(message -> message.id().equals(a1)
                ? DeliveryResult.permanentFailure("HTTP 410") : DeliveryResult.delivered());
        relay.relayOnce(10);
        assertThat(sender.sentIds()).containsExactly(a1);
        assertThat(admin.retry(a2)).isFalse();

        assertThat(admin.discard(a1)).isTrue();
        relay.relayOnce(10);

        assertThat(sender.sentIds()).containsExactly(a1, a2);
        assertThat(admin.find(a1).orElseThrow().status()).isEqualTo(OutboxStatus.DISCARDED);
        assertThat(admin.find(a2).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void maxAttemptsParksWithTheLastError() throws SQLException {
        UUID a1 = enqueue("order", "A");
        UUID a2 = enqueue("order", "A");
        int[] calls = {0};
        sender.behave(message -> DeliveryResult.retry("HTTP 503 on attempt " + ++calls[0]));

        // Test configuration: three attempts.
        for (int attempt = 1; attempt <= 3; attempt++) {
            relay.relayOnce(10);
            assertThat(admin.find(a1).orElseThrow().attempts()).isEqualTo(attempt);
            makeDue(a1);
        }
        relay.relayOnce(10);

        OutboxMessageView parked = admin.find(a1).orElseThrow();
        assertThat(parked.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(parked.lastError()).isEqualTo("HTTP 503 on attempt 3");
        assertThat(sender.sentIds()).containsExactly(a1, a1, a1);
        assertThat(admin.find(a2).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void crashBetweenSendAndMarkSendsAgainWithTheSameKey() {
        UUID id = enqueue("order", "A");
        AtomicBoolean crashed = new AtomicBoolean();
        sender.behave(message -> {
            if (crashed.compareAndSet(false, true)) {
                throw new IllegalStateException("the process died after the receiver got the message");
            }
            return DeliveryResult.delivered();
        });

        assertThatThrownBy(() -> relay.relayOnce(10)).hasMessageContaining("process died");
        OutboxMessageView unmarked = admin.find(id).orElseThrow();
        assertThat(unmarked.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(unmarked.attempts()).isZero();

        assertThat(relay.relayOnce(10)).isEqualTo(1);

        assertThat(sender.sends()).extracting(FakeSender.Send::idempotencyKey)
                .containsExactly("outbox-" + id, "outbox-" + id);
        assertThat(admin.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
    }

    /**
     * Two relays run at once, again and again. The sender holds the very first message until the other
     * relay has sent something, so in every round one relay works while the other holds a head's row lock.
     */
    @Test
    void twoRelaysDeliverEachMessageOnceInOrderPerAggregate() throws Exception {
        ExecutorService relays = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                emptyOutbox();
                Map<String, List<UUID>> enqueued = enqueueInterleaved(List.of("c0", "c1", "c2"), 5);
                UUID held = enqueued.get("c0").get(0);
                CountDownLatch otherSent = new CountDownLatch(1);
                AtomicBoolean overlapped = new AtomicBoolean();
                sender.behave(message -> {
                    if (message.id().equals(held)) {
                        overlapped.set(await(otherSent));
                    } else {
                        otherSent.countDown();
                    }
                    return DeliveryResult.delivered();
                });

                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(relays.submit(() -> {
                        start.await();
                        return relay.relayOnce(100);
                    }));
                }
                start.countDown();
                for (Future<Integer> run : runs) {
                    run.get(30, TimeUnit.SECONDS);
                }
                // A relay stops when every head left is locked by the other; what remains is due now.
                while (relay.relayOnce(100) > 0) {
                    Thread.onSpinWait();
                }

                assertThat(overlapped).as("the other relay sent while the first held a head").isTrue();
                List<FakeSender.Send> sends = sender.sends();
                assertThat(sends).extracting(FakeSender.Send::id).doesNotHaveDuplicates().hasSize(15);
                for (Map.Entry<String, List<UUID>> aggregate : enqueued.entrySet()) {
                    assertThat(sends).filteredOn(send -> send.aggregateId().equals(aggregate.getKey()))
                            .extracting(FakeSender.Send::id).containsExactlyElementsOf(aggregate.getValue());
                }
                assertThat(count("select count(*) from outbox_message where status = 'DELIVERED'")).isEqualTo(15);
            }
        } finally {
            relays.shutdownNow();
        }
    }

    private UUID enqueue(String aggregateType, String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(aggregateType, aggregateId,
                "WidgetRenamed", "http://skills/events", new WidgetRenamed(aggregateId, "name")));
    }

    /** Message i of every aggregate before message i + 1 of any, all in one transaction. */
    private Map<String, List<UUID>> enqueueInterleaved(List<String> aggregates, int perAggregate) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<UUID>> ids = new LinkedHashMap<>();
            for (int i = 0; i < perAggregate; i++) {
                for (String aggregate : aggregates) {
                    ids.computeIfAbsent(aggregate, key -> new ArrayList<>()).add(outbox.enqueue("order", aggregate,
                            "WidgetRenamed", "http://skills/events", new WidgetRenamed(aggregate, "n" + i)));
                }
            }
            return ids;
        });
    }

    /** The bound only keeps a relay that never works alongside from hanging the build; it then fails. */
    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void makeDue(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update outbox_message set next_attempt_at = now() where id = ?")) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
