package io.supportcoach.coaching.coach;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.paging.CursorCodec;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Registers coaches and keeps them current; an employee is registered once and keeps their employee id. */
@ApplicationScoped
public class CoachService {

    private static final String EMPLOYEE_ID = "employeeId";

    private final CoachQueries queries;
    private final CursorCodec cursors;

    public CoachService(CoachQueries queries, CursorCodec cursors) {
        this.queries = queries;
        this.cursors = cursors;
    }

    /** Coaches by employee id. */
    @Transactional
    public Page<CoachResponse> listCoaches(CoachFilter filter, PageRequest page) {
        String after = page.cursor() == null ? null : afterEmployeeId(cursors.decode(filter.scope(), page.cursor()));
        List<Coach> rows = queries.findPage(filter, after, page.limit() + 1);
        return Page.of(rows, page.limit(), CoachResponse::from,
                last -> cursors.encode(filter.scope(), Map.of(EMPLOYEE_ID, last.employeeId)));
    }

    private static String afterEmployeeId(Map<String, String> position) {
        String employeeId = position.get(EMPLOYEE_ID);
        if (employeeId == null) {
            throw ProblemException.badRequest("INVALID_CURSOR", "The cursor is not one this list handed out.");
        }
        return employeeId;
    }

    public Coach findCoach(UUID id) {
        return Coach.<Coach>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No coach has the id '" + id + "'."));
    }

    /** Registers a coach; a second registration of the same employee is refused by the unique constraint. */
    @Transactional
    public Coach createCoach(CoachRequest request, String caller) {
        requireDistinctSkills(request.skills());
        var coach = new Coach();
        coach.id = UUID.randomUUID();
        coach.employeeId = request.employeeId();
        apply(coach, request);
        coach.stampCreated(caller);
        coach.persistAndFlush();
        return coach;
    }

    @Transactional
    public Coach updateCoach(UUID id, String ifMatch, CoachRequest request, String caller) {
        Coach coach = findCoach(id);
        Etags.requireMatch(ifMatch, coach.version);
        if (!coach.employeeId.equals(request.employeeId())) {
            throw ProblemException.invalidField(EMPLOYEE_ID, "IMMUTABLE", "cannot change once the coach is registered");
        }
        requireDistinctSkills(request.skills());
        apply(coach, request);
        coach.stampUpdated(caller);
        coach.flush();
        return coach;
    }

    private static void apply(Coach coach, CoachRequest request) {
        coach.displayName = request.displayName();
        coach.skills = new ArrayList<>(request.skills());
        coach.capacity = request.capacity();
        coach.active = request.activeOrTrue();
    }

    /** A skill named twice is a client mistake worth hearing about, not something to tidy up silently. */
    static void requireDistinctSkills(List<String> skills) {
        var seen = new HashSet<String>();
        for (int i = 0; i < skills.size(); i++) {
            if (!seen.add(skills.get(i))) {
                throw ProblemException.invalidField("skills[" + i + "]", "DUPLICATE",
                        "names a skill that is already in the list");
            }
        }
    }
}
