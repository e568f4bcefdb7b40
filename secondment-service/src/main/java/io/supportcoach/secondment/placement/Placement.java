package io.supportcoach.secondment.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.supportcoach.persistence.AuditedEntity;
import io.supportcoach.secondment.opportunity.OpportunityKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An employee's time in a host team, with the three agreements it needs and how it ended, if it did. ACTIVE is never
 * stored: see {@link #shownStatus}.
 */
@Entity
@Table(name = "placement")
public class Placement extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(name = "home_team_id", nullable = false)
    public String homeTeamId;

    @Column(name = "host_team_id", nullable = false)
    public String hostTeamId;

    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public OpportunityKind kind;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "allocation_percent", nullable = false)
    public int allocationPercent;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skills", nullable = false)
    public List<String> skills = new ArrayList<>();

    @Column(name = "notes")
    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public PlacementStatus status;

    @Column(name = "consented_by")
    public String consentedBy;

    @Column(name = "consented_at")
    public Instant consentedAt;

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

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "completed_by")
    public String completedBy;

    @Column(name = "completed_at")
    public Instant completedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "goal_ids", nullable = false)
    public List<UUID> goalIds = new ArrayList<>();

    /** Today in the suite's calendar (UTC), against which ACTIVE is derived and completion is timed. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** An APPROVED placement whose first day has come is ACTIVE; every other status is shown as stored. */
    PlacementStatus shownStatus(LocalDate today) {
        return status == PlacementStatus.APPROVED && !startsOn.isAfter(today) ? PlacementStatus.ACTIVE : status;
    }

    /** The employee and both managers have agreed. */
    boolean agreedByAll() {
        return consentedAt != null && homeApprovedAt != null && hostApprovedAt != null;
    }
}
