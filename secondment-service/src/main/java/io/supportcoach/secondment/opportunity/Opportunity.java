package io.supportcoach.secondment.opportunity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.supportcoach.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A placement a host team offers: the skills it develops, its seats, time commitment and dates. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "host_team_id", nullable = false)
    public String hostTeamId;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "description", nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public OpportunityKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skills", nullable = false)
    public List<String> skills = new ArrayList<>();

    @Column(name = "openings", nullable = false)
    public int openings;

    @Column(name = "time_commitment_percent", nullable = false)
    public int timeCommitmentPercent;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "application_deadline")
    public LocalDate applicationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public OpportunityStatus status;
}
