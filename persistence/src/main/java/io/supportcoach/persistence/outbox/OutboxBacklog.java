package io.supportcoach.persistence.outbox;

import java.time.Duration;

/** How much is waiting: pending messages and the age of the oldest one (zero when none wait). */
public record OutboxBacklog(long pending, Duration oldestPendingAge) {
}
