package io.supportcoach.secondment.shared;

import java.util.Set;

import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.enterprise.context.RequestScoped;

/** Whether the caller may act for a host team: HR for every team, a manager for the teams in their token. */
@RequestScoped
public class HostTeamAccess {

    private final Caller caller;

    public HostTeamAccess(Caller caller) {
        this.caller = caller;
    }

    public void requireMayActFor(String hostTeamId) {
        boolean hrAdmin = caller.hasRole(Roles.HR_ADMIN);
        // Only managers act through the claim; HR's tokens need not carry it.
        Set<String> managed = !hrAdmin && caller.hasRole(Roles.MANAGER) ? caller.managedTeams() : Set.of();
        requireMayActFor(hrAdmin, managed, hostTeamId);
    }

    /** HR acts for every team; anyone else only for a team in their {@code manages} claim. */
    static void requireMayActFor(boolean hrAdmin, Set<String> managedTeams, String hostTeamId) {
        if (!hrAdmin && !managedTeams.contains(hostTeamId)) {
            throw new ProblemException(403, "NOT_YOUR_TEAM", "Forbidden",
                    "You can act only for host teams you manage, and '" + hostTeamId + "' is not one of them.");
        }
    }
}
