package io.supportcoach.secondment.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.supportcoach.secondment.placement.PlacementResponse.Agreement;
import io.supportcoach.secondment.placement.PlacementResponse.Rejection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to a placement as clients read it. */
@Schema(name = "PlacementChange")
public record PlacementChangeResponse(
        @Schema(examples = "9b2f4c6e-1a3d-4e5f-8a7b-6c5d4e3f2a1b") UUID id,
        @Schema(examples = "3f6c2a1e-7b4d-4c8e-9a0f-1e2d3c4b5a69") UUID placementId,
        @Schema(description = "The new first day; null keeps the placement's.", nullable = true) LocalDate startsOn,
        @Schema(description = "The new last day; null keeps the placement's.", nullable = true) LocalDate endsOn,
        @Schema(description = "The new allocation; null keeps the placement's.", nullable = true)
        Integer allocationPercent,
        @Schema(examples = "The desk needs her a week longer.") String reason,
        @Schema(examples = "PROPOSED") PlacementChangeStatus status,
        @Schema(description = "The home team's approval; null while it is awaited.", nullable = true) Agreement homeApproval,
        @Schema(description = "The host team's approval; null while it is awaited.", nullable = true) Agreement hostApproval,
        @Schema(description = "Set once a manager rejected it; null before.", nullable = true) Rejection rejection,
        @Schema(description = "When the placement took the new terms; null before.", nullable = true) Instant appliedAt,
        @Schema(description = "Also sent as the ETag header.", examples = "0") long version,
        @Schema(examples = "2027-02-01T09:00:00Z") Instant createdAt,
        @Schema(examples = "e-200") String createdBy,
        @Schema(examples = "2027-02-01T09:00:00Z") Instant updatedAt,
        @Schema(examples = "e-200") String updatedBy) {

    static PlacementChangeResponse from(PlacementChange change) {
        return new PlacementChangeResponse(change.id, change.placementId, change.startsOn, change.endsOn,
                change.allocationPercent, change.reason, change.status,
                Agreement.of(change.homeApprovedBy, change.homeApprovedAt),
                Agreement.of(change.hostApprovedBy, change.hostApprovedAt),
                change.rejectedAt == null ? null
                        : new Rejection(change.rejectedBy, change.rejectedAt, change.rejectionReason),
                change.appliedAt, change.version, change.createdAt, change.createdBy, change.updatedAt,
                change.updatedBy);
    }
}
