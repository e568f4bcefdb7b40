package io.supportcoach.coaching.programme;

import java.time.Instant;
import java.util.UUID;

import io.supportcoach.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An employee in a programme with one of its coaches. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    public UUID programmeId;

    @Column(name = "employee_id", nullable = false, updatable = false)
    public String employeeId;

    @Column(name = "coach_id", nullable = false, updatable = false)
    public UUID coachId;

    @Column(name = "coach_employee_id", nullable = false, updatable = false)
    public String coachEmployeeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public EnrolmentStatus status = EnrolmentStatus.INVITED;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "withdraw_reason")
    public String withdrawReason;

    boolean isOpen() {
        return status == EnrolmentStatus.INVITED || status == EnrolmentStatus.ACTIVE;
    }

    /** The reference under which skills-service learns that the coach coaches the employee. */
    String relationReference() {
        return "enrolment:" + id;
    }
}
