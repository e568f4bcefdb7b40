package io.supportcoach.coaching.coach;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.supportcoach.http.client.SkillCodeCheck;
import io.supportcoach.coaching.client.SkillsServiceClient;
import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.http.validation.Distinct;
import io.supportcoach.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Registers coaches and keeps them current; an employee is registered once and keeps their employee id. */
@ApplicationScoped
public class CoachService {

    private static final String EMPLOYEE_ID = "employeeId";
    private static final String SKILLS = "skills";

    private final CoachQueries queries;
    private final KeysetPager pager;
    private final Caller caller;
    private final SkillsServiceClient skillsService;

    public CoachService(CoachQueries queries, KeysetPager pager, Caller caller, SkillsServiceClient skillsService) {
        this.queries = queries;
        this.pager = pager;
        this.caller = caller;
        this.skillsService = skillsService;
    }

    /** Coaches by employee id. */
    public Page<CoachResponse> listCoaches(CoachFilter filter, PageRequest page) {
        var window = pager.open(CoachQueries.BY_EMPLOYEE_ID, page, filter.skill);
        return window.page(queries.findPage(filter, window), CoachResponse::from);
    }

    public Versioned<CoachResponse> findCoach(UUID id) {
        return versioned(requireCoach(id));
    }

    /**
     * What skills-service says of the request's skill codes, asked before any transaction begins, so no database
     * connection waits on another service. A repeated code is refused first, at no call's cost. A repeat with the same
     * Idempotency-Key asks again: when skills-service cannot answer, the repeat gets 503 and can be retried.
     */
    public SkillCodeCheck checkSkills(CoachRequest request) {
        Distinct.require(SKILLS, request.skills());
        requireWorkingWeek(request);
        return skillsService.checkSkillCodes(request.skills());
    }

    /**
     * Registers a coach whose skills all exist and none is retired; a second registration of the same employee is
     * refused by the unique constraint.
     */
    @Transactional
    public Versioned<CoachResponse> createCoach(CoachRequest request, SkillCodeCheck skills) {
        skills.requireUsable(SKILLS, request.skills(), List.of());
        var coach = new Coach();
        coach.id = UUID.randomUUID();
        coach.employeeId = request.employeeId();
        apply(coach, request);
        coach.stampCreated(caller.id());
        coach.persistAndFlush();
        return versioned(coach);
    }

    /** A skill retired since the coach took it may stay; only newly named skills must be usable. */
    @Transactional
    public Versioned<CoachResponse> updateCoach(UUID id, IfMatch ifMatch, CoachRequest request, SkillCodeCheck skills) {
        Coach coach = requireCoach(id);
        ifMatch.require(coach.version);
        if (!coach.employeeId.equals(request.employeeId())) {
            throw ProblemException.invalidField(EMPLOYEE_ID, "IMMUTABLE", "cannot change once the coach is registered");
        }
        skills.requireUsable(SKILLS, request.skills(), coach.skills);
        apply(coach, request);
        coach.stampUpdated(caller.id());
        coach.flush();
        return versioned(coach);
    }

    private static void requireWorkingWeek(CoachRequest request) {
        if (request.timeZone() != null && !ZoneId.getAvailableZoneIds().contains(request.timeZone())) {
            throw ProblemException.invalidField("timeZone", "INVALID_VALUE",
                    "must be an IANA time zone, such as Europe/Berlin");
        }
        if (request.workingHours() != null) {
            WorkingWeek.requireValid("workingHours", request.workingHours());
        }
    }

    private static Coach requireCoach(UUID id) {
        return Coach.<Coach>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No coach has the id '" + id + "'."));
    }

    private static Versioned<CoachResponse> versioned(Coach coach) {
        return new Versioned<>(CoachResponse.from(coach), coach.version);
    }

    private static void apply(Coach coach, CoachRequest request) {
        coach.displayName = request.displayName();
        coach.skills = new ArrayList<>(request.skills());
        coach.capacity = request.capacity();
        coach.active = request.activeOrTrue();
        if (request.timeZone() != null) {
            coach.timeZone = request.timeZone();
        }
        if (request.workingHours() != null) {
            coach.workingHours = request.workingHours().stream().map(WorkingHours::stored)
                    .collect(Collectors.toCollection(ArrayList::new));
        } else if (coach.workingHours.isEmpty()) {
            coach.workingHours = WorkingWeek.OFFICE_HOURS.stream().map(WorkingHours::stored)
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }
}
