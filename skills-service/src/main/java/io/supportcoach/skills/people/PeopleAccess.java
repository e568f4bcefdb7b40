package io.supportcoach.skills.people;

import java.util.Optional;

import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import io.supportcoach.skills.relation.CoacheeAccess;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may see whom: HR everyone, a manager the people of the teams they manage, a coach the people they coach now
 * (as coaching-service reports it), anyone themselves.
 * Whoever may not see a person gets the same 404 as for someone who does not exist, so ids do not leak.
 * A service-layer collaborator: services call it, in a transaction or in a read that needs none, and may get the
 * person entity back; no resource calls it.
 */
@RequestScoped
public class PeopleAccess {

    private final Caller caller;
    private final CoacheeAccess coachees;

    public PeopleAccess(Caller caller, CoacheeAccess coachees) {
        this.caller = caller;
        this.coachees = coachees;
    }

    public boolean canSee(String employeeId, Optional<Person> person) {
        return canSeeInTeam(employeeId, person.map(found -> found.teamId));
    }

    /** {@code teamId} is the person's team, empty when nobody has the employee id. */
    private boolean canSeeInTeam(String employeeId, Optional<String> teamId) {
        return actsFor(employeeId, teamId) || teamId.isPresent() && coachees.coaches(employeeId);
    }

    /** HR, the other services, the person's manager and the person; a coach reads about coachees, acts for nobody. */
    private boolean actsFor(String employeeId, Optional<String> teamId) {
        if (caller.hasRole(Roles.HR_ADMIN) || caller.hasRole(Roles.SERVICE) || caller.id().equals(employeeId)) {
            return true;
        }
        return caller.hasRole(Roles.MANAGER) && teamId.isPresent() && caller.managedTeams().contains(teamId.get());
    }

    /** Whether the caller coaches the person now; false for anyone who is not a coach. */
    public boolean coaches(String employeeId) {
        return coachees.coaches(employeeId);
    }

    /** The person the caller may see, or 404. */
    public Person requireVisible(String employeeId) {
        Optional<Person> person = Person.findByIdOptional(employeeId);
        if (person.isEmpty() || !canSee(employeeId, person)) {
            throw ProblemException.notFound("No person has the employee id '" + employeeId + "'.");
        }
        return person.get();
    }

    /**
     * The 404 of {@link #requireVisible(String)}, for a read that found the person's team itself, in the statement
     * that reads what it answers with: {@code teamId} is empty when nobody has the employee id.
     */
    public void requireVisible(String employeeId, Optional<String> teamId) {
        if (teamId.isEmpty() || !canSeeInTeam(employeeId, teamId)) {
            throw ProblemException.notFound("No person has the employee id '" + employeeId + "'.");
        }
    }

    /**
     * The person the caller may decide for, such as setting their goals, or 404: as {@link #requireVisible}, but a
     * coaching relation alone does not do, so a coach who also holds the employee role sets no coachee's goals.
     */
    public Person requireActingFor(String employeeId) {
        Optional<Person> person = Person.findByIdOptional(employeeId);
        if (person.isEmpty() || !actsFor(employeeId, person.map(found -> found.teamId))) {
            throw ProblemException.notFound("No person has the employee id '" + employeeId + "'.");
        }
        return person.get();
    }

    /** Managers act for their teams; the ids in the token decide, not the request. */
    public boolean managesTeam(String teamId) {
        return caller.hasRole(Roles.MANAGER) && caller.managedTeams().contains(teamId);
    }
}
