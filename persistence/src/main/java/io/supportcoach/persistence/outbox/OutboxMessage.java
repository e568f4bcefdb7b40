package io.supportcoach.persistence.outbox;

import java.time.Instant;
import java.util.UUID;

/** A message the relay hands to the {@link OutboxSender}; the payload is the JSON written at enqueue. */
public record OutboxMessage(
        UUID id,
        long position,
        String aggregateType,
        String aggregateId,
        String messageType,
        String destination,
        String payload,
        int attempts,
        Instant createdAt) {

    /**
     * The value the sender must send as {@code Idempotency-Key}: it stays the same on every attempt, so a
     * message sent again after a crash between sending and marking is applied once by the receiver.
     */
    public String idempotencyKey() {
        return "outbox-" + id;
    }
}
