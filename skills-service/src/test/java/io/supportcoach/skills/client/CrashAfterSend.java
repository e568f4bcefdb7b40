package io.supportcoach.skills.client;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import io.supportcoach.persistence.outbox.DeliveryResult;
import io.supportcoach.persistence.outbox.OutboxMessage;
import io.supportcoach.persistence.outbox.OutboxSender;

/**
 * The real sender, which a test can make die right after a send, before the relay marks the message: what a relay
 * process killed at that moment leaves behind.
 */
@Alternative
@Priority(1)
@Singleton
public class CrashAfterSend implements OutboxSender {

    private final OutboxDeliveries deliveries;
    private volatile boolean crashing;

    public CrashAfterSend(OutboxDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    void crashAfterEachSend(boolean crashing) {
        this.crashing = crashing;
    }

    @Override
    public DeliveryResult send(OutboxMessage message) {
        DeliveryResult result = deliveries.send(message);
        if (crashing) {
            throw new IllegalStateException("the relay died after sending " + message.id());
        }
        return result;
    }
}
