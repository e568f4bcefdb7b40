package io.supportcoach.coaching.session;

import java.time.Instant;
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

/**
 * A coaching session: a coach, their coachees and a time. Who takes part is also written to
 * {@code session_participant}, where the database refuses two overlapping scheduled sessions of one person.
 */
@Entity
@Table(name = "coaching_session")
public class CoachingSession extends AuditedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    public SessionKind kind;

    @Column(name = "coach_id", nullable = false, updatable = false)
    public UUID coachId;

    @Column(name = "coach_employee_id", nullable = false, updatable = false)
    public String coachEmployeeId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "coachee_ids", nullable = false)
    public List<String> coacheeIds = new ArrayList<>();

    @Column(name = "starts_at", nullable = false)
    public Instant start;

    @Column(name = "ends_at", nullable = false)
    public Instant end;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skills", nullable = false)
    public List<String> skills = new ArrayList<>();

    @Column(name = "scenario_id")
    public String scenarioId;

    @Column(name = "location")
    public String location;

    @Column(name = "meeting_link")
    public String meetingLink;

    @Column(name = "agenda")
    public String agenda;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "private_notes")
    public String privateNotes;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "programme_id", updatable = false)
    public UUID programmeId;

    @Column(name = "decline_reason")
    public String declineReason;

    boolean takesPart(String employeeId) {
        return coachEmployeeId.equals(employeeId) || coacheeIds.contains(employeeId);
    }
}
