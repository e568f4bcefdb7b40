package io.supportcoach.persistence.outbox;

import java.time.Duration;

/**
 * How much is waiting: pending messages, parked ones an operator must look at, and the age of the oldest pending
 * message (zero when none wait).
 */
public record OutboxBacklog(long pending, long failed, Duration oldestPendingAge) {
}
