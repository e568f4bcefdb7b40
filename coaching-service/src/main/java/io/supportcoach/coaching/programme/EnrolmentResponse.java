package io.supportcoach.coaching.programme;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enrolment as clients read it, with whether it has stalled. */
@Schema(name = "Enrolment")
public record EnrolmentResponse(
        @Schema(examples = "c2b7e1d4-3a5f-4e6b-8c9d-0a1b2c3d4e5f") UUID id,
        @Schema(examples = "8a4e2c10-6b1d-4f0e-9c3a-5d7b1e2f4a60") UUID programmeId,
        @Schema(examples = "e-100") String employeeId,
        @Schema(examples = "3f1c2a9e-5b7d-4c1e-9a0b-2d8e6f4a1c3b") UUID coachId,
        @Schema(examples = "e-10442") String coachEmployeeId,
        EnrolmentStatus status,
        @Schema(nullable = true, description = "When the enrolment became ACTIVE.") Instant acceptedAt,
        @Schema(nullable = true, description = "When it was completed or withdrawn.") Instant endedAt,
        @Schema(nullable = true, examples = "Moved to the network team.") String withdrawReason,
        @Schema(nullable = true, description = "The end of the last completed session of this programme with this "
                + "coach that the employee attended.") Instant lastCompletedSessionAt,
        @Schema(description = "Computed, never set: ACTIVE, and no completed session with the coach in this "
                + "programme for the stalled-after period (default 28 days), counted from the last completed session, "
                + "or from acceptance while there is none.", examples = "false") boolean stalled,
        @Schema(description = "Also sent as the ETag header.", examples = "0") long version,
        Instant createdAt,
        @Schema(examples = "e-hr") String createdBy,
        Instant updatedAt,
        @Schema(examples = "e-hr") String updatedBy) {
}
