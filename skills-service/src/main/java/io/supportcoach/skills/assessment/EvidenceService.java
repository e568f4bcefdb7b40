package io.supportcoach.skills.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.KeysetWindow;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.paging.SortKey;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import io.supportcoach.skills.audit.AuditTrail;
import io.supportcoach.skills.catalogue.Skill;
import io.supportcoach.skills.catalogue.SkillReferences;
import io.supportcoach.skills.people.PeopleAccess;
import io.supportcoach.skills.people.Person;
import io.supportcoach.skills.people.PersonStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Records and reads evidence. Who may assert what: a person only SELF about themselves; a manager MANAGER or
 * PEER for the active people of their teams; a coach COACH for the active people they coach now; coaching-service
 * COACHING_SESSION and secondment-service PLACEMENT, with their service tokens; HR any source but SELF. Only whoever
 * asserted a piece, or HR, may correct it.
 */
@ApplicationScoped
public class EvidenceService {

    /** A little slack for clocks that run ahead of ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final SortKey<Evidence, Instant> OBSERVED_AT = SortKey.instant("at", piece -> piece.observedAt);
    private static final SortKey<Evidence, UUID> ID = SortKey.uuid("id", piece -> piece.id);
    private static final Keyset<Evidence> NEWEST_FIRST = Keyset.of("evidence", OBSERVED_AT, ID);
    private static final Keyset<Evidence> OLDEST_FIRST = Keyset.of("history", OBSERVED_AT, ID);

    /** The one source each service of the suite records, by the service name its token carries. */
    private static final Map<String, EvidenceSource> SERVICE_SOURCES = Map.of(
            "coaching-service", EvidenceSource.COACHING_SESSION,
            "secondment-service", EvidenceSource.PLACEMENT);

    private final PeopleAccess access;
    private final Caller caller;
    private final SkillReferences skills;
    private final AuditTrail auditTrail;
    private final Event<EvidenceRecorded> recorded;
    private final KeysetPager pager;

    public EvidenceService(PeopleAccess access, Caller caller, SkillReferences skills, AuditTrail auditTrail,
            Event<EvidenceRecorded> recorded, KeysetPager pager) {
        this.access = access;
        this.caller = caller;
        this.skills = skills;
        this.auditTrail = auditTrail;
        this.recorded = recorded;
        this.pager = pager;
    }

    /** What recording did: a new piece, or the piece this one repeats. */
    public record Recording(boolean created, Versioned<EvidenceResponse> evidence) {
    }

    /**
     * A new piece of evidence; its version is 0 until a correction replaces it. A piece with a reference that
     * corrects nothing and repeats one already recorded (same person, skill, source and reference) adds
     * nothing: the answer is the piece already there, so a delivery repeated after days is no error to retry.
     */
    @Transactional
    public Recording recordEvidence(String employeeId, EvidenceRequest request) {
        Person person = requireWritable(employeeId);
        if (!allowedSources(person).contains(request.source())) {
            throw new ProblemException(403, "SOURCE_NOT_ALLOWED", "Forbidden",
                    "You cannot record " + request.source() + " evidence for this person.");
        }
        // Only HR and services get here for someone who has left: they see the register, so saying so reveals nothing.
        if (person.status == PersonStatus.LEFT) {
            throw ProblemException.conflict("PERSON_LEFT", "This person has left; their evidence is closed.");
        }
        Skill skill = skills.requireUsable(request.skill());
        if (request.observedAt().isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw ProblemException.invalidField("observedAt", "IN_FUTURE", "must not be in the future");
        }
        if (request.supersedes() != null) {
            requireCorrectable(request.supersedes(), employeeId, skill);
        } else if (request.reference() != null) {
            Optional<Evidence> repeated = findRecorded(employeeId, skill, request);
            if (repeated.isPresent()) {
                return new Recording(false, findEvidence(employeeId, repeated.get().id));
            }
        }
        var evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.employeeId = employeeId;
        evidence.skillId = skill.id;
        evidence.level = request.level().shortValue();
        evidence.source = request.source();
        evidence.assertedBy = caller.id();
        evidence.observedAt = request.observedAt();
        evidence.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        evidence.note = request.note();
        evidence.reference = request.reference();
        evidence.supersedesId = request.supersedes();
        evidence.persistAndFlush();
        if (request.supersedes() != null) {
            auditTrail.recordDecision(caller.id(), "EVIDENCE_CORRECTED", "evidence", request.supersedes().toString(),
                    "corrected by " + evidence.id + " (" + skill.code + " level " + evidence.level + ")");
        }
        recorded.fire(new EvidenceRecorded(employeeId, skill.id));
        return new Recording(true, new Versioned<>(EvidenceResponse.from(evidence, skill.code, null), 0));
    }

