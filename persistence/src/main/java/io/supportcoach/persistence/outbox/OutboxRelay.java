package io.supportcoach.persistence.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers outbox messages, in order per aggregate and destination, however many relays run at once. "The
 * aggregate" below means the messages of one aggregate to one destination: a callee that is down holds back only
 * what goes to it.
 *
 * <p>Each message is handled in its own short transaction: select the due heads (PENDING messages with no
 * earlier PENDING or FAILED message of their aggregate), lock the oldest one that no other relay holds
 * with {@code FOR UPDATE SKIP LOCKED}, check again in a fresh statement that it is still the head, send it,
 * and mark it in the same transaction. The row lock lasts from the claim to the mark, so while one relay
 * sends a message a second one skips it, and it cannot take the aggregate's next message either, since
 * that one still has an open message before it. An aggregate therefore has at most one message in flight,
 * and the next is only claimed once the earlier one is committed as DELIVERED (or DISCARDED by an
 * operator); a RETRY keeps it the head, and a FAILED message holds the aggregate back until
 * {@link OutboxAdmin#retry} or {@link OutboxAdmin#discard}. The sender is called with no lock held but
 * that one row.
 *
 * <p>If the process dies, or the sender throws, between sending and marking, the transaction rolls back:
 * the message stays PENDING and is sent again with the same idempotency key, which the receiver uses to
 * apply it once.
 */
@ApplicationScoped
public class OutboxRelay {

    /**
     * The open messages are PENDING and FAILED; DELIVERED and DISCARDED ones no longer hold anything back, nor do
     * messages of the aggregate to another destination.
     */
    private static final String IS_HEAD = "not exists (select 1 from outbox_message earlier"
            + " where earlier.aggregate_type = m.aggregate_type and earlier.aggregate_id = m.aggregate_id"
            + " and earlier.destination = m.destination"
            + " and earlier.position < m.position and earlier.status in ('PENDING', 'FAILED'))";

    private static final String CLAIM = "select m.id, m.position, m.aggregate_type, m.aggregate_id,"
            + " m.message_type, m.destination, m.payload::text, m.attempts, m.created_at"
            + " from outbox_message m"
            + " where m.status = 'PENDING' and m.next_attempt_at <= now() and " + IS_HEAD
            + " order by m.position limit 1 for update of m skip locked";

    /** A fresh statement sees what committed since the claim's snapshot, such as an earlier message retried. */
    private static final String STILL_HEAD = "select 1 from outbox_message m"
            + " where m.id = ? and m.status = 'PENDING' and " + IS_HEAD;

    private static final int MAX_ERROR_LENGTH = 2000;

    private final DataSource dataSource;
    private final Instance<OutboxSender> sender;
    /** Plain threads, on purpose: no context (transaction, request) is propagated to or from them. */
    private final ExecutorService senders = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "outbox-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final Backoff backoff;
    private final int maxAttempts;
    private final int pollBatch;

    public OutboxRelay(DataSource dataSource, Instance<OutboxSender> sender,
            @ConfigProperty(name = "suite.outbox.backoff.base") Duration backoffBase,
            @ConfigProperty(name = "suite.outbox.backoff.max") Duration backoffMax,
            @ConfigProperty(name = "suite.outbox.max-attempts") int maxAttempts,
            @ConfigProperty(name = "suite.outbox.batch") int pollBatch) {
        this.dataSource = dataSource;
        this.sender = sender;
        this.backoff = new Backoff(backoffBase, backoffMax);
        this.maxAttempts = maxAttempts;
        this.pollBatch = pollBatch;
    }

    @Scheduled(every = "${suite.outbox.poll:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void poll() {
        relayOnce(pollBatch);
    }

    /** Sends up to {@code batch} due messages, one transaction each, and returns how many were sent. */
    public int relayOnce(int batch) {
        OutboxSender delivery = sender.get();
        int sent = 0;
        for (int claims = 0; claims < batch; claims++) {
            Optional<Boolean> handled = QuarkusTransaction.requiringNew().call(() -> relayNext(delivery));
            if (handled.isEmpty()) {
                break;
            }
            if (handled.get()) {
                sent++;
            }
        }
        return sent;
    }

    /** Empty when nothing is due; false when the claimed message stopped being its aggregate's head. */
    private Optional<Boolean> relayNext(OutboxSender delivery) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Optional<OutboxMessage> claimed = claim(connection);
            if (claimed.isEmpty()) {
                return Optional.empty();
            }
            OutboxMessage message = claimed.get();
            if (!stillHead(connection, message.id())) {
                return Optional.of(false);
            }
            mark(connection, message, sendApart(delivery, message));
            return Optional.of(true);
        }
    }

    /**
     * Sends on a thread of its own while this one waits with the row locked. A REST client may carry the calling
     * thread's contexts to its own threads and restore them afterwards; the relay's transaction must not travel
     * with it, or it can come back suspended and the mark fail to commit ("enlisted connection used without active
     * transaction"). Whatever the sender throws is rethrown here, so the transaction rolls back as for a crash.
     */
    private DeliveryResult sendApart(OutboxSender delivery, OutboxMessage message) {
        Future<DeliveryResult> sent = senders.submit(() -> delivery.send(message));
        try {
            return sent.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the sender failed on message " + message.id(), failed.getCause());
        } catch (InterruptedException interrupted) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending message " + message.id(), interrupted);
        }
    }

    @PreDestroy
    void stopSenders() {
        senders.shutdownNow();
    }

    private static Optional<OutboxMessage> claim(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CLAIM);
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new OutboxMessage(row.getObject(1, UUID.class), row.getLong(2), row.getString(3),
                    row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getInt(8),
                    row.getTimestamp(9).toInstant()));
        }
    }

    private static boolean stillHead(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(STILL_HEAD)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private void mark(Connection connection, OutboxMessage message, DeliveryResult result) throws SQLException {
        int attempts = message.attempts() + 1;
        switch (result.outcome()) {
            case DELIVERED -> update(connection, message.id(), "status = 'DELIVERED', attempts = ?,"
                    + " delivered_at = clock_timestamp()", attempts);
            case PERMANENT_FAILURE -> park(connection, message.id(), attempts, result.error());
            case RETRY -> {
                if (attempts >= maxAttempts) {
                    park(connection, message.id(), attempts, result.error());
                } else {
                    Duration wait = backoff.delay(attempts, ThreadLocalRandom.current().nextDouble());
                    update(connection, message.id(), "attempts = ?, last_error = ?,"
                            + " next_attempt_at = clock_timestamp() + ?::interval",
                            attempts, truncate(result.error()), wait.toMillis() + " milliseconds");
                }
            }
        }
    }

    private static void park(Connection connection, UUID id, int attempts, String error) throws SQLException {
        update(connection, id, "status = 'FAILED', attempts = ?, last_error = ?", attempts, truncate(error));
    }

    private static void update(Connection connection, UUID id, String assignments, Object... values)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_message set " + assignments + " where id = ?")) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.setObject(values.length + 1, id);
            update.executeUpdate();
        }
    }

    private static String truncate(String error) {
        String text = error == null ? "no error text" : error;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    /** Skips the trigger when configuration turns the relay off or the service provides no sender yet. */
    @Singleton
    static class Disabled implements Scheduled.SkipPredicate {

        private final boolean enabled;
        private final Instance<OutboxSender> sender;

        Disabled(@ConfigProperty(name = "suite.outbox.relay.enabled") boolean enabled, Instance<OutboxSender> sender) {
            this.enabled = enabled;
            this.sender = sender;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !enabled || !sender.isResolvable();
        }
    }
}
