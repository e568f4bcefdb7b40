package io.supportcoach.http.outbox;

import java.time.Instant;
import java.util.UUID;

import io.supportcoach.persistence.outbox.OutboxMessageView;
import io.supportcoach.persistence.outbox.OutboxStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One message this service owes another, as an operator follows it; the payload stays out of it. */
@Schema(name = "OutboxMessage")
public record OutboxMessageResponse(
        UUID id,
        @Schema(description = "What the message is about, such as `person`.", examples = "person") String aggregateType,
        @Schema(description = "Which one it is about; messages of one aggregate to one destination are delivered in order.",
                examples = "e-10442") String aggregateId,
        @Schema(examples = "person-changed") String messageType,
        @Schema(description = "The service the message goes to.", examples = "coaching-service") String destination,
        @Schema(description = "PENDING waits for delivery (or for a retry after a failed attempt), DELIVERED "
                + "arrived, FAILED is parked after an answer no retry can change or too many attempts and holds back "
                + "the later messages of its aggregate, DISCARDED was given up by an operator.") OutboxStatus status,
        @Schema(description = "Delivery attempts so far.", examples = "1") int attempts,
        @Schema(description = "Why the last attempt failed; null when none did.", nullable = true) String lastError,
        Instant createdAt,
        @Schema(description = "When a PENDING message is tried next; null in any other state.", nullable = true)
        Instant nextAttemptAt,
        @Schema(description = "When it arrived; null until then.", nullable = true) Instant deliveredAt) {

    static OutboxMessageResponse from(OutboxMessageView view) {
        return new OutboxMessageResponse(view.id(), view.aggregateType(), view.aggregateId(), view.messageType(),
                view.destination(), view.status(), view.attempts(), view.lastError(), view.createdAt(),
                view.status() == OutboxStatus.PENDING ? view.nextAttemptAt() : null, view.deliveredAt());
    }
}
