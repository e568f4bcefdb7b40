package io.supportcoach.skills.relation;

import java.time.Instant;

import io.supportcoach.identity.IdPatterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What coaching-service says about one reference: this coach coaches this coachee until then. */
@Schema(name = "CoachingRelationRequest")
public record CoachingRelationRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE)
        @Schema(description = "The coach's employee id.", examples = "e-coach-7") String coachId,
        @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE)
        @Schema(description = "The coachee's employee id.", examples = "e-100") String coacheeId,
        @Schema(description = "When the relation ends; null or absent while it lasts until revoked.",
                examples = "2028-03-01T10:00:00Z", nullable = true) Instant validUntil) {
}
