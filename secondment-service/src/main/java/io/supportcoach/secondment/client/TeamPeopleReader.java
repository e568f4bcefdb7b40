package io.supportcoach.secondment.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.supportcoach.http.client.CalleeGuard;
import io.supportcoach.http.client.Callees;
import io.supportcoach.secondment.client.skills.api.ApiException;
import io.supportcoach.secondment.client.skills.api.PeopleApi;
import io.supportcoach.secondment.client.skills.api.TeamsApi;
import io.supportcoach.secondment.client.skills.model.Goal;
import io.supportcoach.secondment.client.skills.model.GoalPage;
import io.supportcoach.secondment.client.skills.model.Person;
import io.supportcoach.secondment.client.skills.model.PersonPage;
import io.supportcoach.secondment.client.skills.model.PersonStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads a team's people and their active goals from skills-service with the person's own token, so skills-service
 * applies that person's rights too: for ranking candidates, and for the names on a team's plan. Behind the callee's
 * one breaker, with the suite's timeouts and bounded retry; whatever goes wrong, the person gets 503
 * DEPENDENCY_UNAVAILABLE with Retry-After.
 */
@ApplicationScoped
public class TeamPeopleReader {

    private static final String CALLEE = "skills-service";
    /** Pages of the largest size skills-service gives; a team bigger than {@link #MAX_PEOPLE} is refused anyway. */
    private static final int PAGE_SIZE = 200;
    public static final int MAX_PEOPLE = 500;
    /** Goals read per team at most: ten goals for each person of the largest team. */
    private static final int MAX_GOALS = 10 * MAX_PEOPLE;

    private final PeopleApi people;
    private final TeamsApi teams;
    private final Callees callees;
    private final CalleeGuard guard;

    public TeamPeopleReader(Callees callees, JsonWebToken callerToken, CalleeGuard guard) {
        this.callees = callees;
        this.guard = guard;
        this.people = callees.client(PeopleApi.class, CALLEE, callerToken::getRawToken);
        this.teams = callees.client(TeamsApi.class, CALLEE, callerToken::getRawToken);
    }

    /** A person of the register who may be ranked. */
    public record TeamMember(String employeeId, String displayName, String teamId) {
    }

    /** An ACTIVE goal: the skill, the level aimed at, and the level now (the baseline until evidence counts). */
    public record ActiveGoal(UUID id, String employeeId, String skill, int targetLevel, double currentLevel) {

        /** How far the person still is from the goal, never below zero. */
        public double gap() {
            return Math.max(0, targetLevel - currentLevel);
        }
    }

    /** The team's people who have not left, by employee id. */
    public List<TeamMember> findActivePeople(String teamId) {
        return readPeople(teamId).stream().filter(person -> person.getStatus() != PersonStatus.LEFT)
                .map(TeamPeopleReader::member).toList();
    }

    /** The team's people, also those who have left, by employee id: up to {@link #MAX_PEOPLE} and one more. */
    public List<TeamMember> findPeople(String teamId) {
        return readPeople(teamId).stream().map(TeamPeopleReader::member).toList();
    }

    private List<Person> readPeople(String teamId) {
        return readAll(cursor -> people.listPeople(cursor, PAGE_SIZE, teamId), PersonPage::getItems,
                PersonPage::getNextCursor, MAX_PEOPLE + 1);
    }

    private static TeamMember member(Person person) {
        return new TeamMember(person.getEmployeeId(), person.getDisplayName(), person.getTeamId());
    }

    /** The ACTIVE goals of the team's active people. */
    public List<ActiveGoal> findActiveGoals(String teamId) {
        List<Goal> all = readAll(cursor -> teams.listTeamGoals(teamId, cursor, PAGE_SIZE), GoalPage::getItems,
                GoalPage::getNextCursor, MAX_GOALS);
        return all.stream().map(goal -> new ActiveGoal(goal.getId(), goal.getEmployeeId(), goal.getSkill(),
                goal.getTargetLevel(), level(goal.getCurrentLevel() != null ? goal.getCurrentLevel()
                        : goal.getBaselineLevel()))).toList();
    }

    private static double level(Double level) {
        return level == null ? 0 : level;
    }

    /** One page of a list, from the cursor on; the generated client declares its refusals as checked. */
    @FunctionalInterface
    private interface PageCall<P> {
        P ask(String cursor) throws ApiException;
    }

    @FunctionalInterface
    private interface Call<T> {
        T ask() throws ApiException;
    }

    /** Follows the pages until the last one, or until {@code most} items are read. */
    private <P, T> List<T> readAll(PageCall<P> page, Function<P, List<T>> items,
            Function<P, String> nextCursor, int most) {
        List<T> all = new ArrayList<>();
        String cursor = null;
        do {
            String from = cursor;
            Optional<P> known = guard.whilePersonWaits(CALLEE, () -> ask(() -> page.ask(from)));
            if (known.isEmpty()) {
                return all;
            }
            P answer = known.get();
            if (items.apply(answer) == null) {
                throw callees.failure(CALLEE, new IllegalStateException("a page was answered without items"));
            }
            all.addAll(items.apply(answer));
            cursor = nextCursor.apply(answer);
        } while (cursor != null && all.size() < most);
        return all;
    }

    /** A team skills-service knows nothing of (404) has no people and no goals; anything else unusable is a 503. */
    private <T> Optional<T> ask(Call<T> call) {
        T answer;
        try {
            answer = call.ask();
        } catch (ApiException refused) {
            if (refused.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw callees.refusal(CALLEE, refused.getResponse().getStatus());
        } catch (RuntimeException failed) {
            throw callees.failure(CALLEE, failed);
        }
        if (answer == null) {
            throw callees.failure(CALLEE, new IllegalStateException("a page was answered without a body"));
        }
        return Optional.of(answer);
    }
}
