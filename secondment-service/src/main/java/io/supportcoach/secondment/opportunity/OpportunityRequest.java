package io.supportcoach.secondment.opportunity;

import io.supportcoach.http.validation.Slugs;
import java.time.LocalDate;
import java.util.List;

import io.supportcoach.identity.IdPatterns;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to offer or replace an opportunity. */
@Schema(name = "OpportunityRequest")
public record OpportunityRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.TEAM_ID, message = IdPatterns.TEAM_ID_MESSAGE)
        @Schema(description = "The host team's id in the HR system. A manager may name only a team they manage.",
                examples = "team-service-desk-2")
        String hostTeamId,
        @NotBlank @Size(max = 160) @Schema(examples = "Two weeks on the major incident desk") String title,
        @NotBlank @Size(max = 4000)
        @Schema(examples = "Join the major incident desk and run bridge calls with a senior analyst.")
        String description,
        @NotNull @Schema(examples = "CROSS_TRAINING") OpportunityKind kind,
        @NotNull @Size(min = 1, max = 30)
        @Schema(description = "Codes of the skills the placement develops, 1 to 30.",
                examples = "[\"communication\", \"decision-making\"]", uniqueItems = true)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> skills,
        @NotNull @Min(1) @Max(50) @Schema(description = "Seats, 1 to 50.", examples = "2") Integer openings,
        @NotNull @Min(5) @Max(100)
        @Schema(description = "Share of the working week the placement takes, 5 to 100 percent.", examples = "40")
        Integer timeCommitmentPercent,
        @NotNull @Schema(description = "First day, an ISO date.", examples = "2027-03-01") LocalDate startsOn,
        @NotNull @Schema(description = "Last day, an ISO date on or after startsOn.", examples = "2027-03-12")
        LocalDate endsOn,
        @Schema(description = "Last day to apply, an ISO date on or before endsOn; none means until it closes.",
                examples = "2027-02-15", nullable = true)
        LocalDate applicationDeadline) {
}
