package io.supportcoach.skills.people;

import java.util.Optional;

import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may see whom: HR everyone, a manager the people of the teams they manage, anyone themselves.
 * Whoever may not see a person gets the same 404 as for someone who does not exist, so ids do not leak.
 * A service-layer collaborator: services call it inside their transactions and may get the person entity
 * back; no resource calls it.
 */
@RequestScoped
public class PeopleAccess {

    private final Caller caller;

    public PeopleAccess(Caller caller) {
        this.caller = caller;
    }

    public boolean canSee(String employeeId, Optional<Person> person) {
        if (caller.hasRole(Roles.HR_ADMIN) || caller.hasRole(Roles.SERVICE) || caller.id().equals(employeeId)) {
            return true;
        }
        return caller.hasRole(Roles.MANAGER) && person.isPresent()
                && caller.managedTeams().contains(person.get().teamId);
    }

    /** The person the caller may see, or 404. */
    public Person requireVisible(String employeeId) {
        Optional<Person> person = Person.findByIdOptional(employeeId);
        if (person.isEmpty() || !canSee(employeeId, person)) {
            throw ProblemException.notFound("No person has the employee id '" + employeeId + "'.");
        }
        return person.get();
    }

    /** Managers act for their teams; the ids in the token decide, not the request. */
    public boolean managesTeam(String teamId) {
        return caller.hasRole(Roles.MANAGER) && caller.managedTeams().contains(teamId);
    }
}
