package io.supportcoach.skills.assessment;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One observation of a person's level in a skill. Never changed once written; corrections supersede it. */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false, updatable = false)
    public String employeeId;

    @Column(name = "skill_id", nullable = false, updatable = false)
    public UUID skillId;

    @Column(nullable = false, updatable = false)
    public short level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public EvidenceSource source;

    @Column(name = "asserted_by", nullable = false, updatable = false)
    public String assertedBy;

    @Column(name = "observed_at", nullable = false, updatable = false)
    public Instant observedAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(updatable = false)
    public String note;

    @Column(updatable = false)
    public String reference;

    @Column(name = "supersedes_id", updatable = false)
    public UUID supersedesId;
}
