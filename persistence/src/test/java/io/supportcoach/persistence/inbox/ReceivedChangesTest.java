package io.supportcoach.persistence.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

/** A reported change is applied once per delivery key, however often and however concurrently it arrives. */
@QuarkusTest
class ReceivedChangesTest {

    enum WidgetChange {
        RENAMED,
        ARCHIVED
    }

    /** A change as a sender reports it; its table has a column for each component. */
    public record WidgetChanged(String widgetId, WidgetChange change, String note, Instant changedAt) {
    }

    enum WidgetEffect {
        RENAMED,
        ARCHIVED
    }

    private static final String TABLE = "received_widget_change";
    private static final Instant CHANGED_AT = Instant.parse("2031-03-04T05:06:07.123456Z");

    @Inject
    ReceivedChanges receivedChanges;

    @Inject
    DataSource dataSource;

    @Test
    void theFirstDeliveryAppliesAndARepeatAnswersWhatItDidWithoutApplyingAgain() {
        String key = "outbox-" + UUID.randomUUID();
        AtomicInteger applied = new AtomicInteger();
        Supplier<List<WidgetEffect>> apply = counted(applied, WidgetEffect.RENAMED, WidgetEffect.ARCHIVED);

        Receipt first = receive(change(key, "w-1", "RENAMED", "first"), apply).orElseThrow();
        Receipt repeat = receive(change(key, "w-1", "RENAMED", "the repeat's own note"), apply).orElseThrow();

        assertThat(applied).hasValue(1);
        assertThat(first.effects(WidgetEffect.class)).containsExactly(WidgetEffect.RENAMED, WidgetEffect.ARCHIVED);
        assertThat(repeat).isEqualTo(first);
        assertThat(first.receivedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
    }

    @Test
    void theRowKeepsTheSenderTheIdentityAndTheDetailsAsReported() throws SQLException {
        String key = "outbox-" + UUID.randomUUID();

        receive(change(key, "w-2", "ARCHIVED", null), List::<WidgetEffect>of).orElseThrow();

        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select sender, widget_id, change, note,"
                        + " changed_at, cardinality(effects) from received_widget_change where delivery_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("widget-service");
                assertThat(row.getString(2)).isEqualTo("w-2");
                assertThat(row.getString(3)).isEqualTo("ARCHIVED");
                assertThat(row.getString(4)).isNull();
                assertThat(row.getObject(5, OffsetDateTime.class).toInstant()).isEqualTo(CHANGED_AT);
                assertThat(row.getInt(6)).isZero();
            }
        }
    }

    @Test
    void aKeyFirstUsedForAnotherChangeAnswersNothingAndAppliesNothing() {
        String key = "outbox-" + UUID.randomUUID();
        AtomicInteger applied = new AtomicInteger();
        Supplier<List<WidgetEffect>> apply = counted(applied, WidgetEffect.RENAMED);
        receive(change(key, "w-3", "RENAMED", null), apply).orElseThrow();

        assertThat(receive(change(key, "w-4", "RENAMED", null), apply)).isEmpty();
        assertThat(receive(change(key, "w-3", "ARCHIVED", null), apply)).isEmpty();
        assertThat(applied).hasValue(1);
    }

    @Test
    void aChangeWhoseApplyingFailsLeavesItsKeyForTheNextDelivery() {
        String key = "outbox-" + UUID.randomUUID();

        assertThatThrownBy(() -> receive(change(key, "w-5", "RENAMED", null), () -> {
            throw new IllegalStateException("the widget could not be renamed");
        })).hasMessage("the widget could not be renamed");
        Receipt retried = receive(change(key, "w-5", "RENAMED", null), () -> List.of(WidgetEffect.RENAMED))
                .orElseThrow();

        assertThat(retried.effects(WidgetEffect.class)).containsExactly(WidgetEffect.RENAMED);
    }

    @Test
    void concurrentDeliveriesOfOneKeyApplyItOnceAndAllAnswerTheSame() throws Exception {
        String key = "outbox-" + UUID.randomUUID();
        int deliveries = 8;
        AtomicInteger applied = new AtomicInteger();
        AtomicBoolean othersWaited = new AtomicBoolean();
        // The first delivery holds its key's row until the others are seen waiting on it.
        Supplier<List<WidgetEffect>> apply = () -> {
            applied.incrementAndGet();
            othersWaited.set(awaitLockWaiters(deliveries - 1));
            return List.of(WidgetEffect.ARCHIVED);
        };
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Receipt>> answers = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return receive(change(key, "w-6", "ARCHIVED", null), apply).orElseThrow();
                }));
            }
            start.countDown();
            List<Receipt> receipts = new ArrayList<>();
            for (Future<Receipt> answer : answers) {
                receipts.add(answer.get(30, TimeUnit.SECONDS));
            }

            assertThat(othersWaited).isTrue();
            assertThat(applied).hasValue(1);
            assertThat(receipts).containsOnly(receipts.get(0));
            assertThat(receipts.get(0).effects(WidgetEffect.class)).containsExactly(WidgetEffect.ARCHIVED);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void receivingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> receivedChanges.receive(change("outbox-" + UUID.randomUUID(), "w-7", "RENAMED", null),
                List::<WidgetEffect>of)).isInstanceOf(TransactionalException.class);
    }

    @Test
    void aChangeNeedsAKeyColumnsThatTellItApartAndPlainNames() {
        assertThatThrownBy(() -> ReportedChange.of(TABLE, "k", "widget-service",
                new WidgetChanged("w-8", WidgetChange.RENAMED, null, CHANGED_AT), "widgetId", "name"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportedChange(TABLE, " ", "widget-service", Map.of("widget_id", "w-8"),
                Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportedChange(TABLE, "k", "widget-service", Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportedChange("widget; drop table widget", "k", "widget-service",
                Map.of("widget_id", "w-8"), Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportedChange(TABLE, "k", "widget-service", Map.of("widget_id", "w-8"),
                Map.of("note) values ('x'); --", "n"))).isInstanceOf(IllegalArgumentException.class);
    }

    private Optional<Receipt> receive(ReportedChange change, Supplier<List<WidgetEffect>> apply) {
        return QuarkusTransaction.requiringNew().call(() -> receivedChanges.receive(change, apply));
    }

    private static Supplier<List<WidgetEffect>> counted(AtomicInteger applied, WidgetEffect... effects) {
        return () -> {
            applied.incrementAndGet();
            return List.of(effects);
        };
    }

    private static ReportedChange change(String key, String widgetId, String kind, String note) {
        return ReportedChange.of(TABLE, key, "widget-service",
                new WidgetChanged(widgetId, WidgetChange.valueOf(kind), note, CHANGED_AT), "widgetId", "change");
    }

    /**
     * Whether {@code count} other transactions came to wait on a lock within ten seconds. Asked on a thread of its
     * own, so on a connection outside the caller's transaction.
     */
    private boolean awaitLockWaiters(int count) {
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        try {
            return watcher.submit(() -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (System.nanoTime() < deadline) {
                    if (lockWaiters() >= count) {
                        return true;
                    }
                    Thread.sleep(20);
                }
                return false;
            }).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not watch the deliveries wait", e);
        } finally {
            watcher.shutdownNow();
        }
    }

    private int lockWaiters() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select count(*) from pg_stat_activity"
                        + " where datname = current_database() and wait_event_type = 'Lock'");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
