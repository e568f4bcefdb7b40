package io.supportcoach.secondment.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.supportcoach.secondment.opportunity.OpportunityKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A placement as clients read it. */
@Schema(name = "Placement")
public record PlacementResponse(
        @Schema(examples = "3f6c2a1e-7b4d-4c8e-9a0f-1e2d3c4b5a69") UUID id,
        @Schema(examples = "e-100") String employeeId,
        @Schema(description = "The employee's team in skills-service's register when the placement was proposed.",
                examples = "team-a") String homeTeamId,
        @Schema(examples = "team-service-desk-2") String hostTeamId,
        @Schema(description = "Null when the placement answers no opportunity.", nullable = true) UUID opportunityId,
        @Schema(examples = "CROSS_TRAINING") OpportunityKind kind,
        @Schema(examples = "2027-03-01") LocalDate startsOn,
        @Schema(examples = "2027-03-12") LocalDate endsOn,
        @Schema(examples = "40") int allocationPercent,
        @Schema(examples = "[\"communication\"]") List<String> skills,
        @Schema(description = "Ids of the employee's development goals in skills-service that the placement serves.",
                examples = "[\"7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f\"]") List<UUID> goalIds,
        @Schema(nullable = true) String notes,
        @Schema(description = "ACTIVE is an APPROVED placement whose first day has come (UTC).", examples = "PROPOSED")
        PlacementStatus status,
        @Schema(description = "The employee's consent; null while it is awaited.", nullable = true) Agreement consent,
        @Schema(description = "The home team's approval; null while it is awaited.", nullable = true) Agreement homeApproval,
        @Schema(description = "The host team's approval; null while it is awaited.", nullable = true) Agreement hostApproval,
        @Schema(description = "Set once a manager rejected it; null before.", nullable = true) Rejection rejection,
        @Schema(description = "Set once it was cancelled; null before.", nullable = true) Agreement cancellation,
        @Schema(description = "Why the suite cancelled it (the employee left or changed team); null when a person "
                + "cancelled it or nobody did.", examples = "left the organisation", nullable = true) String cancelReason,
        @Schema(description = "Who completed it with the review, and when; null before.", nullable = true)
        Agreement completion,
        @Schema(description = "The host's review once COMPLETED, by skill; empty before.") List<SkillReview> review,
        @Schema(description = "Only in `GET /placements` (null in every other answer): what of this placement waits "
                + "for the caller, which is why `?awaiting=me` lists it.", nullable = true)
        AwaitingYou awaitingYou,
        @Schema(description = "Also sent as the ETag header.", examples = "0") long version,
        @Schema(examples = "2027-02-01T09:00:00Z") Instant createdAt,
        @Schema(examples = "e-100") String createdBy,
        @Schema(examples = "2027-02-01T09:00:00Z") Instant updatedAt,
        @Schema(examples = "e-100") String updatedBy) {

    /** Who did something to the placement, and when. */
    @Schema(name = "PlacementAgreement")
    public record Agreement(@Schema(examples = "e-200") String by, @Schema(examples = "2027-02-02T09:00:00Z") Instant at) {

        static Agreement of(String by, Instant at) {
            return at == null ? null : new Agreement(by, at);
        }
    }

    /** Who rejected the placement, when and why. */
    @Schema(name = "PlacementRejection")
    public record Rejection(@Schema(examples = "e-300") String by, @Schema(examples = "2027-02-02T09:00:00Z") Instant at,
            @Schema(examples = "The desk is short-staffed in March.") String reason) {
    }

    /** One reviewed skill and how far its evidence got on the way to skills-service. */
    @Schema(name = "PlacementSkillReview")
    public record SkillReview(@Schema(examples = "communication") String skill, @Schema(examples = "3") int level,
            @Schema(examples = "Ran the Tuesday bridge calls alone from the second week.") String observed,
            @Schema(description = "The state of the evidence sent to skills-service: PENDING until it arrives, FAILED "
                    + "when skills-service refused it (HR sees it in /outbox-messages), DISCARDED when HR dropped it.")
            EvidenceDelivery evidence) {
    }

    /**
     * What of a placement waits for the caller. Changes do not move the placement's version, so this is told only in
     * lists, never in an answer with an ETag.
     */
    @Schema(name = "PlacementAwaitingYou")
    public record AwaitingYou(
            @Schema(description = "The caller is the employee of a PROPOSED placement and has not consented yet.",
                    examples = "false") boolean consent,
            @Schema(description = "The sides of a PROPOSED placement that have not approved it yet and whose team the "
                    + "caller manages.", examples = "[\"HOST\"]") List<ApprovalSide> approvals,
            @Schema(description = "The PROPOSED changes of an APPROVED or ACTIVE placement that wait for the approval "
                    + "of a side whose team the caller manages, oldest first "
                    + "(`POST /placements/{id}/changes/{changeId}/approve`).",
                    examples = "[\"5b2c1d0e-9f8a-4b7c-8d6e-5f4a3b2c1d0e\"]") List<UUID> changeIds) {
    }

    static PlacementResponse from(Placement placement, LocalDate today, List<SkillReview> review,
            AwaitingYou awaitingYou) {
        return new PlacementResponse(placement.id, placement.employeeId, placement.homeTeamId, placement.hostTeamId,
                placement.opportunityId, placement.kind, placement.startsOn, placement.endsOn,
                placement.allocationPercent, List.copyOf(placement.skills), List.copyOf(placement.goalIds),
                placement.notes, placement.shownStatus(today),
                Agreement.of(placement.consentedBy, placement.consentedAt),
                Agreement.of(placement.homeApprovedBy, placement.homeApprovedAt),
                Agreement.of(placement.hostApprovedBy, placement.hostApprovedAt),
                placement.rejectedAt == null ? null
                        : new Rejection(placement.rejectedBy, placement.rejectedAt, placement.rejectionReason),
                Agreement.of(placement.cancelledBy, placement.cancelledAt), placement.cancelReason,
                Agreement.of(placement.completedBy, placement.completedAt), review, awaitingYou, placement.version,
                placement.createdAt, placement.createdBy, placement.updatedAt, placement.updatedBy);
    }
}
