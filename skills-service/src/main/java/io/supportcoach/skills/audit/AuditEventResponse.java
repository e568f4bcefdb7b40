package io.supportcoach.skills.audit;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision as HR reads it from the audit trail. */
@Schema(name = "AuditEvent")
public record AuditEventResponse(
        UUID id,
        Instant occurredAt,
        @Schema(examples = "e-hr") String actor,
        @Schema(examples = "SKILL_RETIRED") String action,
        @Schema(examples = "skill") String subjectType,
        @Schema(examples = "empathy") String subjectId,
        @Schema(examples = "replaced by emotional-intelligence", nullable = true) String detail) {

    static AuditEventResponse from(AuditEvent event) {
        return new AuditEventResponse(event.id, event.occurredAt, event.actor, event.action, event.subjectType,
                event.subjectId, event.detail);
    }
}
