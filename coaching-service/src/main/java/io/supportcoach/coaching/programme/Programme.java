package io.supportcoach.coaching.programme;

import java.time.LocalDate;
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

/** A cohort of coaching: a curriculum of skills, its coaches, and how many sessions each participant has. */
@Entity
@Table(name = "programme")
public class Programme extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "description", nullable = false)
    public String description;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "curriculum", nullable = false)
    public List<String> curriculum = new ArrayList<>();

    @Column(name = "sessions_per_participant", nullable = false)
    public int sessionsPerParticipant;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "coach_ids", nullable = false)
    public List<UUID> coachIds = new ArrayList<>();

    @Column(name = "role_profile_id")
    public String roleProfileId;
}
