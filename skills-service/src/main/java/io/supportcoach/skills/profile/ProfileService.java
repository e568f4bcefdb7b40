package io.supportcoach.skills.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.skills.assessment.EvidenceSource;
import io.supportcoach.skills.catalogue.Skill;
import io.supportcoach.skills.catalogue.SkillReferences;
import io.supportcoach.skills.people.PeopleAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Current levels of people in skills, from their evidence. One query reads the evidence of every
 * person asked for, through the (employee, skill) index; the rule runs in memory.
 */
@ApplicationScoped
public class ProfileService {

    /**
     * The counted evidence of some people: within the horizon, and not replaced by a correction. Saying that a
     * correction has a non-null {@code supersedes_id} lets PostgreSQL read only the corrections, through their
     * index, instead of the whole table when many people are asked for at once.
     */
    static final String EVIDENCE_OF_PEOPLE = """
            select e.employee_id, e.skill_id, e.level, e.source, e.observed_at
              from evidence e
             where e.employee_id in (:people)
               and e.observed_at >= :since
               and not exists (select 1 from evidence c where c.supersedes_id is not null and c.supersedes_id = e.id)""";

    static final String EVIDENCE_OF_PEOPLE_IN_SKILLS = EVIDENCE_OF_PEOPLE + " and e.skill_id in (:skills)";

    private final ProfileConfig config;
    private final EntityManager entityManager;
    private final PeopleAccess access;
    private final SkillReferences skills;

    public ProfileService(ProfileConfig config, EntityManager entityManager, PeopleAccess access,
            SkillReferences skills) {
        this.config = config;
        this.entityManager = entityManager;
        this.access = access;
        this.skills = skills;
    }

    /**
     * A person's profile for whoever may see them, one entry per skill whose evidence still counts, sorted by
     * skill code; for anyone else the person does not exist (404).
     */
    @Transactional
    public ProfileResponse getProfile(String employeeId) {
        access.requireVisible(employeeId);
        Map<UUID, SkillEstimate> estimates = estimate(List.of(employeeId), List.of()).getOrDefault(employeeId, Map.of());
        Map<UUID, Skill> named = skills.skillsById(estimates.keySet());
        List<ProfileResponse.Entry> entries = estimates.values().stream()
                .map(estimate -> {
                    Skill skill = named.get(estimate.skillId());
                    return new ProfileResponse.Entry(skill.code, skill.name, estimate.level(), estimate.confidence(),
                            estimate.latestObservedAt(), estimate.evidenceCount(), estimate.trend());
                })
                .sorted(Comparator.comparing(ProfileResponse.Entry::skill))
                .toList();
        return new ProfileResponse(employeeId, Instant.now(), ProfileResponse.RULE, entries);
    }

    /**
     * The estimates of several people, per employee id and skill id, limited to the given skills
     * (all skills when none are given). People without counted evidence are absent. It checks no access:
     * the services that call it decide whom it is asked about, and no resource calls it.
     */
    @Transactional
    public Map<String, Map<UUID, SkillEstimate>> estimate(Collection<String> employeeIds, Collection<UUID> skillIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        Instant now = Instant.now();
        Query query = entityManager.createNativeQuery(skillIds.isEmpty() ? EVIDENCE_OF_PEOPLE : EVIDENCE_OF_PEOPLE_IN_SKILLS)
                .setParameter("people", employeeIds)
                .setParameter("since", now.minus(config.horizon()));
        if (!skillIds.isEmpty()) {
            query.setParameter("skills", skillIds);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        var settings = new EvidenceWeighting.Settings(config.halfLife(), config.horizon());
        Map<String, Map<UUID, List<EvidenceWeighting.Observation>>> grouped = new HashMap<>();
        for (Object[] row : rows) {
            grouped.computeIfAbsent((String) row[0], id -> new HashMap<>())
                    .computeIfAbsent((UUID) row[1], id -> new ArrayList<>())
                    .add(new EvidenceWeighting.Observation(((Number) row[2]).intValue(),
                            EvidenceSource.valueOf((String) row[3]), (Instant) row[4]));
        }
        Map<String, Map<UUID, SkillEstimate>> estimates = new HashMap<>();
        grouped.forEach((employeeId, bySkill) -> bySkill.forEach((skillId, observations) ->
                EvidenceWeighting.estimate(observations, now, settings).ifPresent(estimate ->
                        estimates.computeIfAbsent(employeeId, id -> new HashMap<>()).put(skillId,
                                new SkillEstimate(skillId, estimate.level(), estimate.confidence(),
                                        estimate.latestObservedAt(), estimate.evidenceCount(), estimate.trend())))));
        return estimates;
    }
}
