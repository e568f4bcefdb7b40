package io.supportcoach.persistence.outbox;

import java.time.Instant;
import java.util.UUID;

/** What an operator sees of one outbox message. */
public record OutboxMessageView(
        UUID id,
        long position,
        String aggregateType,
        String aggregateId,
        String messageType,
        String destination,
        OutboxStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant deliveredAt) {
}
