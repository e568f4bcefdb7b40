package io.supportcoach.coaching.matching;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.coaching.client.SkillsServiceClient;
import io.supportcoach.coaching.client.skills.model.Goal;
import io.supportcoach.coaching.client.skills.model.SkillGaps;
import io.supportcoach.coaching.programme.Programme;
import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ranks coaches for a coachee. HR matches anyone and a person themself; a manager anyone skills-service shows them,
 * which is the people of their teams: this service does not know teams, so the manager's own token asks
 * skills-service for the coachee's goals, and its 404 becomes this 404. skills-service is asked before the short
 * transaction that reads the coaches, never inside it; when it cannot answer, 503, never a ranking without goals.
 */
@ApplicationScoped
public class CoachMatchingService {

    /** The longest list matching answers: enough to choose from, and one page. */
    static final int TOP = 20;

    private final SkillsServiceClient skillsService;
    private final MatchingQueries queries;
    private final Caller caller;

    public CoachMatchingService(SkillsServiceClient skillsService, MatchingQueries queries, Caller caller) {
        this.skillsService = skillsService;
        this.queries = queries;
        this.caller = caller;
    }

    public CoachMatches matchCoaches(String coacheeId, UUID programmeId, String timeZone) {
        ZoneId zone = requireZone(timeZone);
        if (!caller.hasRole(Roles.HR_ADMIN) && !caller.hasRole(Roles.MANAGER) && !coacheeId.equals(caller.id())) {
            throw notFound(coacheeId);
        }
        Programme programme = programmeId == null ? null : requireProgramme(programmeId);
        List<Goal> goals = skillsService.findActiveGoals(coacheeId).orElseThrow(() -> notFound(coacheeId));
        UUID roleProfileId = programme == null ? null : roleProfileOf(programme);
        SkillGaps gaps = roleProfileId == null ? null : skillsService.findSkillGaps(coacheeId, roleProfileId)
                .orElseThrow(() -> unknownRoleProfile(programme));

        var coachee = new MatchScoring.Coachee(goals.stream().map(Goal::getSkill).toList(),
                gaps == null ? null : gaps.getRoleProfile().getName(),
                gaps == null ? List.of() : MatchScoring.largestGaps(gaps.getItems().stream()
                        .filter(gap -> !Boolean.TRUE.equals(gap.getMet()))
                        .map(gap -> new MatchScoring.Gap(gap.getSkill(), gap.getGap(), gap.getWeight())).toList()),
                zone, HoursOverlap.nextMonday(LocalDate.now(zone)));
        List<CoachMatch> ranked = queries.findCandidates(coacheeId, programme == null ? null : programme.coachIds)
                .stream()
                .map(candidate -> MatchScoring.score(coachee, candidate.coach(), candidate.openEnrolments()))
                .sorted(Comparator.comparingDouble(MatchScoring.Scored::exactScore).reversed()
                        .thenComparing(Comparator.comparingInt(MatchScoring.Scored::freePlaces).reversed())
                        .thenComparing(scored -> scored.match().displayName())
                        .thenComparing(scored -> scored.match().coachId()))
                .limit(TOP)
                .map(MatchScoring.Scored::match)
                .toList();
        return new CoachMatches(coacheeId, programmeId, roleProfileId, zone.getId(), MatchScoring.FORMULA, ranked);
    }

    private static ZoneId requireZone(String timeZone) {
        if (timeZone == null) {
            return ZoneId.of("UTC");
        }
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw ProblemException.invalidField("timeZone", "INVALID_VALUE",
                    "must be an IANA time zone, such as Europe/Berlin");
        }
        return ZoneId.of(timeZone);
    }

    private static Programme requireProgramme(UUID id) {
        Programme programme = Programme.findById(id);
        if (programme == null) {
            throw new ProblemException(422, "UNKNOWN_PROGRAMME", "Unprocessable request", "No programme has this id.",
                    List.of(new FieldError("programme", "UNKNOWN_PROGRAMME", "no programme has the id '" + id + "'")),
                    Map.of());
        }
        return programme;
    }

    /** The programme's role profile, if it names one; programmes take only UUIDs there. */
    private static UUID roleProfileOf(Programme programme) {
        return programme.roleProfileId == null ? null : UUID.fromString(programme.roleProfileId);
    }

    private static ProblemException unknownRoleProfile(Programme programme) {
        return new ProblemException(422, "UNKNOWN_ROLE_PROFILE", "Unprocessable request",
                "The programme's role profile '" + programme.roleProfileId + "' is not a role profile of skills-service.",
                List.of(new FieldError("programme", "UNKNOWN_ROLE_PROFILE",
                        "the programme names a role profile that skills-service does not know")), Map.of());
    }

    private static ProblemException notFound(String coacheeId) {
        return ProblemException.notFound("No person '" + coacheeId + "' whose coach matches you may see.");
    }
}
