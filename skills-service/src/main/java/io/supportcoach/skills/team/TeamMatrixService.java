package io.supportcoach.skills.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.http.validation.Distinct;
import io.supportcoach.http.validation.Slugs;
import io.supportcoach.skills.catalogue.Skill;
import io.supportcoach.skills.people.PeopleAccess;
import io.supportcoach.skills.people.Person;
import io.supportcoach.skills.people.PersonStatus;
import io.supportcoach.skills.profile.ProfileService;
import io.supportcoach.skills.profile.SkillEstimate;
import io.supportcoach.skills.roleprofile.RoleProfile;
import io.supportcoach.skills.roleprofile.RoleProfileSkill;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds a team's skill matrix in three queries whatever the team's size: the skills, the team's active people,
 * and the evidence of all of them in those skills (one {@link ProfileService#estimate} call). A team is capped at
 * {@value #MAX_PEOPLE} people, a matrix at {@value #MAX_SKILLS} skills. HR sees every team and person, a manager
 * only the teams they manage and the people in them.
 */
@ApplicationScoped
public class TeamMatrixService {

    public static final int MAX_PEOPLE = 500;
    public static final int MAX_SKILLS = 40;

    private final ProfileService profiles;
    private final TeamAccess teamAccess;
    private final PeopleAccess peopleAccess;

    public TeamMatrixService(ProfileService profiles, TeamAccess teamAccess, PeopleAccess peopleAccess) {
        this.profiles = profiles;
        this.teamAccess = teamAccess;
        this.peopleAccess = peopleAccess;
    }

    /**
     * The matrix of a team's active people; for a caller who may not see the team it does not exist (404). With a
     * role profile, each column carries the profile's target, and without skill codes the columns are the profile's
     * skills, most weighty first.
     */
    public TeamMatrix buildMatrix(String teamId, List<String> skillCodes, UUID roleProfileId) {
        teamAccess.requireVisible(teamId);
        RoleProfile profile = roleProfileId == null ? null : RoleProfile.findById(roleProfileId);
        if (roleProfileId != null && profile == null) {
            throw ProblemException.unprocessable("UNKNOWN_ROLE_PROFILE",
                    "No role profile has the id '" + roleProfileId + "'.");
        }
        if (skillCodes == null) {
            if (profile == null) {
                throw ProblemException.invalidField("skills", "REQUIRED",
                        "must name 1 to " + MAX_SKILLS + " skill codes, unless roleProfile is given");
            }
            skillCodes = codesOf(profile);
        }
        List<Skill> columns = resolveColumns(skillCodes);
        List<Person> people = Person.<Person>find("teamId = ?1 and status = ?2 order by displayName, employeeId", teamId,
                PersonStatus.ACTIVE).page(0, MAX_PEOPLE + 1).list();
        if (people.size() > MAX_PEOPLE) {
            throw ProblemException.unprocessable("TEAM_TOO_LARGE", "The team has more than " + MAX_PEOPLE
                    + " active people, more than one matrix shows.");
        }
        return new TeamMatrix(teamId, skillCodes, rows(people, columns), profile == null ? null : targets(profile, columns));
    }

    /**
     * The matrix of named people, whatever their teams, from one query for them; a person the caller may not
     * see is a 404, like one who does not exist. Naming a person or a skill twice is a 400.
     */
    public TeamMatrix buildMatrix(List<String> employeeIds, List<String> skillCodes) {
        Distinct.require("employeeIds", employeeIds);
        Distinct.require("skills", skillCodes);
        List<Skill> columns = resolveColumns(skillCodes);
        List<Person> people = Person.<Person>list("employeeId in ?1 order by displayName, employeeId", employeeIds);
        Map<String, Person> found = people.stream().collect(Collectors.toMap(person -> person.employeeId, Function.identity()));
        for (String employeeId : employeeIds) {
            Optional<Person> person = Optional.ofNullable(found.get(employeeId));
            if (person.isEmpty() || !peopleAccess.canSee(employeeId, person)) {
                throw ProblemException.notFound("No person has the employee id '" + employeeId + "'.");
            }
        }
        return new TeamMatrix(null, skillCodes, rows(people, columns));
    }

    /** The profile's skills, most weighty first, then by code, at most a matrix's worth. */
    private static List<String> codesOf(RoleProfile profile) {
        Map<UUID, String> codes = Skill.<Skill>list("id in ?1", profile.skills.stream().map(skill -> skill.skillId).toList())
                .stream().collect(Collectors.toMap(skill -> skill.id, skill -> skill.code));
        return profile.skills.stream()
                .sorted(Comparator.comparing((RoleProfileSkill skill) -> skill.weight).reversed()
                        .thenComparing(skill -> codes.get(skill.skillId)))
                .map(skill -> codes.get(skill.skillId)).limit(MAX_SKILLS).toList();
    }

    private static TeamMatrix.RoleProfileTargets targets(RoleProfile profile, List<Skill> columns) {
        Map<UUID, Integer> targetBySkill = profile.skills.stream()
                .collect(Collectors.toMap(skill -> skill.skillId, skill -> (int) skill.targetLevel));
        List<Integer> targets = new ArrayList<>(columns.size());
        columns.forEach(skill -> targets.add(targetBySkill.get(skill.id)));
        return new TeamMatrix.RoleProfileTargets(profile.id.toString(), profile.name, targets);
    }

    private static List<Skill> resolveColumns(List<String> skillCodes) {
        List<Skill> found = Skill.list("code in ?1", skillCodes);
        Map<String, Skill> byCode = found.stream().collect(Collectors.toMap(skill -> skill.code, Function.identity()));
        List<String> unknown = skillCodes.stream().filter(code -> !byCode.containsKey(code)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("UNKNOWN_SKILL",
                    "No skill has the code " + unknown.stream().map(code -> "'" + code + "'").collect(Collectors.joining(", "))
                            + ".");
        }
        return skillCodes.stream().map(byCode::get).toList();
    }

    private List<TeamMatrix.Row> rows(List<Person> people, List<Skill> columns) {
        Map<String, Map<UUID, SkillEstimate>> estimates = profiles.estimate(
                people.stream().map(person -> person.employeeId).toList(), columns.stream().map(skill -> skill.id).toList());
        List<TeamMatrix.Row> rows = new ArrayList<>(people.size());
        for (Person person : people) {
            Map<UUID, SkillEstimate> levels = estimates.getOrDefault(person.employeeId, Map.of());
            List<Double> cells = new ArrayList<>(columns.size());
            columns.forEach(skill -> {
                SkillEstimate estimate = levels.get(skill.id);
                cells.add(estimate == null ? null : estimate.level());
            });
            rows.add(new TeamMatrix.Row(person.employeeId, person.displayName, cells));
        }
        return rows;
    }

    /**
     * The comma-separated skill codes of a matrix request: 1 to 40 distinct codes, else a 400 on {@code skills};
     * null when the request names none, which only a role profile makes up for.
     */
    static List<String> parseSkillCodes(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.isBlank()) {
            throw ProblemException.invalidField("skills", "REQUIRED", "must name 1 to " + MAX_SKILLS + " skill codes");
        }
        List<String> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            String code = part.trim();
            if (!code.matches(Slugs.PATTERN)) {
                errors.add(new FieldError("skills", "INVALID_FORMAT", "'" + code + "' is not a skill code: " + Slugs.MESSAGE));
            } else if (!seen.add(code)) {
                errors.add(new FieldError("skills", "DUPLICATE", "names '" + code + "' more than once"));
            }
            codes.add(code);
        }
        if (codes.size() > MAX_SKILLS) {
            errors.add(0, new FieldError("skills", "OUT_OF_RANGE", "must name 1 to " + MAX_SKILLS + " skill codes"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return List.copyOf(codes);
    }
}
