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
 * Delivers this service's outbox messages: what it tells others (coaching-service, secondment-service) about people
 * who leave or change team, each through its own client. A callee that cannot answer now means a later attempt; one
 * that refuses the message parks it for HR.
 */
@ApplicationScoped
public class OutboxDeliveries implements OutboxSender {

    private final CoachingServiceClient coaching;
    private final SecondmentServiceClient secondment;
    private final ObjectMapper objectMapper;

    public OutboxDeliveries(CoachingServiceClient coaching, SecondmentServiceClient secondment,
            ObjectMapper objectMapper) {
        this.coaching = coaching;
        this.secondment = secondment;
        this.objectMapper = objectMapper;
    }

    @Override
    public DeliveryResult send(OutboxMessage message) {
        boolean toCoaching = CoachingServiceClient.CALLEE.equals(message.destination());
        if (!PersonChanged.MESSAGE_TYPE.equals(message.messageType())
                || !toCoaching && !SecondmentServiceClient.CALLEE.equals(message.destination())) {
            return DeliveryResult.permanentFailure("this release delivers no " + message.messageType() + " to "
                    + message.destination());
        }
        try {
            PersonChanged change = objectMapper.readValue(message.payload(), PersonChanged.class);
            return toCoaching ? coaching.reportPersonChange(message.idempotencyKey(), change)
                    : secondment.reportPersonChange(message.idempotencyKey(), change);
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
