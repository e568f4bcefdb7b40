package io.supportcoach.testing;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.UUID;

/**
 * People in the register of the service under test (skills-service keeps it), each in a team of its own
 * unless one is named, with a token of the manager of that team: every test makes the people it needs.
 */
public final class PeopleFixtures {

    private PeopleFixtures() {
    }

    /** A person of the register, and a token of a manager of their team. */
    public record Staff(String employeeId, String teamId, String displayName, String managerToken) {

        public String token() {
            return TestTokens.employee(employeeId);
        }
    }

    public static String newTeam() {
        return "team-" + unique();
    }

    public static String newEmployeeId() {
        return "e-" + unique();
    }

    public static Staff newPerson() {
        return newPerson(newTeam(), "Dana Okafor");
    }

    public static Staff newPerson(String teamId, String displayName) {
        return newPerson(newEmployeeId(), teamId, displayName);
    }

    public static Staff newPerson(String employeeId, String teamId, String displayName) {
        register(employeeId, teamId, displayName, "ACTIVE");
        return new Staff(employeeId, teamId, displayName, managerOfTeam(teamId));
    }

    /** A token of the manager of one team, whose employee id is {@code e-boss-<team>}. */
    public static String managerOfTeam(String teamId) {
        return TestTokens.as("e-boss-" + teamId, "manager").managing(teamId).sign();
    }

    /** A token of a new manager of the teams. */
    public static String managerOf(String... teams) {
        return TestTokens.as("e-boss-" + unique(), "manager").managing(teams).sign();
    }

    /** Creates or updates the person as HR, the way the HR system keeps the register in step. */
    public static void register(String employeeId, String teamId, String displayName, String status) {
        Requests.asHr().body(Map.of("displayName", displayName, "email", employeeId + "@example.org", "teamId", teamId,
                "status", status)).put("/people/" + employeeId).then().statusCode(anyOf(is(200), is(201)));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
