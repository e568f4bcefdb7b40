package io.supportcoach.secondment.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.supportcoach.http.validation.Slugs;
import io.supportcoach.identity.IdPatterns;
import io.supportcoach.secondment.opportunity.OpportunityKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to propose a placement. */
@Schema(name = "PlacementRequest")
public record PlacementRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE)
        @Schema(description = "Who is placed: the caller themselves, a person of a team the caller manages, or anyone "
                + "for HR.", examples = "e-100")
        String employeeId,
        @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.TEAM_ID, message = IdPatterns.TEAM_ID_MESSAGE)
        @Schema(description = "The team that takes the employee in; the opportunity's host team when one is named.",
                examples = "team-service-desk-2")
        String hostTeamId,
        @Schema(description = "The OPEN opportunity applied to, if any.",
                examples = "8a1d4c2e-0f3b-4e6a-b5c7-9d2e1f0a3b4c", nullable = true)
        UUID opportunityId,
        @NotNull @Schema(examples = "CROSS_TRAINING") OpportunityKind kind,
        @NotNull @Schema(description = "First day, an ISO date.", examples = "2027-03-01") LocalDate startsOn,
        @NotNull @Schema(description = "Last day, an ISO date; the period is 1 to 365 days, both ends included.",
                examples = "2027-03-12")
        LocalDate endsOn,
        @NotNull @Min(10) @Max(100)
        @Schema(description = "Share of the employee's working time, 10 to 100 percent.", examples = "40")
        Integer allocationPercent,
        @NotNull @Size(min = 1, max = 30)
        @Schema(description = "Codes of the skills the placement targets, 1 to 30.",
                examples = "[\"communication\"]", uniqueItems = true)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> skills,
        @Size(max = 20)
        @Schema(description = "Ids of the employee's development goals in skills-service that the placement serves, "
                + "at most 20; absent or null for none. Each must be a goal of the employee (in any status), else 422 "
                + "UNKNOWN_GOAL naming it.",
                examples = "[\"7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f\"]", uniqueItems = true, nullable = true)
        List<@NotNull @Size(max = 36) @Pattern(regexp = PlacementFilter.UUID_PATTERN, message = "must be a goal id "
                + "(a UUID)") String> goalIds,
        @Size(max = 4000) @Schema(examples = "Shadow the bridge calls first.", nullable = true) String notes) {

    /** The goal ids as UUIDs, none when absent; the strings are checked to be UUIDs before this is called. */
    List<UUID> goalUuids() {
        return goalIds == null ? List.of() : goalIds.stream().map(UUID::fromString).toList();
    }
}
