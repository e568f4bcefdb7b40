package io.supportcoach.skills.goal;

import java.math.BigDecimal;
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

/** A person's development goal: a target level in a skill by a due date, measured from a baseline. */
@Entity
@Table(name = "goal")
public class Goal extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false, updatable = false)
    public String employeeId;

    @Column(name = "skill_id", nullable = false, updatable = false)
    public UUID skillId;

    @Column(name = "target_level", nullable = false)
    public short targetLevel;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    public String why;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalStatus status;

    /** The person's estimated level when the goal was set; 0 when there was no evidence. */
    @Column(name = "baseline_level", nullable = false, updatable = false, precision = 2, scale = 1)
    public BigDecimal baselineLevel;

    @Column(name = "achieved_at")
    public Instant achievedAt;
}
