package io.supportcoach.persistence.outbox;

/** Where an outbox message is: waiting, delivered, parked after failing, or given up on by an operator. */
public enum OutboxStatus {
    PENDING,
    DELIVERED,
    FAILED,
    DISCARDED
}
