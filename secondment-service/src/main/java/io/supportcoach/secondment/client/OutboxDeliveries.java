package io.supportcoach.secondment.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.supportcoach.http.problem.CalleeUnavailable;
import io.supportcoach.persistence.outbox.DeliveryResult;
import io.supportcoach.persistence.outbox.OutboxMessage;
import io.supportcoach.persistence.outbox.OutboxSender;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Delivers this service's outbox messages: the evidence of completed placements, to skills-service. A callee that
 * cannot answer now means a later attempt; one that refuses the message parks it for HR.
 */
@ApplicationScoped
public class OutboxDeliveries implements OutboxSender {

    private final SkillsServiceClient skills;
    private final ObjectMapper objectMapper;

    public OutboxDeliveries(SkillsServiceClient skills, ObjectMapper objectMapper) {
        this.skills = skills;
        this.objectMapper = objectMapper;
    }

    @Override
    public DeliveryResult send(OutboxMessage message) {
        if (!PlacementEvidence.MESSAGE_TYPE.equals(message.messageType())
                || !SkillsServiceClient.CALLEE.equals(message.destination())) {
            return DeliveryResult.permanentFailure("this release delivers no " + message.messageType() + " to "
                    + message.destination());
        }
        try {
            return skills.recordEvidence(message.idempotencyKey(),
                    objectMapper.readValue(message.payload(), PlacementEvidence.class));
        } catch (JsonProcessingException unreadable) {
            return DeliveryResult.permanentFailure("the payload is no placement evidence: "
                    + unreadable.getOriginalMessage());
        } catch (CalleeUnavailable notNow) {
            return DeliveryResult.retry(message.destination() + " cannot answer now: " + notNow.getMessage());
        } catch (CircuitBreakerOpenException leftAlone) {
            return DeliveryResult.retry("circuit breaker open: " + message.destination() + " failed too often lately"
                    + " and is left alone for a while");
        }
    }
}
