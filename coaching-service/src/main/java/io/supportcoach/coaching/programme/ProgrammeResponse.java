package io.supportcoach.coaching.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme as clients read it. */
@Schema(name = "Programme")
public record ProgrammeResponse(
        @Schema(examples = "8a4e2c10-6b1d-4f0e-9c3a-5d7b1e2f4a60") UUID id,
        @Schema(examples = "Service desk soft skills, spring") String name,
        String description,
        @Schema(examples = "2027-03-01") LocalDate startsOn,
        @Schema(examples = "2027-05-28") LocalDate endsOn,
        @Schema(examples = "[\"active-listening\", \"empathy\"]") List<String> curriculum,
        @Schema(examples = "6") int sessionsPerParticipant,
        @Schema(examples = "[\"3f1c2a9e-5b7d-4c1e-9a0b-2d8e6f4a1c3b\"]") List<UUID> coachIds,
        @Schema(nullable = true, examples = "0b9f4a57-3c1e-4f2a-9d3e-1f2a3b4c5d6e") String roleProfileId,
        @Schema(description = "Also sent as the ETag header.", examples = "0") long version,
        Instant createdAt,
        @Schema(examples = "e-hr") String createdBy,
        Instant updatedAt,
        @Schema(examples = "e-hr") String updatedBy) {

    static ProgrammeResponse from(Programme programme) {
        return new ProgrammeResponse(programme.id, programme.name, programme.description, programme.startsOn,
                programme.endsOn, List.copyOf(programme.curriculum), programme.sessionsPerParticipant,
                List.copyOf(programme.coachIds), programme.roleProfileId, programme.version, programme.createdAt,
                programme.createdBy, programme.updatedAt, programme.updatedBy);
    }
}
