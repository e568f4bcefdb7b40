package io.supportcoach.skills.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.http.validation.Ids;
import io.supportcoach.identity.Caller;
import io.supportcoach.skills.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The rules of the catalogue's skills: codes never change, rubrics are complete, retirement is final. */
@ApplicationScoped
public class SkillService {

    private final SkillQueries queries;
    private final KeysetPager pager;
    private final CategoryService categories;
    private final AuditTrail auditTrail;
    private final Caller caller;

    public SkillService(SkillQueries queries, KeysetPager pager, CategoryService categories, AuditTrail auditTrail,
            Caller caller) {
        this.queries = queries;
        this.pager = pager;
        this.categories = categories;
        this.auditTrail = auditTrail;
        this.caller = caller;
    }

    /** A page in two statements, the skills with what they answer with and then their levels; no transaction. */
    public Page<SkillResponse> listSkills(SkillFilter filter, PageRequest page) {
        var keyset = filter.isSearch() ? SkillQueries.BY_RANK : SkillQueries.BY_CODE;
        // The codes in their sorted form: the same codes in another order continue the same list.
        var window = pager.open(keyset, page, filter.category, filter.status, filter.kind, filter.tag, filter.q,
                String.join(",", filter.codes()));
        List<SkillQueries.Row> rows = queries.findPage(filter, window);
        // The row past the page only proves that another page follows: its levels are not needed.
        Map<UUID, List<LevelBody>> levels = queries.findLevels(rows.stream().limit(window.fetchSize() - 1)
                .map(SkillQueries.Row::id).toList());
        return window.page(rows, row -> row.skill().withLevels(levels.getOrDefault(row.id(), List.of())));
    }

    /** One statement, with no transaction. */
    public Versioned<SkillResponse> findSkill(String idOrCode) {
        SkillResponse skill = queries.findSkill(idOrCode)
                .orElseThrow(() -> ProblemException.notFound("No skill has the id or code '" + idOrCode + "'."));
        return new Versioned<>(skill, skill.version());
    }

    /** The skill a path names, or 404. */
    Skill requireSkill(String idOrCode) {
        return findOptional(idOrCode)
                .orElseThrow(() -> ProblemException.notFound("No skill has the id or code '" + idOrCode + "'."));
    }

    Optional<Skill> findOptional(String idOrCode) {
        Optional<UUID> id = Ids.parseUuid(idOrCode);
        return id.isPresent() ? Skill.<Skill>findByIdOptional(id.get())
                : Skill.<Skill>find("code", idOrCode).firstResultOptional();
    }

    @Transactional
    public Versioned<SkillResponse> createSkill(SkillRequest request) {
        requireCompleteScale(request);
        SkillStatus status = request.statusOrDraft();
        if (status == SkillStatus.RETIRED) {
            throw ProblemException.invalidField("status", "INVALID_VALUE",
                    "must be DRAFT or ACTIVE; retire a skill through its retire command");
        }
        var skill = new Skill();
        skill.id = UUID.randomUUID();
        skill.code = request.code();
        skill.status = status;
        apply(skill, request);
        skill.stampCreated(caller.id());
        skill.persistAndFlush();
        return versioned(skill);
    }

    @Transactional
    public Versioned<SkillResponse> updateSkill(String idOrCode, IfMatch ifMatch, SkillRequest request) {
        Skill skill = requireSkill(idOrCode);
        ifMatch.require(skill.version);
        replaceSkill(skill, request);
        return versioned(skill);
    }

