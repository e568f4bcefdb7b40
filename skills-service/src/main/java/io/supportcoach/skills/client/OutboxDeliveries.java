package io.supportcoach.skills.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.supportcoach.http.problem.CalleeUnavailable;
import io.supportcoach.persistence.outbox.DeliveryResult;
import io.supportcoach.persistence.outbox.OutboxMessage;
import io.supportcoach.persistence.outbox.OutboxSender;
import io.supportcoach.skills.people.PersonChanged;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Delivers this service's outbox messages: what it tells others about people who leave or change team. A callee
 * that cannot answer now means a later attempt; one that refuses the message parks it for HR.
 */
@ApplicationScoped
public class OutboxDeliveries implements OutboxSender {

    private final CoachingServiceClient coaching;
    private final ObjectMapper objectMapper;

    public OutboxDeliveries(CoachingServiceClient coaching, ObjectMapper objectMapper) {
        this.coaching = coaching;
        this.objectMapper = objectMapper;
    }

    @Override
    public DeliveryResult send(OutboxMessage message) {
        if (!PersonChanged.MESSAGE_TYPE.equals(message.messageType())
                || !CoachingServiceClient.CALLEE.equals(message.destination())) {
            return DeliveryResult.permanentFailure("this release delivers no " + message.messageType() + " to "
                    + message.destination());
        }
        try {
            return coaching.reportPersonChange(message.idempotencyKey(),
                    objectMapper.readValue(message.payload(), PersonChanged.class));
        } catch (JsonProcessingException unreadable) {
            return DeliveryResult.permanentFailure("the payload is no person change: " + unreadable.getOriginalMessage());
        } catch (CalleeUnavailable notNow) {
            return DeliveryResult.retry(message.destination() + " cannot answer now: " + notNow.getMessage());
        } catch (CircuitBreakerOpenException leftAlone) {
            return DeliveryResult.retry("circuit breaker open: " + message.destination() + " failed too often lately"
                    + " and is left alone for a while");
        }
    }
}
