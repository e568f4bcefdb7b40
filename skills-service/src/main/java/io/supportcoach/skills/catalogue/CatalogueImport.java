package io.supportcoach.skills.catalogue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.validation.Ids;
import io.supportcoach.skills.audit.AuditTrail;
import io.supportcoach.skills.catalogue.CatalogueCsv.Row;
import io.supportcoach.skills.catalogue.CatalogueStore.LevelRow;
import io.supportcoach.skills.catalogue.CatalogueStore.NamedSkill;
import io.supportcoach.skills.catalogue.CatalogueStore.RetirementRow;
import io.supportcoach.skills.catalogue.CatalogueStore.SkillRow;
import io.supportcoach.skills.catalogue.CatalogueStore.StoredSkill;

/**
 * One import, fed its rows a batch at a time as the file is read: a batch is compared with the stored skills it names,
 * read in one go, and written in a few statements, so the work grows with the rows and the memory with a batch. Once
 * a row is wrong nothing more is written, but the rows that follow are still checked, so the problem names every bad
 * line; the transaction takes back what earlier batches wrote. Retirements come last, once every other row is
 * written, since a skill may be replaced by one on a later line.
 */
final class CatalogueImport {

    /**
     * The most problems an answer lists, as many as a problem holds by the contract; a file that has more is not read
     * further.
     */
    static final int MAX_ERRORS = 200;

    /** A row that retires its skill. */
    private record Retirement(int line, UUID id, String code, boolean created, String replacedBy) {
    }

    private final CatalogueStore store;
    private final AuditTrail auditTrail;
    private final Map<String, UUID> categories;
    private final String actor;
    private final Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    /** The codes of the rows so far, to find a code on two lines: all the import keeps of a row once it is written. */
    private final Set<String> codes = new HashSet<>();
    private final List<Retirement> retirements = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();
    private int rows;
    private int created;
    private int updated;
    private int unchanged;

    CatalogueImport(CatalogueStore store, AuditTrail auditTrail, Map<String, UUID> categories, String actor) {
        this.store = store;
        this.auditTrail = auditTrail;
        this.categories = categories;
        this.actor = actor;
    }

    int rows() {
        return rows;
    }

    Map<String, UUID> categories() {
        return categories;
    }

    /** The problems, by line; no more than {@link #MAX_ERRORS}. */
    List<FieldError> errors() {
        return errors.subList(0, Math.min(errors.size(), MAX_ERRORS));
    }

    /** Whether the file has more problems than an answer lists, so reading on would only find more. */
    boolean tooManyErrors() {
        return errors.size() > MAX_ERRORS;
    }

    void add(List<Row> batch) {
        rows += batch.size();
        List<Row> clean = new ArrayList<>();
        for (Row row : batch) {
            errors.addAll(row.errors());
            String code = row.request().code();
            if (code != null && !codes.add(code)) {
                errors.add(new FieldError("code", "DUPLICATE", "appears on an earlier line too", row.line()));
            } else if (row.errors().isEmpty()) {
                clean.add(row);
            }
        }
        if (!clean.isEmpty()) {
            compare(clean);
        }
    }

    /** Sorts the rows into new, changed and unchanged skills, and writes the new and changed ones. */
    private void compare(List<Row> batch) {
        Map<String, StoredSkill> stored = stored(batch);
        List<SkillRow> inserts = new ArrayList<>();
        List<SkillRow> updates = new ArrayList<>();
        List<LevelRow> levels = new ArrayList<>();
        for (Row row : batch) {
            SkillRequest request = row.request();
            StoredSkill existing = stored.get(request.code());
            if (existing == null) {
                UUID id = UUID.randomUUID();
                inserts.add(skillRow(id, request, request.statusOrDraft()));
                levels.addAll(levelRows(id, request));
                created++;
                retireLater(row, id, true);
            } else if (existing.status() == SkillStatus.RETIRED) {
                if (row.retiredInFavourOf(existing)) {
                    unchanged++;
                } else {
                    errors.add(new FieldError("code", "SKILL_RETIRED", "is retired and can no longer change",
                            row.line()));
                }
            } else if (!existing.content().code().equals(request.code())) {
                errors.add(new FieldError("code", "IMMUTABLE", "is the id of skill '" + existing.content().code()
                        + "', whose code cannot change", row.line()));
            } else {
                SkillStatus status = request.status() == null ? existing.status() : request.status();
                if (existing.status() == SkillStatus.ACTIVE && status == SkillStatus.DRAFT) {
                    errors.add(new FieldError("status", "ILLEGAL_STATUS_TRANSITION",
                            "an active skill cannot go back to draft", row.line()));
                    continue;
                }
                boolean changed = !existing.content().equals(asStored(request, status));
                if (changed) {
                    updates.add(skillRow(existing.id(), request, status));
                    levels.addAll(levelRows(existing.id(), request));
                }
                // A row that retires its skill counts once, as updated, when the retirement is written.
                if (row.replacedBy() == null && changed) {
                    updated++;
                } else if (row.replacedBy() == null) {
                    unchanged++;
                }
                retireLater(row, existing.id(), false);
            }
        }
        if (errors.isEmpty()) {
            store.insertSkills(inserts, actor, at);
            store.updateSkills(updates, actor, at);
            store.writeLevels(levels);
        }
    }