    /** Replaces a skill's fields; a request equal to the skill leaves it, and its version, as it was. */
    private void replaceSkill(Skill skill, SkillRequest request) {
        if (!skill.code.equals(request.code())) {
            throw ProblemException.invalidField("code", "IMMUTABLE", "cannot change once the skill exists");
        }
        if (skill.status == SkillStatus.RETIRED) {
            throw ProblemException.conflict("SKILL_RETIRED",
                    "Skill '" + skill.code + "' is retired and can no longer change. Change its replacement instead.");
        }
        requireCompleteScale(request);
        SkillStatus status = request.status() == null ? skill.status : request.status();
        if (status == SkillStatus.RETIRED) {
            throw ProblemException.invalidField("status", "INVALID_VALUE",
                    "must be DRAFT or ACTIVE; retire a skill through its retire command");
        }
        if (skill.status == SkillStatus.ACTIVE && status == SkillStatus.DRAFT) {
            throw ProblemException.conflict("ILLEGAL_STATUS_TRANSITION", "An active skill cannot go back to draft.");
        }
        if (status == skill.status && sameContent(skill, request)) {
            return;
        }
        skill.status = status;
        apply(skill, request);
        skill.stampUpdated(caller.id());
        skill.flush();
    }

    @Transactional
    public Versioned<SkillResponse> retireSkill(String idOrCode, IfMatch ifMatch, RetireRequest request) {
        Skill skill = requireSkill(idOrCode);
        ifMatch.require(skill.version);
        retire(skill, request.replacedBy());
        return versioned(skill);
    }

    /** Retires a skill in favour of an active one; a catalogue import retires in bulk (CatalogueImport). */
    private void retire(Skill skill, String replacedBy) {
        if (skill.status == SkillStatus.RETIRED) {
            throw ProblemException.conflict("SKILL_RETIRED", "Skill '" + skill.code + "' is already retired.");
        }
        Skill replacement = findOptional(replacedBy)
                .orElseThrow(() -> ProblemException.unprocessable("UNKNOWN_SKILL",
                        "No skill has the id or code '" + replacedBy + "'."));
        if (replacement.id.equals(skill.id) || replacement.status != SkillStatus.ACTIVE) {
            throw ProblemException.unprocessable("INVALID_REPLACEMENT",
                    "A skill must be replaced by another skill that is active.");
        }
        skill.status = SkillStatus.RETIRED;
        skill.replacedBy = replacement;
        skill.stampUpdated(caller.id());
        skill.flush();
        auditTrail.recordDecision(caller.id(), "SKILL_RETIRED", "skill", skill.code, "replaced by " + replacement.code);
    }

    private static Versioned<SkillResponse> versioned(Skill skill) {
        return new Versioned<>(SkillResponse.from(skill), skill.version);
    }

    private void apply(Skill skill, SkillRequest request) {
        skill.name = request.name();
        skill.description = request.description();
        skill.category = categories.findCategoryForReference(request.category());
        skill.kind = request.kind();
        skill.externalReference = request.externalReference();
        skill.tags = new ArrayList<>(request.tagsOrEmpty());
        skill.levels.clear();
        request.levels().stream().sorted(Comparator.comparing(LevelBody::level))
                .forEach(level -> skill.levels.add(level.toLevel()));
    }

    private static boolean sameContent(Skill skill, SkillRequest request) {
        return skill.name.equals(request.name())
                && skill.description.equals(request.description())
                && skill.category.code.equals(request.category())
                && skill.kind == request.kind()
                && Objects.equals(skill.externalReference, request.externalReference())
                && skill.tags.equals(request.tagsOrEmpty())
                && skill.levels.stream().map(LevelBody::from).toList().equals(
                        request.levels().stream().sorted(Comparator.comparing(LevelBody::level)).toList());
    }

    /** The five levels 1 to 5, each exactly once. */
    static void requireCompleteScale(SkillRequest request) {
        Map<Integer, Integer> seen = new HashMap<>();
        request.levels().forEach(level -> seen.merge(level.level(), 1, Integer::sum));
        if (seen.size() != 5 || seen.values().stream().anyMatch(count -> count > 1)) {
            throw ProblemException.invalidField("levels", "INCOMPLETE_SCALE", "must hold each level from 1 to 5 exactly once");
        }
    }
}
