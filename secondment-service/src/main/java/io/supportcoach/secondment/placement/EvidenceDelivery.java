package io.supportcoach.secondment.placement;

import io.supportcoach.persistence.outbox.OutboxStatus;

/** How far the evidence of one reviewed skill got on its way to skills-service: the state of its outbox message. */
public enum EvidenceDelivery {
    PENDING,
    DELIVERED,
    FAILED,
    DISCARDED;

    static EvidenceDelivery of(OutboxStatus status) {
        return valueOf(status.name());
    }
}
