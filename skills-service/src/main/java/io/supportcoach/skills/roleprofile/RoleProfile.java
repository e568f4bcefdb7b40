package io.supportcoach.skills.roleprofile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.supportcoach.persistence.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** What a role asks of a person: skills, each with a target level and a weight. */
@Entity
@Table(name = "role_profile")
public class RoleProfile extends AuditedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column
    public String description;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "role_profile_skill", joinColumns = @JoinColumn(name = "role_profile_id"))
    public List<RoleProfileSkill> skills = new ArrayList<>();
}
