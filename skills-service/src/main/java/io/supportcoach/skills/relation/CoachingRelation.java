package io.supportcoach.skills.relation;

import java.time.Instant;

import io.supportcoach.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One reason why a coach coaches a coachee, as coaching-service reports it, until it expires or is revoked. */
@Entity
@Table(name = "coaching_relation")
public class CoachingRelation extends AuditedEntity {

    @Id
    public String reference;

    @Column(name = "coach_id", nullable = false)
    public String coachId;

    @Column(name = "coachee_id", nullable = false)
    public String coacheeId;

    @Column(name = "valid_until")
    public Instant validUntil;
}
