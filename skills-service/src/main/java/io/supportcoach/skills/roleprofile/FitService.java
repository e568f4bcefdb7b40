package io.supportcoach.skills.roleprofile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.http.validation.Distinct;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import io.supportcoach.skills.catalogue.Skill;
import io.supportcoach.skills.people.PeopleAccess;
import io.supportcoach.skills.people.Person;
import io.supportcoach.skills.people.PersonStatus;
import io.supportcoach.skills.profile.ProfileService;
import io.supportcoach.skills.profile.SkillEstimate;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Compares people's current levels with a role profile: the gaps of one person, and a ranking of many.
 * The evidence of everyone asked about is read with one query; the arithmetic is {@link FitCalculator}.
 */
@ApplicationScoped
public class FitService {

    static final int MAX_TEAM_SIZE = 500;

    private final RoleProfileService roleProfiles;
    private final ProfileService profiles;
    private final PeopleAccess access;
    private final Caller caller;

    public FitService(RoleProfileService roleProfiles, ProfileService profiles, PeopleAccess access, Caller caller) {
        this.roleProfiles = roleProfiles;
        this.profiles = profiles;
        this.access = access;
        this.caller = caller;
    }

    /** The person's gaps; whoever may not see the person gets 404, an unknown role profile is a 422. */
    public GapResponse findGaps(String employeeId, String roleProfileId) {
        access.requireVisible(employeeId);
        RoleProfile profile = roleProfiles.findRoleProfileForReference(roleProfileId);
        Map<UUID, Skill> skills = roleProfiles.skillsOf(List.of(profile));
        Map<UUID, SkillEstimate> estimates = profiles.estimate(List.of(employeeId), skills.keySet())
                .getOrDefault(employeeId, Map.of());
        Assessment assessment = assess(profile, skills, estimates);
        return new GapResponse(employeeId, RoleProfileRef.of(profile), Instant.now(), assessment.match(),
                FitCalculator.FORMULA, assessment.gaps());
    }

    /**
     * Ranks named people or a team by match, best first, equal matches by employee id. A manager ranks only
     * people they may see and teams they manage; anything else is a 404, so ids do not leak.
     */
    public FitResponse rankPeople(String roleProfileId, FitRequest request) {
        requireExactlyOneGroup(request);
        return rank(roleProfiles.findRoleProfile(roleProfileId), request);
    }

    /** The same ranking against skills named in the request; the unsaved profile only carries them. */
    public FitResponse rankPeopleAgainstSkills(SkillSetFitRequest request) {
        requireExactlyOneGroup(request.whom());
        Map<Integer, Skill> skills = roleProfiles.resolveSkills(request.skills());
        var adHoc = new RoleProfile();
        for (int i = 0; i < request.skills().size(); i++) {
            RoleProfileSkillRequest target = request.skills().get(i);
            adHoc.skills.add(new RoleProfileSkill(skills.get(i).id, target.targetLevel(), target.weightOrDefault()));
        }
        return rank(adHoc, request.whom());
    }

    private static void requireExactlyOneGroup(FitRequest request) {
        boolean byTeam = request.teamId() != null;
        if (byTeam == (request.employeeIds() != null)) {
            throw ProblemException.invalidField("employeeIds", "EXACTLY_ONE_REQUIRED",
                    "send either employeeIds or teamId, not both and not neither");
        }
    }

    private FitResponse rank(RoleProfile profile, FitRequest request) {
        boolean byTeam = request.teamId() != null;
        List<Person> people = byTeam ? findTeam(request.teamId()) : findNamed(request.employeeIds());
        Map<UUID, Skill> skills = roleProfiles.skillsOf(List.of(profile));
        Map<String, Map<UUID, SkillEstimate>> estimates = profiles.estimate(
                people.stream().map(person -> person.employeeId).toList(), skills.keySet());

        record Ranked(Person person, Assessment assessment) {
        }
        List<Ranked> ranked = people.stream()
                .map(person -> new Ranked(person, assess(profile, skills,
                        estimates.getOrDefault(person.employeeId, Map.of()))))
                .sorted(Comparator.comparingDouble((Ranked entry) -> entry.assessment().match()).reversed()
                        .thenComparing(entry -> entry.person().employeeId))
                .toList();
        List<FitResponse.PersonFit> fits = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranked entry = ranked.get(i);
            boolean tiesPrevious = i > 0 && ranked.get(i - 1).assessment().match() == entry.assessment().match();
            int rank = tiesPrevious ? fits.get(i - 1).rank() : i + 1;
            fits.add(new FitResponse.PersonFit(rank, entry.person().employeeId, entry.person().displayName,
                    entry.person().teamId, entry.assessment().match(), entry.assessment().reasons(),
                    entry.assessment().gaps()));
        }
        return new FitResponse(profile.id == null ? null : RoleProfileRef.of(profile), Instant.now(), FitCalculator.FORMULA, fits);
    }

    /** The active people of a team, for HR or the team's manager. */
    private List<Person> findTeam(String teamId) {
        if (!caller.hasRole(Roles.HR_ADMIN) && !access.managesTeam(teamId)) {
            throw ProblemException.notFound("No team has the id '" + teamId + "'.");
        }
        List<Person> members = Person.<Person>find("teamId = ?1 and status = ?2 order by employeeId", teamId,
                PersonStatus.ACTIVE).page(0, MAX_TEAM_SIZE + 1).list();
        if (members.size() > MAX_TEAM_SIZE) {
            throw ProblemException.unprocessable("TEAM_TOO_LARGE", "Team '" + teamId + "' has more than "
                    + MAX_TEAM_SIZE + " people. Name up to 200 of them in employeeIds instead.");
        }
        return members;
    }

    /** The named people, from one query; the first one that is unknown or hidden from the caller is a 404. */
    private List<Person> findNamed(List<String> employeeIds) {
        Distinct.require("employeeIds", employeeIds);
        Map<String, Person> found = Person.<Person>list("employeeId in ?1", employeeIds).stream()
                .collect(Collectors.toMap(person -> person.employeeId, Function.identity()));
        for (String employeeId : employeeIds) {
            Person person = found.get(employeeId);
            if (person == null || !access.canSee(employeeId, Optional.of(person))) {
                throw ProblemException.notFound("No person has the employee id '" + employeeId + "'.");
            }
        }
        return employeeIds.stream().map(found::get).toList();
    }

    /** What the calculator says for one person, with the skills in code order. */
    private static Assessment assess(RoleProfile profile, Map<UUID, Skill> skills, Map<UUID, SkillEstimate> estimates) {
        List<RoleProfileSkill> targets = profile.skills.stream()
                .sorted(Comparator.comparing(target -> skills.get(target.skillId).code))
                .toList();
        List<FitCalculator.Line> lines = new ArrayList<>();
        List<SkillGap> gaps = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (RoleProfileSkill target : targets) {
            Skill skill = skills.get(target.skillId);
            SkillEstimate estimate = estimates.get(target.skillId);
            var line = new FitCalculator.Line(skill.code, target.targetLevel, target.weight,
                    estimate == null ? null : estimate.level());
            lines.add(line);
            gaps.add(new SkillGap(skill.code, skill.name, target.targetLevel, estimate == null ? 0 : estimate.level(),
                    estimate == null ? 0 : estimate.confidence(), FitCalculator.gap(line), target.weight.doubleValue(),
                    FitCalculator.met(line)));
            reasons.add(FitCalculator.reason(line));
        }
        return new Assessment(FitCalculator.match(lines), gaps, reasons);
    }

    private record Assessment(double match, List<SkillGap> gaps, List<String> reasons) {
    }
}
