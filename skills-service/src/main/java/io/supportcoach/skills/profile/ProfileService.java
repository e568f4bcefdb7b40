package io.supportcoach.skills.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.skills.assessment.Evidence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Current levels of people in skills, from their evidence. One query reads the evidence of every
 * person asked for, through the (employee, skill) index; the rule runs in memory.
 */
@ApplicationScoped
public class ProfileService {

    private final ProfileConfig config;

    public ProfileService(ProfileConfig config) {
        this.config = config;
    }

    public EvidenceWeighting.Settings settings() {
        return new EvidenceWeighting.Settings(config.halfLife(), config.horizon());
    }

    /** The estimates of one person, per skill id; skills whose evidence has faded out are absent. */
    @Transactional
    public Map<UUID, SkillEstimate> estimate(String employeeId) {
        return estimate(List.of(employeeId), List.of()).getOrDefault(employeeId, Map.of());
    }

    /**
     * The estimates of several people, per employee id and skill id, limited to the given skills
     * (all skills when none are given). People without counted evidence are absent.
     */
    @Transactional
    public Map<String, Map<UUID, SkillEstimate>> estimate(Collection<String> employeeIds, Collection<UUID> skillIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        Instant now = Instant.now();
        var parameters = new HashMap<String, Object>();
        parameters.put("people", employeeIds);
        parameters.put("since", now.minus(config.horizon()));
        String skillFilter = "";
        if (!skillIds.isEmpty()) {
            skillFilter = " and e.skillId in :skills";
            parameters.put("skills", skillIds);
        }
        List<Evidence> evidence = Evidence.<Evidence>find("from Evidence e where e.employeeId in :people" + skillFilter
                + " and e.observedAt >= :since"
                + " and not exists (select 1 from Evidence c where c.supersedesId = e.id)", parameters).list();

        Map<String, Map<UUID, List<EvidenceWeighting.Observation>>> grouped = new HashMap<>();
        for (Evidence piece : evidence) {
            grouped.computeIfAbsent(piece.employeeId, id -> new HashMap<>())
                    .computeIfAbsent(piece.skillId, id -> new ArrayList<>())
                    .add(new EvidenceWeighting.Observation(piece.level, piece.source, piece.observedAt));
        }
        Map<String, Map<UUID, SkillEstimate>> estimates = new HashMap<>();
        grouped.forEach((employeeId, bySkill) -> bySkill.forEach((skillId, observations) ->
                EvidenceWeighting.estimate(observations, now, settings()).ifPresent(estimate ->
                        estimates.computeIfAbsent(employeeId, id -> new HashMap<>()).put(skillId,
                                new SkillEstimate(skillId, estimate.level(), estimate.confidence(),
                                        estimate.latestObservedAt(), estimate.evidenceCount(), estimate.trend())))));
        return estimates;
    }
}
