package io.supportcoach.coaching.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.coaching.client.SkillsServiceClient;
import io.supportcoach.coaching.coach.Coach;
import io.supportcoach.http.client.SkillCodeCheck;
import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.http.validation.Distinct;
import io.supportcoach.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Creates programmes and keeps them current; everyone signed in reads them. */
@ApplicationScoped
public class ProgrammeService {

    private static final String CURRICULUM = "curriculum";
    private static final String COACH_IDS = "coachIds";

    private final ProgrammeQueries queries;
    private final KeysetPager pager;
    private final Caller caller;
    private final SkillsServiceClient skillsService;
    private final EntityManager entityManager;

    public ProgrammeService(ProgrammeQueries queries, KeysetPager pager, Caller caller,
            SkillsServiceClient skillsService, EntityManager entityManager) {
        this.queries = queries;
        this.pager = pager;
        this.caller = caller;
        this.skillsService = skillsService;
        this.entityManager = entityManager;
    }

    public Page<ProgrammeResponse> listProgrammes(ProgrammeFilter filter, PageRequest page) {
        var window = pager.open(ProgrammeQueries.BY_START, page, filter.coach);
        return window.page(queries.findPage(filter, window), ProgrammeResponse::from);
    }

    public Versioned<ProgrammeResponse> findProgramme(UUID id) {
        return versioned(requireProgramme(id));
    }

    /**
     * What skills-service says of the curriculum, asked before any transaction begins, so no database connection
     * waits on another service; what the request says of itself is refused first, at no call's cost.
     */
    public SkillCodeCheck checkCurriculum(ProgrammeRequest request) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.invalidField("endsOn", "OUT_OF_RANGE", "must be on or after startsOn");
        }
        Distinct.require(CURRICULUM, request.curriculum());
        Distinct.require(COACH_IDS, request.coachUuids());
        return skillsService.checkSkillCodes(request.curriculum());
    }

    @Transactional
    public Versioned<ProgrammeResponse> createProgramme(ProgrammeRequest request, SkillCodeCheck curriculum) {
        curriculum.requireUsable(CURRICULUM, request.curriculum(), List.of());
        requireCoaches(request.coachUuids(), List.of());
        var programme = new Programme();
        programme.id = UUID.randomUUID();
        apply(programme, request);
        programme.stampCreated(caller.id());
        programme.persistAndFlush();
        return versioned(programme);
    }

    /**
     * A skill retired or a coach deactivated since it joined the programme may stay; a coach with open enrolments
     * in the programme may not leave it, or their coachees would have a coach outside their programme.
     */
    @Transactional
    public Versioned<ProgrammeResponse> updateProgramme(UUID id, IfMatch ifMatch, ProgrammeRequest request,
            SkillCodeCheck curriculum) {
        Programme programme = requireProgramme(id);
        ifMatch.require(programme.version);
        curriculum.requireUsable(CURRICULUM, request.curriculum(), programme.curriculum);
        requireCoaches(request.coachUuids(), programme.coachIds);
        List<UUID> leaving = new ArrayList<>(programme.coachIds);
        leaving.removeAll(request.coachUuids());
        if (!leaving.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<UUID> busy = entityManager.createNativeQuery("select distinct coach_id from enrolment"
                    + " where programme_id = ?1 and coach_id in (?2) and status in ('INVITED', 'ACTIVE')"
                    + " order by coach_id", UUID.class)
                    .setParameter(1, id).setParameter(2, leaving).getResultList();
            if (!busy.isEmpty()) {
                throw ProblemException.conflict("COACH_HAS_COACHEES", "Coach " + busy.get(0) + " still has invited "
                        + "or active coachees in this programme; complete or withdraw their enrolments first.");
            }
        }
        apply(programme, request);
        programme.stampUpdated(caller.id());
        programme.flush();
        return versioned(programme);
    }

    /** The programme, or the 404 every reader gets for an id that names none. */
    static Programme requireProgramme(UUID id) {
        return Programme.<Programme>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No programme has the id '" + id + "'."));
    }

    /** Every coach named exists; a coach not already in the programme must be active. One error per coach. */
    private static void requireCoaches(List<UUID> coachIds, List<UUID> alreadyIn) {
        List<FieldError> errors = new ArrayList<>();
        boolean unknown = false;
        for (int i = 0; i < coachIds.size(); i++) {
            UUID coachId = coachIds.get(i);
            Coach coach = Coach.findById(coachId);
            if (coach == null) {
                unknown = true;
                errors.add(new FieldError(COACH_IDS + "[" + i + "]", "UNKNOWN_COACH",
                        "no coach has the id '" + coachId + "'"));
            } else if (!coach.active && !alreadyIn.contains(coachId)) {
                errors.add(new FieldError(COACH_IDS + "[" + i + "]", "COACH_INACTIVE", "the coach is not active"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, unknown ? "UNKNOWN_COACH" : "COACH_INACTIVE", "Unprocessable request",
                    unknown ? "Some coach ids name no coach." : "Some coaches take no coachees at the moment.",
                    errors, Map.of());
        }
    }

    private static Versioned<ProgrammeResponse> versioned(Programme programme) {
        return new Versioned<>(ProgrammeResponse.from(programme), programme.version);
    }

    private static void apply(Programme programme, ProgrammeRequest request) {
        programme.name = request.name();
        programme.description = request.description();
        programme.startsOn = request.startsOn();
        programme.endsOn = request.endsOn();
        programme.curriculum = new ArrayList<>(request.curriculum());
        programme.sessionsPerParticipant = request.sessionsPerParticipant();
        programme.coachIds = new ArrayList<>(request.coachUuids());
        programme.roleProfileId = request.roleProfileId();
    }
}
