package io.supportcoach.skills.assessment;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A piece of evidence as callers read it, with the correction that replaced it, if any. */
@Schema(name = "Evidence")
public record EvidenceResponse(
        UUID id,
        @Schema(examples = "e-100") String employeeId,
        @Schema(examples = "active-listening") String skill,
        @Schema(examples = "3") int level,
        EvidenceSource source,
        @Schema(examples = "e-300") String assertedBy,
        Instant observedAt,
        Instant recordedAt,
        @Schema(nullable = true) String note,
        @Schema(description = "The session or placement behind the evidence; null for others.", nullable = true) String reference,
        @Schema(description = "The evidence this one corrects; null for a first assessment.", nullable = true) UUID supersedes,
        @Schema(description = "The correction that replaced this evidence, which then no longer counts; null while "
                + "it counts.", nullable = true) UUID supersededBy) {

    static EvidenceResponse from(Evidence evidence, String skillCode, UUID supersededBy) {
        return new EvidenceResponse(evidence.id, evidence.employeeId, skillCode, evidence.level, evidence.source,
                evidence.assertedBy, evidence.observedAt, evidence.recordedAt, evidence.note, evidence.reference,
                evidence.supersedesId, supersededBy);
    }
}
