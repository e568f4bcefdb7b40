package io.supportcoach.skills.team;

import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import io.supportcoach.skills.people.PeopleAccess;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may see a team's views: HR every team, a manager the teams their token names. For a manager of other
 * teams the team does not exist (404), so team ids do not leak; other roles are kept out by the resource (403).
 * A service-layer collaborator: services call it; no resource does.
 */
@RequestScoped
public class TeamAccess {

    private final Caller caller;
    private final PeopleAccess people;

    public TeamAccess(Caller caller, PeopleAccess people) {
        this.caller = caller;
        this.people = people;
    }

    public void requireVisible(String teamId) {
        if (!caller.hasRole(Roles.HR_ADMIN) && !people.managesTeam(teamId)) {
            throw ProblemException.notFound("No team has the id '" + teamId + "'.");
        }
    }
}
