package io.supportcoach.skills.catalogue;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of a skill's five-level scale with what a person at that level observably does. */
@Embeddable
public class SkillLevel {

    @Column(name = "level", nullable = false)
    public short level;

    @Column(name = "name", nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "indicators", nullable = false)
    public List<String> indicators;

    public SkillLevel() {
    }

    public SkillLevel(int level, String name, List<String> indicators) {
        this.level = (short) level;
        this.name = name;
        this.indicators = List.copyOf(indicators);
    }
}
