package io.supportcoach.coaching.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.supportcoach.coaching.client.SkillsServiceClient;
import io.supportcoach.coaching.client.skills.model.Skill;
import io.supportcoach.coaching.client.skills.model.SkillLevel;
import io.supportcoach.coaching.client.skills.model.SkillStatus;
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
import jakarta.transaction.Transactional;

/** Keeps the role-play scenarios and builds their scoring rubrics from skills-service's catalogue. */
@ApplicationScoped
public class ScenarioService {

    private static final String SKILLS = "skills";

    private final ScenarioQueries queries;
    private final KeysetPager pager;
    private final Caller caller;
    private final SkillsServiceClient skillsService;

    public ScenarioService(ScenarioQueries queries, KeysetPager pager, Caller caller,
            SkillsServiceClient skillsService) {
        this.queries = queries;
        this.pager = pager;
        this.caller = caller;
        this.skillsService = skillsService;
    }

    /**
     * Refuses a session's scenario id that names no scenario (422 UNKNOWN_SCENARIO); null passes. Called inside the
     * session's transaction.
     */
    public static void requireKnown(String field, String scenarioId) {
        if (scenarioId == null) {
            return;
        }
        UUID id = parseOrNull(scenarioId);
        if (id == null || Scenario.findById(id) == null) {
            throw new ProblemException(422, "UNKNOWN_SCENARIO", "Unprocessable request", "No scenario has this id.",
                    List.of(new FieldError(field, "UNKNOWN_SCENARIO", "no scenario has the id '" + scenarioId + "'")),
                    Map.of());
        }
    }

    public Page<ScenarioResponse> listScenarios(ScenarioFilter filter, PageRequest page) {
        var window = pager.open(ScenarioQueries.BY_TITLE, page, filter.skill, filter.difficulty);
        return window.page(queries.findPage(filter, window), ScenarioResponse::from);
    }

    public Versioned<ScenarioResponse> findScenario(UUID id) {
        return versioned(requireScenario(id));
    }

    /**
     * What skills-service says of the request's skill codes, asked before any transaction begins, so no database
     * connection waits on another service. A repeated code is refused first, at no call's cost.
     */
    public SkillCodeCheck checkSkills(ScenarioRequest request) {
        Distinct.require(SKILLS, request.skills());
        return skillsService.checkSkillCodes(request.skills());
    }

    /** A second scenario with the same title is refused by the unique constraint (SCENARIO_TITLE_TAKEN). */
    @Transactional
    public Versioned<ScenarioResponse> createScenario(ScenarioRequest request, SkillCodeCheck skills) {
        skills.requireUsable(SKILLS, request.skills(), List.of());
        var scenario = new Scenario();
        scenario.id = UUID.randomUUID();
        apply(scenario, request);
        scenario.stampCreated(caller.id());
        scenario.persistAndFlush();
        return versioned(scenario);
    }

    /** A skill retired since the scenario named it may stay; only newly named skills must be usable. */
    @Transactional
    public Versioned<ScenarioResponse> updateScenario(UUID id, IfMatch ifMatch, ScenarioRequest request,
            SkillCodeCheck skills) {
        Scenario scenario = requireScenario(id);
        ifMatch.require(scenario.version);
        skills.requireUsable(SKILLS, request.skills(), scenario.skills);
        apply(scenario, request);
        scenario.stampUpdated(caller.id());
        scenario.flush();
        return versioned(scenario);
    }

    /**
     * The scenario's rubric: its skills as the catalogue describes them now, asked of skills-service with the
     * caller's token outside any transaction. When skills-service cannot answer, 503 DEPENDENCY_UNAVAILABLE.
     */
    public ScenarioRubric buildRubric(UUID id) {
        Scenario scenario = requireScenario(id);
        Map<String, Skill> known = skillsService.findSkills(scenario.skills).stream()
                .collect(Collectors.toMap(Skill::getCode, Function.identity(), (first, second) -> first));
        List<ScenarioRubric.Skill> skills = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : scenario.skills) {
            Skill skill = known.get(code);
            if (skill == null) {
                unknown.add(code);
                continue;
            }
            List<ScenarioRubric.Level> levels = skill.getLevels() == null ? List.of() : skill.getLevels().stream()
                    .sorted(Comparator.comparing(SkillLevel::getLevel))
                    .map(level -> new ScenarioRubric.Level(level.getLevel(), level.getName(),
                            List.copyOf(level.getIndicators())))
                    .toList();
            skills.add(new ScenarioRubric.Skill(code, skill.getName(), skill.getStatus() == SkillStatus.RETIRED, levels));
        }
        return new ScenarioRubric(scenario.id, scenario.title, skills, unknown);
    }

    private static Scenario requireScenario(UUID id) {
        return Scenario.<Scenario>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No scenario has the id '" + id + "'."));
    }

    private static UUID parseOrNull(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equalsIgnoreCase(text) ? id : null;
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    private static Versioned<ScenarioResponse> versioned(Scenario scenario) {
        return new Versioned<>(ScenarioResponse.from(scenario), scenario.version);
    }

    private static void apply(Scenario scenario, ScenarioRequest request) {
        scenario.title = request.title();
        scenario.situation = request.situation();
        scenario.rolePlayerBrief = request.rolePlayerBrief();
        scenario.skills = new ArrayList<>(request.skills());
        scenario.difficulty = request.difficulty();
    }
}
