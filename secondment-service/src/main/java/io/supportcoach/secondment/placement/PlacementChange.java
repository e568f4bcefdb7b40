package io.supportcoach.secondment.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.supportcoach.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** New terms for an approved placement, which it takes once both managers have approved them. */
@Entity
@Table(name = "placement_change")
public class PlacementChange extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "placement_id", nullable = false)
    public UUID placementId;

    /** Null keeps the placement's first day. */
    @Column(name = "starts_on")
    public LocalDate startsOn;

    /** Null keeps the placement's last day. */
    @Column(name = "ends_on")
    public LocalDate endsOn;

    /** Null keeps the placement's allocation. */
    @Column(name = "allocation_percent")
    public Integer allocationPercent;

    @Column(name = "reason", nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public PlacementChangeStatus status;

    @Column(name = "home_approved_by")
    public String homeApprovedBy;

    @Column(name = "home_approved_at")
    public Instant homeApprovedAt;

    @Column(name = "host_approved_by")
    public String hostApprovedBy;

    @Column(name = "host_approved_at")
    public Instant hostApprovedAt;

    @Column(name = "rejected_by")
    public String rejectedBy;

    @Column(name = "rejected_at")
    public Instant rejectedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "applied_at")
    public Instant appliedAt;

    boolean approvedByBoth() {
        return homeApprovedAt != null && hostApprovedAt != null;
    }
}
