package io.supportcoach.skills.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
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
 * The export neutralises cells a spreadsheet would run as formulas ({@link CsvCells}) and the import
 * restores them, so that an exported file imports as the same catalogue.
 */
@ApplicationScoped
public class CatalogueCsv {

    static final List<String> HEADER = header();
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    private static final CSVFormat IMPORT_FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).get();
    /** What a spreadsheet writes in front of a file it saves as "CSV UTF-8". */
    private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private final SkillService skills;
    private final Validator validator;
    private final MeterRegistry meters;

    public CatalogueCsv(SkillService skills, Validator validator, MeterRegistry meters) {
        this.skills = skills;
        this.validator = validator;
        this.meters = meters;
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

    public String exportCatalogue() {
        List<Skill> all = Skill.find("select distinct s from Skill s join fetch s.category left join fetch s.replacedBy "
                + "left join fetch s.levels order by s.code").list();
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, FORMAT)) {
            for (Skill skill : all) {
                List<String> cells = new ArrayList<>(List.of(skill.code, skill.name, skill.description,
                        skill.category.code, skill.kind.name(), skill.status.name(),
                        skill.replacedBy == null ? "" : skill.replacedBy.code,
                        skill.externalReference == null ? "" : skill.externalReference, String.join(";", skill.tags)));
                skill.levels.forEach(level -> {
                    cells.add(level.name);
                    cells.add(String.join("\n", level.indicators));
                });
                printer.printRecord(cells.stream().map(CsvCells::neutralise));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Transactional
    public ImportReport importCatalogue(byte[] file) {
        List<Row> rows = parse(decode(file));
        List<FieldError> errors = new ArrayList<>();
        rows.forEach(row -> errors.addAll(row.errors()));
        requireUniqueCodes(rows, errors);
        if (!errors.isEmpty()) {
            countRows("rejected", rows.size());
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
            countRows("rejected", rows.size());
            throw invalid(errors);
        }
        countRows("created", created);
        countRows("updated", updated);
        countRows("unchanged", unchanged);
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

    /** The file as text: UTF-8, after a byte order mark if there is one. */
    private static String decode(byte[] file) {
        int start = startsWithByteOrderMark(file) ? BYTE_ORDER_MARK.length : 0;
        ByteBuffer in = ByteBuffer.wrap(file, start, file.length - start);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(file.length);
        // Reported rather than replaced: a replaced byte would be stored as a silently changed name.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (decoder.decode(in, out, true).isError()) {
            throw malformed("file", "INVALID_ENCODING", "is not valid UTF-8", lineAt(file, in.position()));
        }
        return out.flip().toString();
    }

    private static boolean startsWithByteOrderMark(byte[] file) {
        return file.length >= BYTE_ORDER_MARK.length
                && Arrays.equals(file, 0, BYTE_ORDER_MARK.length, BYTE_ORDER_MARK, 0, BYTE_ORDER_MARK.length);
    }

    /**
     * Rows of imported CSV by what became of them; a rejected import counts all its rows as rejected. A file that
     * cannot be read as CSV at all has no rows to count.
     */
    private void countRows(String outcome, int rows) {
        meters.counter("suite.catalogue.import.rows", "outcome", outcome).increment(rows);
    }

    /** The 1-based line of a byte, counting line ends the way the CSV parser does (CR, LF or CRLF). */
    private static int lineAt(byte[] file, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (file[i] == '\n' || file[i] == '\r' && file[i + 1] != '\n') {
                line++;
            }
        }
        return line;
    }

    private List<Row> parse(String csv) {
        List<Row> rows;
        try (CSVParser parser = openWithHeader(csv)) {
            rows = readRows(parser);
        } catch (IOException e) {
            // Only closing is left to fail, and closing a reader of a string does not.
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("CSV_EMPTY", "The file has a header but no skills.");
        }
        return rows;
    }

    /** A parser that has read the header row, which must name every column of the export. */
    private static CSVParser openWithHeader(String csv) {
        CSVParser parser;
        try {
            parser = IMPORT_FORMAT.parse(new StringReader(csv));
        } catch (IOException | IllegalArgumentException e) {
            // A quote left open in the header, or a column without a name.
            throw malformed("header", "INVALID_FORMAT", "is not a readable CSV header row", 1);
        }
        List<String> missing = HEADER.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw invalid(new ArrayList<>(List.of(new FieldError("header", "MISSING_COLUMNS",
                    "the header lacks " + String.join(", ", missing), 1))));
        }
        return parser;
    }

    private List<Row> readRows(CSVParser parser) {
        List<Row> rows = new ArrayList<>();
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            // The parser counts the lines it has consumed, so the next record starts on the line after. Asked
            // before hasNext(), which already reads that record.
            int line = Math.toIntExact(parser.getCurrentLineNumber()) + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return rows;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw malformed("row", "INVALID_FORMAT", "has a quoted cell that is never closed, or text after "
                        + "the closing quote of a cell", line);
            }
            rows.add(toRow(record, line));
        }
    }

    private static ProblemException malformed(String field, String code, String message, int line) {
        return new ProblemException(400, "CSV_MALFORMED", "Bad request",
                "The file is not readable CSV with a header row; nothing was imported.",
                List.of(new FieldError(field, code, message, line)), Map.of());
    }

    private Row toRow(CSVRecord record, int line) {
        List<FieldError> errors = new ArrayList<>();
        rejectNul(record, line, errors);
        List<LevelBody> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            String indicators = cell(record, "level" + level + "Indicators");
            levels.add(new LevelBody(level, cell(record, "level" + level + "Name"), indicators == null ? null
                    : Arrays.stream(indicators.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList()));
        }
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
        // Only a clean row is looked up: the database cannot even compare a string holding a NUL.
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

    /** Every cell with a NUL character, named by its column; PostgreSQL cannot store one. */
    private static void rejectNul(CSVRecord record, int line, List<FieldError> errors) {
        List<String> columns = record.getParser().getHeaderNames();
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).indexOf('\u0000') >= 0) {
                String column = i < columns.size() ? columns.get(i) : "column" + (i + 1);
                errors.add(new FieldError(column, "INVALID_VALUE", "contains a NUL character", line));
            }
        }
    }

    private static String cell(CSVRecord record, String column) {
        String value = record.isSet(column) ? CsvCells.restore(record.get(column)) : null;
        return value == null || value.isBlank() ? null : value;
    }

    /** One parsed row: the skill it describes, the replacement when it is retired, and what is wrong with it. */
    private record Row(int line, SkillRequest request, String replacedBy, List<FieldError> errors) {

        boolean retiredInFavourOf(Skill existing) {
            return replacedBy != null && existing.replacedBy != null
                    && (existing.replacedBy.code.equals(replacedBy) || existing.replacedBy.id.toString().equals(replacedBy));
        }
    }
}
