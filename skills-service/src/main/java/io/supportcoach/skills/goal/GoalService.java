package io.supportcoach.skills.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.KeysetWindow;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.paging.SortKey;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.skills.catalogue.Skill;
import io.supportcoach.skills.catalogue.SkillReferences;
import io.supportcoach.skills.people.PeopleAccess;
import io.supportcoach.skills.people.Person;
import io.supportcoach.skills.people.PersonStatus;
import io.supportcoach.skills.profile.ProfileService;
import io.supportcoach.skills.profile.SkillEstimate;
import io.supportcoach.skills.team.TeamAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Sets, changes and reads development goals. An ACTIVE goal's target always lies above the person's
 * current level: creating a goal or setting one (back) to ACTIVE checks it, and new evidence that reaches
 * the target marks the goal ACHIEVED ({@link GoalAchievements}).
 * <p>
 * So that the check and the evidence cannot interleave, every goal write first locks the person's row of
 * the register {@code FOR UPDATE}. Storing evidence takes a key-share lock on that row through its foreign
 * key, which conflicts: a goal write waits for evidence being stored for that person to commit (and then
 * reads the new level), and evidence waits for a goal write (and then sees the new goal).
 */
@ApplicationScoped
public class GoalService {

    private static final SortKey<Goal, Instant> CREATED_AT = SortKey.instant("at", goal -> goal.createdAt);
    private static final SortKey<Goal, LocalDate> DUE = SortKey.date("due", goal -> goal.dueDate);
    private static final SortKey<Goal, UUID> ID = SortKey.uuid("id", goal -> goal.id);
    private static final Keyset<Goal> IN_ORDER_SET = Keyset.of("goals", CREATED_AT, ID);
    private static final Keyset<Goal> SOONEST_DUE = Keyset.of("team-goals", DUE, ID);

    private final PeopleAccess access;
    private final TeamAccess teamAccess;
    private final SkillReferences skills;
    private final ProfileService profiles;
    private final KeysetPager pager;
    private final EntityManager entityManager;
    private final Caller caller;

    public GoalService(PeopleAccess access, TeamAccess teamAccess, SkillReferences skills, ProfileService profiles,
            KeysetPager pager, EntityManager entityManager, Caller caller) {
        this.access = access;
        this.teamAccess = teamAccess;
        this.skills = skills;
        this.profiles = profiles;
        this.pager = pager;
        this.entityManager = entityManager;
        this.caller = caller;
    }

    /** Throws the 404 of a stranger when the caller may not set the person goals now. */
    @Transactional
    public void requireMaySetGoalsFor(String employeeId) {
        access.requireActingFor(employeeId);
    }

    /** HR, the person's manager and the person set goals; a coach only reads them. */
    @Transactional
    public Versioned<GoalResponse> createGoal(String employeeId, GoalRequest request) {
        Person person = access.requireActingFor(employeeId);
        if (person.status == PersonStatus.LEFT) {
            throw ProblemException.conflict("PERSON_LEFT", "This person has left; they can no longer get goals.");
        }
        Skill skill = skills.requireUsable(request.skill());
        requireNotPast(request.dueDate());
        lockPerson(employeeId);
        Double current = currentLevel(employeeId, skill.id);
        requireAboveCurrent(request.targetLevel(), current);

        var goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.employeeId = employeeId;
        goal.skillId = skill.id;
        goal.targetLevel = request.targetLevel().shortValue();
        goal.dueDate = request.dueDate();
        goal.why = request.why();
        goal.status = GoalStatus.ACTIVE;
        goal.baselineLevel = BigDecimal.valueOf(current == null ? 0 : current).setScale(1, RoundingMode.HALF_UP);
        goal.stampCreated(caller.id());
        goal.persistAndFlush();
        return versioned(GoalResponse.from(goal, skill.code, current));
    }

    public Versioned<GoalResponse> findGoal(String employeeId, UUID goalId) {
        access.requireVisible(employeeId);
        return versioned(toResponses(List.of(requireGoal(employeeId, goalId))).get(0));
    }

    /**
     * Replaces target level, due date, reason and status. ACHIEVED cannot be set by hand, and an achieved goal
     * no longer changes. A due date that stays as it was may lie in the past; a new one may not.
     */
    @Transactional
    public Versioned<GoalResponse> updateGoal(String employeeId, UUID goalId, IfMatch ifMatch, GoalUpdateRequest request) {
        access.requireActingFor(employeeId);
        if (request.status() == GoalStatus.ACHIEVED) {
            throw ProblemException.invalidField("status", "INVALID_VALUE",
                    "must be ACTIVE or DROPPED; a goal is achieved when the evidence reaches its target");
        }
        lockPerson(employeeId);
        Goal goal = requireGoal(employeeId, goalId);
        ifMatch.require(goal.version);
        if (goal.status == GoalStatus.ACHIEVED) {
            throw ProblemException.conflict("GOAL_ACHIEVED", "This goal has been achieved and can no longer change.");
        }
        if (!request.dueDate().equals(goal.dueDate)) {
            requireNotPast(request.dueDate());
        }
        Double current = currentLevel(employeeId, goal.skillId);
        boolean unchanged = goal.targetLevel == request.targetLevel() && goal.dueDate.equals(request.dueDate())
                && Objects.equals(goal.why, request.why()) && goal.status == request.status();
        if (!unchanged) {
            if (request.status() == GoalStatus.ACTIVE) {
                requireAboveCurrent(request.targetLevel(), current);
            }
            goal.targetLevel = request.targetLevel().shortValue();
            goal.dueDate = request.dueDate();
            goal.why = request.why();
            goal.status = request.status();
            goal.stampUpdated(caller.id());
            goal.flush();
        }
        return versioned(GoalResponse.from(goal, skills.codesOf(List.of(goal.skillId)).get(goal.skillId), current));
    }

