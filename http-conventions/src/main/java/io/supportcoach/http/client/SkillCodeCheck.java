package io.supportcoach.http.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;

/**
 * What skills-service says of the skill codes one request names: the codes no skill has, and the retired ones with
 * the code of the skill that replaces each (null should a retired skill name none). The problem codes and the rule
 * are skills-service's own: an unknown skill is {@code UNKNOWN_SKILL}; a retired one is {@code SKILL_RETIRED}, since
 * nothing new may point at it.
 */
public record SkillCodeCheck(Set<String> unknown, Map<String, String> replacementsOfRetired) {

    public static final String UNKNOWN_SKILL = "UNKNOWN_SKILL";
    public static final String SKILL_RETIRED = "SKILL_RETIRED";

    public SkillCodeCheck {
        unknown = Set.copyOf(unknown);
        replacementsOfRetired = Collections.unmodifiableMap(new HashMap<>(replacementsOfRetired));
    }

    /**
     * Throws 422 naming each code of {@code field} that no skill has, and each retired one not in
     * {@code alreadyHeld}: a coach or an opportunity that took a skill before it was retired keeps it through later
     * changes, but nothing takes one on anew. The problem's code is {@code UNKNOWN_SKILL} when any code is unknown,
     * else {@code SKILL_RETIRED}; each field error carries its own.
     */
    public void requireUsable(String field, List<String> codes, Collection<String> alreadyHeld) {
        List<FieldError> errors = new ArrayList<>();
        for (int index = 0; index < codes.size(); index++) {
            String code = codes.get(index);
            String where = field + "[" + index + "]";
            if (unknown.contains(code)) {
                errors.add(new FieldError(where, UNKNOWN_SKILL, "no skill has the code '" + code + "'"));
            } else if (replacementsOfRetired.containsKey(code) && !alreadyHeld.contains(code)) {
                String replacement = replacementsOfRetired.get(code);
                errors.add(new FieldError(where, SKILL_RETIRED, "skill '" + code + "' is retired"
                        + (replacement == null ? "" : "; use '" + replacement + "' instead")));
            }
        }
        if (errors.isEmpty()) {
            return;
        }
        boolean anyUnknown = errors.stream().anyMatch(error -> UNKNOWN_SKILL.equals(error.code()));
        throw new ProblemException(422, anyUnknown ? UNKNOWN_SKILL : SKILL_RETIRED, "Unprocessable request",
                anyUnknown ? "Some skill codes name no skill of the catalogue."
                        : "Some skill codes name retired skills.", errors, Map.of());
    }
}