    private void retireLater(Row row, UUID id, boolean created) {
        if (row.replacedBy() != null) {
            retirements.add(new Retirement(row.line(), id, row.request().code(), created, row.replacedBy()));
        }
    }

    /**
     * Retires what the file retires, and answers what the import did; empty when some row is wrong, and then nothing
     * is written.
     */
    Optional<ImportReport> finish() {
        if (errors.isEmpty() && !retirements.isEmpty()) {
            retire();
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::line).thenComparing(FieldError::field));
            return Optional.empty();
        }
        return Optional.of(new ImportReport(created, updated, unchanged));
    }

    /**
     * Each in favour of a skill that is active once the import is done. The replacements are read after every other
     * row is written, so they stand as the file left them, and none may be retired by the file itself.
     */
    private void retire() {
        Set<String> codes = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        retirements.forEach(retirement -> Ids.parseUuid(retirement.replacedBy())
                .ifPresentOrElse(ids::add, () -> codes.add(retirement.replacedBy())));
        Map<String, NamedSkill> replacements = new HashMap<>();
        for (NamedSkill skill : store.findSkills(codes, ids)) {
            replacements.put(skill.code(), skill);
            replacements.put(skill.id().toString(), skill);
        }
        Set<UUID> retiring = new HashSet<>();
        retirements.forEach(retirement -> retiring.add(retirement.id()));
        List<RetirementRow> rows = new ArrayList<>();
        List<AuditTrail.Decision> decisions = new ArrayList<>();
        for (Retirement retirement : retirements) {
            NamedSkill replacement = replacements.get(retirement.replacedBy());
            if (replacement == null) {
                errors.add(new FieldError("replacedBy", "UNKNOWN_SKILL",
                        "No skill has the id or code '" + retirement.replacedBy() + "'.", retirement.line()));
            } else if (retiring.contains(replacement.id()) || replacement.status() != SkillStatus.ACTIVE) {
                errors.add(new FieldError("replacedBy", "INVALID_REPLACEMENT",
                        "A skill must be replaced by another skill that is active.", retirement.line()));
            } else {
                rows.add(new RetirementRow(retirement.id(), replacement.id()));
                decisions.add(new AuditTrail.Decision(retirement.code(), "replaced by " + replacement.code()));
                if (!retirement.created()) {
                    updated++;
                }
            }
        }
        if (errors.isEmpty()) {
            store.retireSkills(rows, actor, at);
            auditTrail.recordDecisions(actor, "SKILL_RETIRED", "skill", decisions);
        }
    }

    /** The stored skills the rows name, by code; by id for a code that spells one, as the API reads such a key. */
    private Map<String, StoredSkill> stored(List<Row> batch) {
        Set<String> codes = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        batch.forEach(row -> Ids.parseUuid(row.request().code())
                .ifPresentOrElse(ids::add, () -> codes.add(row.request().code())));
        Map<String, StoredSkill> named = new HashMap<>();
        for (StoredSkill skill : store.lockSkills(codes, ids)) {
            if (ids.contains(skill.id())) {
                named.put(skill.id().toString(), skill);
            }
            if (codes.contains(skill.content().code())) {
                named.put(skill.content().code(), skill);
            }
        }
        return named;
    }

    private SkillRow skillRow(UUID id, SkillRequest request, SkillStatus status) {
        return new SkillRow(id, request.code(), request.name(), request.description(),
                categories.get(request.category()), request.kind().name(), status.name(), request.externalReference(),
                request.tagsOrEmpty());
    }

    private static List<LevelRow> levelRows(UUID skill, SkillRequest request) {
        return request.levels().stream()
                .map(level -> new LevelRow(skill, level.level(), level.name(), level.indicators())).toList();
    }

    /** The request as the stored skill reads once it is applied: equal to the stored one when nothing changes. */
    private static SkillRequest asStored(SkillRequest request, SkillStatus status) {
        return new SkillRequest(request.code(), request.name(), request.description(), request.category(),
                request.kind(), status, request.externalReference(), request.tagsOrEmpty(),
                request.levels().stream().sorted(Comparator.comparing(LevelBody::level)).toList());
    }
}
