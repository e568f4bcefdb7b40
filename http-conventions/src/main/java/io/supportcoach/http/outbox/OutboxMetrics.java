package io.supportcoach.http.outbox;

import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.supportcoach.persistence.outbox.OutboxAdmin;
import io.supportcoach.persistence.outbox.OutboxBacklog;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The outbox backlog as gauges: pending and parked messages and the age of the oldest pending one. Read from the
 * database on a schedule, not per scrape, so a scraper hammering /q/metrics costs the database nothing.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private final OutboxAdmin admin;
    private final AtomicReference<OutboxBacklog> backlog = new AtomicReference<>();

    public OutboxMetrics(OutboxAdmin admin, MeterRegistry registry) {
        this.admin = admin;
        Gauge.builder("suite.outbox.pending", backlog, last -> last.get() == null ? Double.NaN : last.get().pending())
                .description("Outbox messages waiting for delivery").baseUnit("messages").register(registry);
        Gauge.builder("suite.outbox.failed", backlog, last -> last.get() == null ? Double.NaN : last.get().failed())
                .description("Outbox messages parked until HR retries or discards them").baseUnit("messages")
                .register(registry);
        Gauge.builder("suite.outbox.oldest.pending.age", backlog,
                last -> last.get() == null ? Double.NaN : last.get().oldestPendingAge().toMillis() / 1000.0)
                .description("Age of the oldest message waiting for delivery").baseUnit("seconds").register(registry);
    }

    @Scheduled(every = "${suite.outbox.metrics-refresh:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        backlog.set(admin.backlog());
    }
}
