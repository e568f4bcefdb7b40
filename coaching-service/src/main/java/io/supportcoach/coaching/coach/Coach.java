package io.supportcoach.coaching.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.supportcoach.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An employee who coaches others in some skills, up to a number of coachees, within their working hours. */
@Entity
@Table(name = "coach")
public class Coach extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false, updatable = false)
    public String employeeId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skills", nullable = false)
    public List<String> skills = new ArrayList<>();

    @Column(name = "capacity", nullable = false)
    public int capacity;

    @Column(name = "active", nullable = false)
    public boolean active = true;

    /** The IANA zone the working hours are read in. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone = "UTC";

    /** Spans of the working week as {@code MONDAY 09:00-17:00}; see {@link WorkingHours}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "working_hours", nullable = false)
    public List<String> workingHours = new ArrayList<>();
}