    /** A person's goals in the order they were set, optionally of one status. */
    public Page<GoalResponse> listGoals(String employeeId, GoalStatus status, PageRequest page) {
        access.requireVisible(employeeId);
        var window = pager.open(IN_ORDER_SET, page, employeeId, status);
        var where = new StringBuilder("employeeId = :person");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("person", employeeId);
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (!window.isFirstPage()) {
            where.append(" and (createdAt > :afterAt or (createdAt = :afterAt and id > :afterId))");
            parameters.put("afterAt", window.after(CREATED_AT));
            parameters.put("afterId", window.after(ID));
        }
        List<Goal> rows = Goal.<Goal>find(where + " order by createdAt, id", parameters).page(0, window.fetchSize()).list();
        return toPage(rows, window);
    }

    /**
     * The ACTIVE goals of the active people a team has in the register, soonest due first, then by id. For a
     * caller who may not see the team it does not exist (404).
     */
    public Page<GoalResponse> listActiveGoalsOfTeam(String teamId, PageRequest page) {
        teamAccess.requireVisible(teamId);
        var window = pager.open(SOONEST_DUE, page, teamId);
        var where = new StringBuilder("p.teamId = :team and p.status = :personActive and g.status = :goalActive");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("team", teamId);
        parameters.put("personActive", PersonStatus.ACTIVE);
        parameters.put("goalActive", GoalStatus.ACTIVE);
        if (!window.isFirstPage()) {
            where.append(" and (g.dueDate > :afterDue or (g.dueDate = :afterDue and g.id > :afterId))");
            parameters.put("afterDue", window.after(DUE));
            parameters.put("afterId", window.after(ID));
        }
        List<Goal> rows = Goal.<Goal>find("select g from Goal g join Person p on p.employeeId = g.employeeId where "
                + where + " order by g.dueDate, g.id", parameters).page(0, window.fetchSize()).list();
        return toPage(rows, window);
    }

    private Page<GoalResponse> toPage(List<Goal> rows, KeysetWindow<Goal> window) {
        Map<UUID, GoalResponse> responses = toResponses(rows).stream()
                .collect(Collectors.toMap(GoalResponse::id, response -> response));
        return window.page(rows, row -> responses.get(row.id));
    }

    /** Responses for some goals with their skill codes and current levels: two queries, however many goals. */
    private List<GoalResponse> toResponses(List<Goal> goals) {
        if (goals.isEmpty()) {
            return List.of();
        }
        Set<UUID> skillIds = goals.stream().map(goal -> goal.skillId).collect(Collectors.toSet());
        Set<String> people = goals.stream().map(goal -> goal.employeeId).collect(Collectors.toSet());
        Map<UUID, String> codes = skills.codesOf(skillIds);
        Map<String, Map<UUID, SkillEstimate>> estimates = profiles.estimate(people, skillIds);
        return goals.stream().map(goal -> {
            SkillEstimate estimate = estimates.getOrDefault(goal.employeeId, Map.of()).get(goal.skillId);
            return GoalResponse.from(goal, codes.get(goal.skillId), estimate == null ? null : estimate.level());
        }).toList();
    }

    /** The response carries its version too; the ETag is made from it. */
    private static Versioned<GoalResponse> versioned(GoalResponse goal) {
        return new Versioned<>(goal, goal.version());
    }

    private Goal requireGoal(String employeeId, UUID goalId) {
        return Goal.<Goal>findByIdOptional(goalId)
                .filter(goal -> goal.employeeId.equals(employeeId))
                .orElseThrow(() -> ProblemException.notFound("This person has no goal " + goalId + "."));
    }

    private Double currentLevel(String employeeId, UUID skillId) {
        SkillEstimate estimate = profiles.estimate(List.of(employeeId), List.of(skillId))
                .getOrDefault(employeeId, Map.of()).get(skillId);
        return estimate == null ? null : estimate.level();
    }

    /** See the class comment: serialises goal writes with evidence being stored for the same person. */
    private void lockPerson(String employeeId) {
        entityManager.createNativeQuery("select employee_id from person where employee_id = ?1 for update")
                .setParameter(1, employeeId).getResultList();
    }

    private static void requireAboveCurrent(int targetLevel, Double current) {
        if (current != null && targetLevel <= current) {
            throw ProblemException.conflict("GOAL_ALREADY_MET", "The person's current level in this skill is " + current
                    + "; a goal needs a target level above it.");
        }
    }

    /** Today in UTC, the suite's clock. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static void requireNotPast(LocalDate dueDate) {
        if (dueDate.isBefore(today())) {
            throw ProblemException.invalidField("dueDate", "IN_PAST", "must be today or later");
        }
    }
}
