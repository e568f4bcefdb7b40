package io.supportcoach.coaching.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.supportcoach.coaching.relation.CoachingRelationMessage;
import io.supportcoach.http.problem.CalleeUnavailable;
import io.supportcoach.persistence.outbox.DeliveryResult;
import io.supportcoach.persistence.outbox.OutboxMessage;
import io.supportcoach.persistence.outbox.OutboxSender;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Delivers this service's outbox messages to skills-service: the evidence of completed sessions and who coaches whom.
 * A callee that cannot answer now means a later attempt; one that refuses the message parks it for HR.
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
        if (!SkillsServiceClient.CALLEE.equals(message.destination())) {
            return undeliverable(message);
        }
        try {
            return switch (message.messageType()) {
                case SessionEvidence.MESSAGE_TYPE -> skills.recordEvidence(message.idempotencyKey(),
                        objectMapper.readValue(message.payload(), SessionEvidence.class));
                case CoachingRelationMessage.GRANTED -> skills.grantCoachingRelation(
                        objectMapper.readValue(message.payload(), CoachingRelationMessage.class));
                case CoachingRelationMessage.REVOKED -> skills.revokeCoachingRelation(
                        objectMapper.readValue(message.payload(), CoachingRelationMessage.class).reference());
                default -> undeliverable(message);
            };
        } catch (JsonProcessingException unreadable) {
            return DeliveryResult.permanentFailure("the payload is no " + message.messageType() + ": "
                    + unreadable.getOriginalMessage());
        } catch (CalleeUnavailable notNow) {
            return DeliveryResult.retry(message.destination() + " cannot answer now: " + notNow.getMessage());
        } catch (CircuitBreakerOpenException leftAlone) {
            return DeliveryResult.retry("circuit breaker open: " + message.destination() + " failed too often lately"
                    + " and is left alone for a while");
        }
    }

    private static DeliveryResult undeliverable(OutboxMessage message) {
        return DeliveryResult.permanentFailure("this release delivers no " + message.messageType() + " to "
                + message.destination());
    }
}
