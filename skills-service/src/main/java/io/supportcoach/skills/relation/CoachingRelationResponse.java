package io.supportcoach.skills.relation;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coaching relation as this service holds it. */
@Schema(name = "CoachingRelation")
public record CoachingRelationResponse(
        @Schema(examples = "session:3f1c2a9e-6b7d-4e21-9c55-0a8b7d6e5f43:e-100") String reference,
        @Schema(examples = "e-coach-7") String coachId,
        @Schema(examples = "e-100") String coacheeId,
        @Schema(nullable = true, description = "Null while the relation lasts until revoked.") Instant validUntil,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static CoachingRelationResponse from(CoachingRelation relation) {
        return new CoachingRelationResponse(relation.reference, relation.coachId, relation.coacheeId,
                relation.validUntil, relation.version, relation.createdAt, relation.createdBy, relation.updatedAt,
                relation.updatedBy);
    }
}
