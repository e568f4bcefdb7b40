package io.supportcoach.secondment.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An opportunity as clients read it. */
@Schema(name = "Opportunity")
public record OpportunityResponse(
        @Schema(examples = "8a1d4c2e-0f3b-4e6a-b5c7-9d2e1f0a3b4c") UUID id,
        @Schema(examples = "team-service-desk-2") String hostTeamId,
        @Schema(examples = "Two weeks on the major incident desk") String title,
        String description,
        @Schema(examples = "CROSS_TRAINING") OpportunityKind kind,
        @Schema(examples = "[\"communication\", \"decision-making\"]") List<String> skills,
        @Schema(description = "Seats.", examples = "2") int openings,
        @Schema(description = "Share of the working week, in percent.", examples = "40") int timeCommitmentPercent,
        @Schema(examples = "2027-03-01") LocalDate startsOn,
        @Schema(examples = "2027-03-12") LocalDate endsOn,
        @Schema(description = "Last day to apply; null when none was set.", examples = "2027-02-15", nullable = true)
        LocalDate applicationDeadline,
        @Schema(description = "DRAFT when offered, then OPEN for proposals, then CLOSED or CANCELLED.",
                examples = "OPEN") OpportunityStatus status,
        @Schema(description = "Also sent as the ETag header.", examples = "0") long version,
        @Schema(examples = "2027-02-01T09:00:00Z") Instant createdAt,
        @Schema(examples = "e-hr") String createdBy,
        @Schema(examples = "2027-02-01T09:00:00Z") Instant updatedAt,
        @Schema(examples = "e-hr") String updatedBy) {

    static OpportunityResponse from(Opportunity opportunity) {
        return new OpportunityResponse(opportunity.id, opportunity.hostTeamId, opportunity.title,
                opportunity.description, opportunity.kind, List.copyOf(opportunity.skills), opportunity.openings,
                opportunity.timeCommitmentPercent, opportunity.startsOn, opportunity.endsOn,
                opportunity.applicationDeadline, opportunity.status, opportunity.version,
                opportunity.createdAt, opportunity.createdBy, opportunity.updatedAt, opportunity.updatedBy);
    }
}
