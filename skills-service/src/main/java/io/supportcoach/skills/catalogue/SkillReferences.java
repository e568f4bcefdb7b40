package io.supportcoach.skills.catalogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.supportcoach.http.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Resolves the skills other features name, by code or id. A name that matches nothing is a 422, and
 * so is a retired skill: nothing new may point at one. A service-layer collaborator: it hands skill
 * entities to other features' services inside their transactions, and no resource calls it.
 */
@ApplicationScoped
public class SkillReferences {

    private final SkillService skills;

    public SkillReferences(SkillService skills) {
        this.skills = skills;
    }

    public Skill requireUsable(String idOrCode) {
        Skill skill = skills.findOptional(idOrCode).orElseThrow(() -> ProblemException.unprocessable("UNKNOWN_SKILL",
                "No skill has the id or code '" + idOrCode + "'."));
        if (skill.status == SkillStatus.RETIRED) {
            throw ProblemException.unprocessable("SKILL_RETIRED", "Skill '" + skill.code + "' is retired; use '"
                    + skill.replacedBy.code + "' instead.");
        }
        return skill;
    }

    /** A skill named in a read: retired ones still have their history. */
    public Skill requireUsableOrRetired(String idOrCode) {
        return skills.findOptional(idOrCode).orElseThrow(() -> ProblemException.unprocessable("UNKNOWN_SKILL",
                "No skill has the id or code '" + idOrCode + "'."));
    }

    /** Codes of the given skills, from one query. */
    public Map<UUID, String> codesOf(Collection<UUID> skillIds) {
        return skillsById(skillIds).values().stream().collect(Collectors.toMap(skill -> skill.id, skill -> skill.code));
    }

    /** The given skills by id, from one query. */
    public Map<UUID, Skill> skillsById(Collection<UUID> skillIds) {
        if (skillIds.isEmpty()) {
            return new HashMap<>();
        }
        List<Skill> found = Skill.list("id in ?1", skillIds);
        return found.stream().collect(Collectors.toMap(skill -> skill.id, Function.identity()));
    }
}
