package io.supportcoach.skills.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.supportcoach.skills.assessment.EvidenceSource;
import io.supportcoach.skills.people.PeopleAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

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

    /**
     * One person's team and counted evidence, each piece with its skill's code and name, in one statement: the team
     * decides who may see the profile, and no row at all means that nobody has the employee id. The evidence is
     * counted as in {@link #EVIDENCE_OF_PEOPLE}, through the same (employee, skill) index.
     */
    static final String PROFILE = """
            select p.team_id, s.code, s.name, e.level, e.source, e.observed_at
              from person p
              left join lateral (select e.skill_id, e.level, e.source, e.observed_at
                                   from evidence e
                                  where e.employee_id = p.employee_id
                                    and e.observed_at >= :since
                                    and not exists (select 1 from evidence c
                                                     where c.supersedes_id is not null and c.supersedes_id = e.id)) e
                on true
              left join skill s on s.id = e.skill_id
             where p.employee_id = :person""";

    private final ProfileConfig config;
    private final EntityManager entityManager;
    private final PeopleAccess access;

    public ProfileService(ProfileConfig config, EntityManager entityManager, PeopleAccess access) {
        this.config = config;
        this.entityManager = entityManager;
        this.access = access;
    }

    /**
     * A person's profile for whoever may see them, one entry per skill whose evidence still counts, sorted by
     * skill code; for anyone else the person does not exist (404). A read in one statement, with no transaction.
     */
    public ProfileResponse getProfile(String employeeId) {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(PROFILE).setParameter("person", employeeId)
                .setParameter("since", now.minus(config.horizon())).getResultList();
        access.requireVisible(employeeId, rows.stream().findFirst().map(row -> (String) row[0]));
        Map<String, String> names = new HashMap<>();
        Map<String, List<EvidenceWeighting.Observation>> byCode = new TreeMap<>();
        for (Object[] row : rows) {
            String code = (String) row[1];
            if (code != null) {
                names.put(code, (String) row[2]);
                byCode.computeIfAbsent(code, skill -> new ArrayList<>()).add(observation(row, 3));
            }
        }
        var settings = new EvidenceWeighting.Settings(config.halfLife(), config.horizon());
        List<ProfileResponse.Entry> entries = new ArrayList<>();
        byCode.forEach((code, observations) -> EvidenceWeighting.estimate(observations, now, settings)
                .ifPresent(estimate -> entries.add(new ProfileResponse.Entry(code, names.get(code), estimate.level(),
                        estimate.confidence(), estimate.latestObservedAt(), estimate.evidenceCount(),
                        estimate.trend()))));
        return new ProfileResponse(employeeId, now, ProfileResponse.RULE, entries);
    }

    /**
     * The estimates of several people, per employee id and skill id, limited to the given skills
     * (all skills when none are given). People without counted evidence are absent. It checks no access:
     * the services that call it decide whom it is asked about, and no resource calls it.
     */
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
                    .add(observation(row, 2));
        }
        Map<String, Map<UUID, SkillEstimate>> estimates = new HashMap<>();
        grouped.forEach((employeeId, bySkill) -> bySkill.forEach((skillId, observations) ->
                EvidenceWeighting.estimate(observations, now, settings).ifPresent(estimate ->
                        estimates.computeIfAbsent(employeeId, id -> new HashMap<>()).put(skillId,
                                new SkillEstimate(skillId, estimate.level(), estimate.confidence(),
                                        estimate.latestObservedAt(), estimate.evidenceCount(), estimate.trend())))));
        return estimates;
    }

    /** The piece of evidence in a row's level, source and observation time, from column {@code level} on. */
    private static EvidenceWeighting.Observation observation(Object[] row, int level) {
        return new EvidenceWeighting.Observation(((Number) row[level]).intValue(),
                EvidenceSource.valueOf((String) row[level + 1]), (Instant) row[level + 2]);
    }
}
