package io.supportcoach.coaching.scenario;

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

/** A role-play scenario: the situation, what the role-player does, and the skills it exercises. */
@Entity
@Table(name = "scenario")
public class Scenario extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "situation", nullable = false)
    public String situation;

    @Column(name = "role_player_brief", nullable = false)
    public String rolePlayerBrief;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skills", nullable = false)
    public List<String> skills = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "difficulty", nullable = false)
    public ScenarioDifficulty difficulty;
}
