package io.supportcoach.secondment.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.supportcoach.http.problem.CalleeUnavailable;
import io.supportcoach.secondment.client.TeamPeopleReader;
import io.supportcoach.secondment.client.TeamPeopleReader.TeamMember;
import io.supportcoach.secondment.client.SkillsServiceClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The display names of a plan's people, from skills-service's register, in as few calls as it takes: the team's own
 * people in one listing with the caller's token (HR and the team's managers may list the team there), and only the
 * others, the people it hosts or one of its own who has moved since, by id with this service's own token, since a
 * manager may not see another team's people. A plan is worth reading without names: when skills-service cannot
 * answer, the names not read by then are missing and the plan shows employee ids instead.
 */
@ApplicationScoped
class PlanNames {

    private final TeamPeopleReader teamPeople;
    private final SkillsServiceClient register;

    PlanNames(TeamPeopleReader teamPeople, SkillsServiceClient register) {
        this.teamPeople = teamPeople;
        this.register = register;
    }

    /** The names skills-service gave, by employee id; no call at all for a plan without people. */
    Map<String, String> of(String teamId, List<HeldPlacement> placements) {
        Set<String> wanted = new TreeSet<>();
        placements.forEach(placement -> wanted.add(placement.employeeId()));
        Map<String, String> names = new HashMap<>();
        try {
            if (placements.stream().anyMatch(placement -> placement.takesAwayFrom(teamId))) {
                for (TeamMember member : teamPeople.findPeople(teamId)) {
                    if (wanted.contains(member.employeeId()) && member.displayName() != null) {
                        names.put(member.employeeId(), member.displayName());
                    }
                }
            }
            for (String employeeId : wanted) {
                if (!names.containsKey(employeeId)) {
                    register.findPerson(employeeId).map(SkillsServiceClient.RegisteredPerson::displayName)
                            .ifPresent(name -> names.put(employeeId, name));
                }
            }
        } catch (CalleeUnavailable unavailable) {
            // Logged by the client already; asking about the next person would only keep the reader waiting.
        }
        return names;
    }
}
