package io.supportcoach.secondment.candidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.IdPatterns;
import io.supportcoach.secondment.candidate.CandidateQueries.BusiestDay;
import io.supportcoach.secondment.candidate.CandidateQueries.Terms;
import io.supportcoach.secondment.candidate.CandidateRanking.Candidate;
import io.supportcoach.secondment.client.TeamPeopleReader;
import io.supportcoach.secondment.client.TeamPeopleReader.ActiveGoal;
import io.supportcoach.secondment.client.TeamPeopleReader.TeamMember;
import io.supportcoach.secondment.shared.HostTeamAccess;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ranks the people of some teams for an opportunity. HR ranks any team, a manager only teams they manage. The
 * opportunity and the placements are read in one statement each, with no transaction, and skills-service is asked
 * between them, so no database connection waits on another service.
 */
@ApplicationScoped
public class CandidateService {

    static final int MAX_TEAMS = 10;
    private static final Pattern TEAM_ID = Pattern.compile(IdPatterns.TEAM_ID);

    private final CandidateQueries queries;
    private final TeamPeopleReader skillsService;
    private final HostTeamAccess teams;

    public CandidateService(CandidateQueries queries, TeamPeopleReader skillsService, HostTeamAccess teams) {
        this.queries = queries;
        this.skillsService = skillsService;
        this.teams = teams;
    }

    /** The team ids of the {@code team} parameter: 1 to 10 distinct ids, separated by commas. */
    static List<String> parseTeams(String team) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : team.split(",", -1)) {
            if (!TEAM_ID.matcher(id.strip()).matches()) {
                throw ProblemException.invalidField("team", "INVALID_TEAM_ID", IdPatterns.TEAM_ID_MESSAGE);
            }
            ids.add(id.strip());
        }
        if (ids.size() > MAX_TEAMS) {
            throw ProblemException.invalidField("team", "TOO_MANY_TEAMS", "at most " + MAX_TEAMS + " teams");
        }
        return List.copyOf(ids);
    }

    public CandidateRanking rank(UUID opportunityId, List<String> teamIds) {
        teamIds.forEach(teams::requireMayActFor);
        Terms terms = findTerms(opportunityId);
        Map<String, TeamMember> people = new LinkedHashMap<>();
        Map<String, List<ActiveGoal>> goals = new LinkedHashMap<>();
        for (String teamId : teamIds) {
            skillsService.findActivePeople(teamId).forEach(member -> people.putIfAbsent(member.employeeId(), member));
            if (people.size() > TeamPeopleReader.MAX_PEOPLE) {
                throw ProblemException.unprocessable("TOO_MANY_PEOPLE", "The teams have more than "
                        + TeamPeopleReader.MAX_PEOPLE + " people; rank fewer teams at a time.");
            }
            skillsService.findActiveGoals(teamId).forEach(goal -> goals
                    .computeIfAbsent(goal.employeeId(), id -> new ArrayList<>()).add(goal));
        }
        Map<String, BusiestDay> busiest = queries.findBusiestDays(people.keySet(), terms.startsOn(), terms.endsOn());
        List<Candidate> ranked = people.values().stream()
                .map(member -> CandidateScoring.score(member, goals.getOrDefault(member.employeeId(), List.of()),
                        terms, busiest.get(member.employeeId())))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(Candidate::employeeId))
                .collect(Collectors.toList());
        return new CandidateRanking(opportunityId, CandidateScoring.FORMULA, List.copyOf(ranked));
    }

    Terms findTerms(UUID opportunityId) {
        return queries.findTerms(opportunityId)
                .orElseThrow(() -> ProblemException.notFound("No opportunity has the id '" + opportunityId + "'."));
    }
}
