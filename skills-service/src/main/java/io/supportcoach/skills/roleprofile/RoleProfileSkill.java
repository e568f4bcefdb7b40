package io.supportcoach.skills.roleprofile;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One skill of a role profile: the level the role needs and how much it counts towards the match. */
@Embeddable
public class RoleProfileSkill {

    @Column(name = "skill_id", nullable = false)
    public UUID skillId;

    @Column(name = "target_level", nullable = false)
    public short targetLevel;

    @Column(name = "weight", nullable = false, precision = 4, scale = 2)
    public BigDecimal weight;

    public RoleProfileSkill() {
    }

    public RoleProfileSkill(UUID skillId, int targetLevel, BigDecimal weight) {
        this.skillId = skillId;
        this.targetLevel = (short) targetLevel;
        this.weight = weight;
    }
}
