package io.supportcoach.skills.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.supportcoach.skills.assessment.EvidenceRecorded;
import io.supportcoach.skills.profile.ProfileService;
import io.supportcoach.skills.profile.SkillEstimate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Marks goals ACHIEVED when evidence reaches their target. Runs inside the transaction that stores the
 * evidence, so the evidence and the achievement commit together or not at all. Achievement is final: a
 * later correction that lowers the level leaves an achieved goal as it is.
 */
@ApplicationScoped
public class GoalAchievements {

    /** Who the audit fields name for a goal the evidence achieved. */
    static final String SYSTEM = "system";

    private final ProfileService profiles;
    private final EntityManager entityManager;

    public GoalAchievements(ProfileService profiles, EntityManager entityManager) {
        this.profiles = profiles;
        this.entityManager = entityManager;
    }

    /**
     * Re-estimates the person's level in the skill and achieves every ACTIVE goal whose target it reaches. One
     * index lookup when the person has no active goal in the skill, which is the common case.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void achieveReachedGoals(@Observes EvidenceRecorded recorded) {
        List<?> active = entityManager.createNativeQuery("""
                select 1 from goal where employee_id = ?1 and status = 'ACTIVE' and skill_id = ?2 limit 1""")
                .setParameter(1, recorded.employeeId()).setParameter(2, recorded.skillId()).getResultList();
        if (active.isEmpty()) {
            return;
        }
        SkillEstimate estimate = profiles.estimate(List.of(recorded.employeeId()), List.of(recorded.skillId()))
                .getOrDefault(recorded.employeeId(), Map.of()).get(recorded.skillId());
        if (estimate == null) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entityManager.createNativeQuery("""
                update goal
                   set status = 'ACHIEVED', achieved_at = ?4, updated_at = ?4, updated_by = ?5, version = version + 1
                 where employee_id = ?1 and status = 'ACTIVE' and skill_id = ?2 and target_level <= ?3""")
                .setParameter(1, recorded.employeeId())
                .setParameter(2, recorded.skillId())
                .setParameter(3, BigDecimal.valueOf(estimate.level()))
                .setParameter(4, now)
                .setParameter(5, SYSTEM)
                .executeUpdate();
    }
}
