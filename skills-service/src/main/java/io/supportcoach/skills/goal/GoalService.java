package io.supportcoach.skills.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.paging.CursorCodec;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.skills.catalogue.Skill;
import io.supportcoach.skills.catalogue.SkillReferences;
import io.supportcoach.skills.people.PeopleAccess;
import io.supportcoach.skills.people.Person;
import io.supportcoach.skills.people.PersonStatus;
import io.supportcoach.skills.profile.ProfileService;
import io.supportcoach.skills.profile.SkillEstimate;
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

    private final PeopleAccess access;
    private final SkillReferences skills;
    private final ProfileService profiles;
    private final CursorCodec cursors;
    private final EntityManager entityManager;

    public GoalService(PeopleAccess access, SkillReferences skills, ProfileService profiles, CursorCodec cursors,
            EntityManager entityManager) {
        this.access = access;
        this.skills = skills;
        this.profiles = profiles;
        this.cursors = cursors;
        this.entityManager = entityManager;
    }

    /** Whoever may see the person may set them a goal; the resource keeps coaches out. */
    @Transactional
    public GoalResponse createGoal(String employeeId, GoalRequest request, String caller) {
        Person person = access.requireVisible(employeeId);
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
        goal.stampCreated(caller);
        goal.persistAndFlush();
        return GoalResponse.from(goal, skill.code, current);
    }

    @Transactional
    public GoalResponse findGoal(String employeeId, UUID goalId) {
        access.requireVisible(employeeId);
        return toResponses(List.of(requireGoal(employeeId, goalId))).get(0);
    }

    /**
     * Replaces target level, due date, reason and status. ACHIEVED cannot be set by hand, and an achieved goal
     * no longer changes. A due date that stays as it was may lie in the past; a new one may not.
     */
    @Transactional
    public GoalResponse updateGoal(String employeeId, UUID goalId, String ifMatch, GoalUpdateRequest request,
            String caller) {
        access.requireVisible(employeeId);
        if (request.status() == GoalStatus.ACHIEVED) {
            throw ProblemException.invalidField("status", "INVALID_VALUE",
                    "must be ACTIVE or DROPPED; a goal is achieved when the evidence reaches its target");
        }
        lockPerson(employeeId);
        Goal goal = requireGoal(employeeId, goalId);
        Etags.requireMatch(ifMatch, goal.version);
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
            goal.stampUpdated(caller);
            goal.flush();
        }
        return GoalResponse.from(goal, skills.codesOf(List.of(goal.skillId)).get(goal.skillId), current);
    }

    /** A person's goals in the order they were set, optionally of one status. */
    @Transactional
    public Page<GoalResponse> listGoals(String employeeId, GoalStatus status, PageRequest page) {
        access.requireVisible(employeeId);
        String scope = "goals\u0000" + employeeId + "\u0000" + status;
        var where = new StringBuilder("employeeId = :person");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("person", employeeId);
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (page.cursor() != null) {
            Map<String, String> after = cursors.decode(scope, page.cursor());
            where.append(" and (createdAt > :afterAt or (createdAt = :afterAt and id > :afterId))");
            try {
                parameters.put("afterAt", Instant.parse(after.get("at")));
                parameters.put("afterId", UUID.fromString(after.get("id")));
            } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
                throw invalidCursor();
            }
        }
        List<Goal> rows = Goal.<Goal>find(where + " order by createdAt, id", parameters).page(0, page.limit() + 1).list();
        return toPage(rows, page, last -> cursors.encode(scope,
                Map.of("at", last.createdAt.toString(), "id", last.id.toString())));
    }

    /**
     * The ACTIVE goals of the active people a team has in the register, soonest due first, then by id. The
     * caller's right to see the team is checked by the caller of this method.
     */
    @Transactional
    public Page<GoalResponse> listActiveGoalsOfTeam(String teamId, PageRequest page) {
        String scope = "team-goals\u0000" + teamId;
        var where = new StringBuilder("p.teamId = :team and p.status = :personActive and g.status = :goalActive");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("team", teamId);
        parameters.put("personActive", PersonStatus.ACTIVE);
        parameters.put("goalActive", GoalStatus.ACTIVE);
        if (page.cursor() != null) {
            Map<String, String> after = cursors.decode(scope, page.cursor());
            where.append(" and (g.dueDate > :afterDue or (g.dueDate = :afterDue and g.id > :afterId))");
            try {
                parameters.put("afterDue", LocalDate.parse(after.get("due")));
                parameters.put("afterId", UUID.fromString(after.get("id")));
            } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
                throw invalidCursor();
            }
        }
        List<Goal> rows = Goal.<Goal>find("select g from Goal g join Person p on p.employeeId = g.employeeId where "
                + where + " order by g.dueDate, g.id", parameters).page(0, page.limit() + 1).list();
        return toPage(rows, page, last -> cursors.encode(scope,
                Map.of("due", last.dueDate.toString(), "id", last.id.toString())));
    }

    private Page<GoalResponse> toPage(List<Goal> rows, PageRequest page, Function<Goal, String> cursorOf) {
        Map<UUID, GoalResponse> responses = toResponses(rows).stream()
                .collect(Collectors.toMap(GoalResponse::id, response -> response));
        return Page.of(rows, page.limit(), row -> responses.get(row.id), cursorOf);
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

    private static ProblemException invalidCursor() {
        return ProblemException.badRequest("INVALID_CURSOR", "The cursor is not one this list handed out.");
    }
}
