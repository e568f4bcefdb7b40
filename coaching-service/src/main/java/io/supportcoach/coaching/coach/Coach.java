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

/** An employee who coaches others in some skills, up to a number of active coachees. */
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
}
