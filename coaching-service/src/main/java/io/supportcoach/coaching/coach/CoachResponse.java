package io.supportcoach.coaching.coach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coach as clients read it. */
@Schema(name = "Coach")
public record CoachResponse(
        @Schema(examples = "3f1c2a9e-5b7d-4c1e-9a0b-2d8e6f4a1c3b") UUID id,
        @Schema(examples = "e-10442") String employeeId,
        @Schema(examples = "Priya Raman") String displayName,
        @Schema(examples = "[\"active-listening\", \"empathy\"]") List<String> skills,
        @Schema(description = "Active coachees at most.", examples = "6") int capacity,
        @Schema(examples = "true") boolean active,
        @Schema(description = "The IANA time zone of the working hours.", examples = "Europe/Berlin") String timeZone,
        @Schema(description = "When the coach holds sessions, by day and start.") List<WorkingHours> workingHours,
        @Schema(description = "Also sent as the ETag header.", examples = "0") long version,
        @Schema(examples = "2027-03-01T09:00:00Z") Instant createdAt,
        @Schema(examples = "e-hr") String createdBy,
        @Schema(examples = "2027-03-01T09:00:00Z") Instant updatedAt,
        @Schema(examples = "e-hr") String updatedBy) {

    static CoachResponse from(Coach coach) {
        return new CoachResponse(coach.id, coach.employeeId, coach.displayName, List.copyOf(coach.skills),
                coach.capacity, coach.active, coach.timeZone,
                WorkingWeek.of(coach).hours(),
                coach.version, coach.createdAt, coach.createdBy, coach.updatedAt,
                coach.updatedBy);
    }
}
