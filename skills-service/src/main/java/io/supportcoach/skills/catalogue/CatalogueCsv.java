package io.supportcoach.skills.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemClassifier;
import io.supportcoach.http.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The catalogue as CSV, one skill per row. Tags are separated by semicolons; a level's indicators sit
 * in one cell, one per line. An import is all-or-nothing: every bad row is reported with its line and
 * nothing is written; a row equal to the stored skill leaves it untouched, so an import can be repeated.
 */
@ApplicationScoped
public class CatalogueCsv {

    static final List<String> HEADER = header();
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

    private final SkillService skills;
    private final Validator validator;

    public CatalogueCsv(SkillService skills, Validator validator) {
        this.skills = skills;
        this.validator = validator;
    }

    private static List<String> header() {
        var columns = new ArrayList<>(List.of("code", "name", "description", "category", "kind", "status", "replacedBy",
                "externalReference", "tags"));
        for (int level = 1; level <= 5; level++) {
            columns.add("level" + level + "Name");
            columns.add("level" + level + "Indicators");
        }
        return List.copyOf(columns);
    }

    @Transactional
    public String exportCatalogue() {
        List<Skill> all = Skill.find("select distinct s from Skill s join fetch s.category left join fetch s.replacedBy "
                + "left join fetch s.levels order by s.code").list();
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, FORMAT)) {
            for (Skill skill : all) {
                List<Object> cells = new ArrayList<>(List.of(skill.code, skill.name, skill.description,
                        skill.category.code, skill.kind.name(), skill.status.name(),
                        skill.replacedBy == null ? "" : skill.replacedBy.code,
                        skill.externalReference == null ? "" : skill.externalReference, String.join(";", skill.tags)));
                skill.levels.forEach(level -> {
                    cells.add(level.name);
                    cells.add(String.join("\n", level.indicators));
                });
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Transactional
    public ImportReport importCatalogue(String csv) {
        List<Row> rows = parse(csv);
        List<FieldError> errors = new ArrayList<>();
        rows.forEach(row -> errors.addAll(row.errors()));
        requireUniqueCodes(rows, errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Map<String, Row> retirements = new HashMap<>();
        Set<String> createdCodes = new HashSet<>();
        for (Row row : rows) {
            try {
                var existing = skills.findOptional(row.request().code());
                if (existing.isEmpty()) {
                    skills.createSkill(row.request());
                    createdCodes.add(row.request().code());
                    created++;
                } else if (existing.get().status == SkillStatus.RETIRED) {
                    if (!row.retiredInFavourOf(existing.get())) {
                        throw ProblemException.conflict("SKILL_RETIRED", "is retired and can no longer change");
                    }
                    unchanged++;
                    continue;
                } else if (skills.replaceSkill(existing.get(), row.request()) && row.replacedBy() == null) {
                    updated++;
                } else if (row.replacedBy() == null) {
                    unchanged++;
                }
                if (row.replacedBy() != null) {
                    retirements.put(row.request().code(), row);
                }
            } catch (ProblemException problem) {
                errors.add(new FieldError(problemField(problem), problem.code(), problem.getMessage(), row.line()));
            }
        }
        for (Row row : retirements.values()) {
            try {
                Skill skill = skills.requireSkill(row.request().code());
                skills.retire(skill, row.replacedBy());
                if (!createdCodes.contains(skill.code)) {
                    updated++;
                }
            } catch (ProblemException problem) {
                errors.add(new FieldError("replacedBy", problem.code(), problem.getMessage(), row.line()));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new ImportReport(created, updated, unchanged);
    }

    private static String problemField(ProblemException problem) {
        return problem.errors().isEmpty() ? "code" : problem.errors().get(0).field();
    }

    private static ProblemException invalid(List<FieldError> errors) {
        errors.sort(Comparator.comparing(FieldError::line).thenComparing(FieldError::field));
        return new ProblemException(400, "CSV_INVALID", "Invalid CSV",
                errors.size() + " problem(s) in the file; nothing was imported.", errors, Map.of());
    }

    private static void requireUniqueCodes(List<Row> rows, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            String code = row.request().code();
            if (code != null && !seen.add(code)) {
                errors.add(new FieldError("code", "DUPLICATE", "appears on an earlier line too", row.line()));
            }
        }
    }

    private List<Row> parse(String csv) {
        List<Row> rows = new ArrayList<>();
        int[] lineStarts = lineStarts(csv);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get().parse(new StringReader(csv))) {
            List<String> missing = HEADER.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw invalid(new ArrayList<>(List.of(new FieldError("header", "MISSING_COLUMNS",
                        "the header lacks " + String.join(", ", missing), 1))));
            }
            for (CSVRecord record : parser) {
                rows.add(toRow(record, lineOf(lineStarts, record.getCharacterPosition())));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.badRequest("CSV_MALFORMED", "The file is not readable CSV with a header row.");
        }
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("CSV_EMPTY", "The file has a header but no skills.");
        }
        return rows;
    }

    private Row toRow(CSVRecord record, int line) {
        List<LevelBody> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            String indicators = cell(record, "level" + level + "Indicators");
            levels.add(new LevelBody(level, cell(record, "level" + level + "Name"), indicators == null ? null
                    : Arrays.stream(indicators.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList()));
        }
        List<FieldError> errors = new ArrayList<>();
        SkillKind kind = parseEnum(SkillKind.class, cell(record, "kind"), "kind", line, errors);
        SkillStatus status = parseEnum(SkillStatus.class, cell(record, "status"), "status", line, errors);
        String replacedBy = cell(record, "replacedBy");
        if (status == SkillStatus.RETIRED && replacedBy == null) {
            errors.add(new FieldError("replacedBy", "REQUIRED", "a retired skill names its replacement", line));
        }
        String tags = cell(record, "tags");
        var request = new SkillRequest(cell(record, "code"), cell(record, "name"), cell(record, "description"),
                cell(record, "category"), kind, status == SkillStatus.RETIRED ? SkillStatus.ACTIVE : status,
                cell(record, "externalReference"),
                tags == null ? List.of() : Arrays.stream(tags.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                levels);
        for (ConstraintViolation<SkillRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString().replace(".<list element>", "");
            errors.add(new FieldError(field, ProblemClassifier.codeOf(violation), violation.getMessage(), line));
        }
        if (errors.isEmpty()) {
            try {
                SkillService.requireCompleteScale(request);
            } catch (ProblemException problem) {
                errors.add(new FieldError("levels", "INCOMPLETE_SCALE", problem.errors().get(0).message(), line));
            }
            if (Category.findByCode(request.category()).isEmpty()) {
                errors.add(new FieldError("category", "UNKNOWN_CATEGORY", "no category has this code", line));
            }
        }
        return new Row(line, request, status == SkillStatus.RETIRED ? replacedBy : null, errors);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, int line,
            List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "INVALID_VALUE", "must be one of " + Arrays.toString(type.getEnumConstants()), line));
            return null;
        }
    }

    private static String cell(CSVRecord record, String column) {
        String value = record.isSet(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line on which a character offset lies. */
    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** One parsed row: the skill it describes, the replacement when it is retired, and what is wrong with it. */
    private record Row(int line, SkillRequest request, String replacedBy, List<FieldError> errors) {

        boolean retiredInFavourOf(Skill existing) {
            return replacedBy != null && existing.replacedBy != null
                    && (existing.replacedBy.code.equals(replacedBy) || existing.replacedBy.id.toString().equals(replacedBy));
        }
    }
}
