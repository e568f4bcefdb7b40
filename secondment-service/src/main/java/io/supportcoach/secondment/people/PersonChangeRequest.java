package io.supportcoach.secondment.people;

import java.time.Instant;

import io.supportcoach.identity.IdPatterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change skills-service's register of people reports: someone left or changed team. */
@Schema(name = "PersonChangeRequest")
public record PersonChangeRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE)
        @Schema(examples = "e-10442") String employeeId,
        @NotNull PersonChangeKind change,
        @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.TEAM_ID, message = IdPatterns.TEAM_ID_MESSAGE)
        @Schema(description = "The person's team after the change (their last team when they left).",
                examples = "team-network") String teamId,
        @Size(max = 64) @Pattern(regexp = IdPatterns.TEAM_ID, message = IdPatterns.TEAM_ID_MESSAGE)
        @Schema(description = "The team before a TEAM_CHANGED; null or absent when the person left.",
                examples = "team-desk", nullable = true)
        String previousTeamId,
        @NotNull @Schema(description = "When the register recorded the change; a leaver's last day is its date (UTC).")
        Instant changedAt) {
}
