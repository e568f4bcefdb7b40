package io.supportcoach.http.outbox;

import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

import io.supportcoach.persistence.outbox.DeliveryResult;
import io.supportcoach.persistence.outbox.OutboxMessage;
import io.supportcoach.persistence.outbox.OutboxSender;
import jakarta.enterprise.context.ApplicationScoped;

/** The sender of the test application: it records every send, then does what the test tells it to. */
@ApplicationScoped
public class FakeSender implements OutboxSender {

    /** One call of {@link #send}, in the order the calls happened. */
    record Send(UUID id, String aggregateId, long position, String idempotencyKey, String payload) {
    }

    private final Queue<Send> sends = new ConcurrentLinkedQueue<>();
    private volatile Function<OutboxMessage, DeliveryResult> behaviour = message -> DeliveryResult.delivered();

    @Override
    public DeliveryResult send(OutboxMessage message) {
        sends.add(new Send(message.id(), message.aggregateId(), message.position(), message.idempotencyKey(),
                message.payload()));
        return behaviour.apply(message);
    }

    void behave(Function<OutboxMessage, DeliveryResult> behaviour) {
        this.behaviour = behaviour;
    }

    List<Send> sends() {
        return List.copyOf(sends);
    }

    List<UUID> sentIds() {
        return sends().stream().map(Send::id).toList();
    }

    void reset() {
        sends.clear();
        behaviour = message -> DeliveryResult.delivered();
    }
}
