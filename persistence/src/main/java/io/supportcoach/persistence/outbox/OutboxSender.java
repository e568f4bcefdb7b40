package io.supportcoach.persistence.outbox;

/**
 * Delivers one outbox message to its destination; a service provides it as a CDI bean.
 *
 * <p>It must send {@link OutboxMessage#idempotencyKey()} as {@code Idempotency-Key} and report failures it
 * understands as a {@link DeliveryResult}. An exception is treated like a crash: nothing is recorded and
 * the message is sent again on the next pass.
 */
public interface OutboxSender {

    DeliveryResult send(OutboxMessage message);
}
