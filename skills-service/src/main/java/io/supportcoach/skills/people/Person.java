package io.supportcoach.skills.people;

import io.supportcoach.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person as the HR system knows them; HR portals keep this register in step with it. */
@Entity
@Table(name = "person")
public class Person extends AuditedEntity {

    @Id
    @Column(name = "employee_id")
    public String employeeId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String email;

    @Column(name = "team_id", nullable = false)
    public String teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PersonStatus status;
}