    /**
     * The piece a referenced request repeats, if any. The lock makes two identical requests at the same moment
     * take turns, so the second finds the first; the unique index evidence_reference_once is the backstop.
     */
    private Optional<Evidence> findRecorded(String employeeId, Skill skill, EvidenceRequest request) {
        Evidence.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, String.join("|", employeeId, skill.id.toString(), request.source().name(),
                        request.reference()))
                .getSingleResult();
        return Evidence.<Evidence>find("employeeId = ?1 and skillId = ?2 and source = ?3 and reference = ?4"
                + " and supersedesId is null", employeeId, skill.id, request.source(), request.reference())
                .firstResultOptional();
    }

    /** Throws the same 404 as a write would when the caller may not record evidence about the person now. */
    @Transactional
    public void requireMayRecordAbout(String employeeId) {
        requireWritable(employeeId);
    }

    /**
     * The person the caller may write about: one they may see and, unless the caller is HR or a service (which
     * see the register), who has not left. A coach sees the people coaching-service says they coach now.
     * Unknown, left and not-yours are one 404 without the id in it, so a write reveals nothing about the register.
     */
    private Person requireWritable(String employeeId) {
        Optional<Person> person = Person.findByIdOptional(employeeId);
        boolean writable = person.isPresent() && access.canSee(employeeId, person)
                && (seesRegister() || person.get().status == PersonStatus.ACTIVE);
        if (!writable) {
            throw ProblemException.notFound("There is no person with this employee id you may record evidence about.");
        }
        return person.get();
    }

    /**
     * About themselves everyone, whatever their roles, is the person: a coach or HR rating themselves would
     * otherwise outweigh an honest self-assessment. COACHING_SESSION and PLACEMENT belong to the services
     * that run sessions and placements, each its own, and HR may enter them by hand.
     */
    private Set<EvidenceSource> allowedSources(Person person) {
        if (caller.hasRole(Roles.SERVICE)) {
            EvidenceSource own = SERVICE_SOURCES.get(caller.id());
            return own == null ? EnumSet.noneOf(EvidenceSource.class) : EnumSet.of(own);
        }
        if (caller.id().equals(person.employeeId)) {
            return EnumSet.of(EvidenceSource.SELF);
        }
        Set<EvidenceSource> allowed = EnumSet.noneOf(EvidenceSource.class);
        if (caller.hasRole(Roles.HR_ADMIN)) {
            allowed.addAll(EnumSet.complementOf(EnumSet.of(EvidenceSource.SELF)));
        }
        if (access.managesTeam(person.teamId)) {
            allowed.addAll(EnumSet.of(EvidenceSource.MANAGER, EvidenceSource.PEER));
        }
        if (access.coaches(person.employeeId)) {
            allowed.add(EvidenceSource.COACH);
        }
        return allowed;
    }

    /**
     * Unknown, of another person or skill, or asserted by someone else: one 404 for all, so a real id answers
     * like a made-up one to whoever may not correct it, and only who may correct it learns it was corrected.
     */
    private void requireCorrectable(UUID supersedes, String employeeId, Skill skill) {
        Evidence earlier = Evidence.findById(supersedes);
        boolean correctable = earlier != null && earlier.employeeId.equals(employeeId)
                && earlier.skillId.equals(skill.id)
                && (earlier.assertedBy.equals(caller.id()) || caller.hasRole(Roles.HR_ADMIN));
        if (!correctable) {
            throw ProblemException.notFound(
                    "This person has no evidence with that id in this skill that you may correct.");
        }
        if (Evidence.count("supersedesId", supersedes) > 0) {
            throw ProblemException.conflict("EVIDENCE_ALREADY_SUPERSEDED",
                    "That evidence has already been corrected; correct the newest piece instead.");
        }
    }

    private boolean seesRegister() {
        return caller.hasRole(Roles.HR_ADMIN) || caller.hasRole(Roles.SERVICE);
    }

    /** One piece; its version moves once, from 0 to 1, when a correction replaces it. */
    public Versioned<EvidenceResponse> findEvidence(String employeeId, UUID evidenceId) {
        access.requireVisible(employeeId);
        Evidence found = Evidence.<Evidence>findByIdOptional(evidenceId)
                .filter(piece -> piece.employeeId.equals(employeeId))
                .orElseThrow(() -> ProblemException.notFound("This person has no evidence " + evidenceId + "."));
        Evidence correction = Evidence.<Evidence>find("supersedesId", evidenceId).firstResult();
        return new Versioned<>(EvidenceResponse.from(found, skills.codesOf(List.of(found.skillId)).get(found.skillId),
                correction == null ? null : correction.id), correction == null ? 0 : 1);
    }

    /** Newest first, optionally for one skill. */
    public Page<EvidenceResponse> listEvidence(String employeeId, String skillFilter, PageRequest page) {
        access.requireVisible(employeeId);
        var where = new StringBuilder("employeeId = :person");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("person", employeeId);
        if (skillFilter != null) {
            where.append(" and skillId = :skill");
            parameters.put("skill", skills.requireUsableOrRetired(skillFilter).id);
        }
        var window = pager.open(NEWEST_FIRST, page, employeeId, skillFilter);
        if (!window.isFirstPage()) {
            where.append(" and (observedAt < :afterAt or (observedAt = :afterAt and id < :afterId))");
            parameters.put("afterAt", window.after(OBSERVED_AT));
            parameters.put("afterId", window.after(ID));
        }
        List<Evidence> rows = Evidence.<Evidence>find(where + " order by observedAt desc, id desc", parameters)
                .page(0, window.fetchSize()).list();
        return toPage(rows, window);
    }

    /** Every piece of one person's evidence in one skill, oldest first, corrections included. */
    public Page<EvidenceResponse> listHistory(String employeeId, String skillIdOrCode, PageRequest page) {
        access.requireVisible(employeeId);
        Skill skill = skills.requireUsableOrRetired(skillIdOrCode);
        var window = pager.open(OLDEST_FIRST, page, employeeId, skill.id);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("person", employeeId);
        parameters.put("skill", skill.id);
        String keyset = "";
        if (!window.isFirstPage()) {
            keyset = " and (observedAt > :afterAt or (observedAt = :afterAt and id > :afterId))";
            parameters.put("afterAt", window.after(OBSERVED_AT));
            parameters.put("afterId", window.after(ID));
        }
        List<Evidence> rows = Evidence.<Evidence>find("employeeId = :person and skillId = :skill" + keyset
                + " order by observedAt, id", parameters).page(0, window.fetchSize()).list();
        return toPage(rows, window);
    }

    private Page<EvidenceResponse> toPage(List<Evidence> rows, KeysetWindow<Evidence> window) {
        Map<UUID, String> codes = skills.codesOf(rows.stream().map(row -> row.skillId).distinct().toList());
        Map<UUID, UUID> supersededBy = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            List<Evidence> corrections = Evidence.list("supersedesId in ?1", rows.stream().map(row -> row.id).toList());
            corrections.forEach(correction -> supersededBy.put(correction.supersedesId, correction.id));
        }
        return window.page(rows, row -> EvidenceResponse.from(row, codes.get(row.skillId), supersededBy.get(row.id)));
    }
}
