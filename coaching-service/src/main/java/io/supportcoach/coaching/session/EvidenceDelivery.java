package io.supportcoach.coaching.session;

import io.supportcoach.persistence.outbox.OutboxStatus;

/** How far the evidence of one observation got on its way to skills-service: the state of its outbox message. */
public enum EvidenceDelivery {
    PENDING,
    DELIVERED,
    FAILED,
    DISCARDED;

    /** From the status column of the observation's outbox message: none when an operator deleted the message. */
    static EvidenceDelivery of(String outboxStatus) {
        return outboxStatus == null ? DISCARDED : valueOf(OutboxStatus.valueOf(outboxStatus).name());
    }
}
