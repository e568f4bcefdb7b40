package io.supportcoach.skills.catalogue;

import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemClassifier;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.skills.audit.AuditTrail;
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

    /** Rows compared with the stored skills and written together; what an import holds at once. */
    static final int BATCH_ROWS = 1000;
    private static final int DECODE_BUFFER_CHARS = 8192;

    private final CatalogueStore store;
    private final AuditTrail auditTrail;
    private final Caller caller;
    private final Validator validator;
    private final MeterRegistry meters;

    public CatalogueCsv(CatalogueStore store, AuditTrail auditTrail, Caller caller, Validator validator,
            MeterRegistry meters) {
        this.store = store;
        this.auditTrail = auditTrail;
        this.caller = caller;
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

    /**
     * Reads the file as it goes, a batch of rows at a time (see {@link CatalogueImport}), so the time grows with the
     * rows and the memory with a batch, not with the file. A file of 16 MiB holds up to some 240 000 rows of the
     * shortest kind, which take about a minute on a busy two-core machine: more than a transaction gets by default.
     */
    @Transactional
    @TransactionConfiguration(timeout = 300)
    public ImportReport importCatalogue(byte[] file) {
        requireUtf8(file);
        CatalogueImport run;
        var text = new RecordReader(text(file));
        try (CSVParser parser = openWithHeader(text)) {
            run = new CatalogueImport(store, auditTrail, store.categoryIds(), caller.id());
            readRows(parser, text, run);
        } catch (IOException e) {
            // Only closing is left to fail, and closing a reader of bytes in memory does not.
            throw new UncheckedIOException(e);
        }
        if (run.rows() == 0) {
            throw ProblemException.badRequest("CSV_EMPTY", "The file has a header but no skills.");
        }
        Optional<ImportReport> report = run.finish();
        if (report.isEmpty()) {
            countRows("rejected", run.rows());
            throw run.tooManyErrors()
                    ? invalid(run.errors(), "More than " + CatalogueImport.MAX_ERRORS + " problems in the file; the "
                            + "first are listed, and the file was not read to its end. Nothing was imported.")
                    : invalid(run.errors(), run.errors().size() + " problem(s) in the file; nothing was imported.");
        }
        countRows("created", report.get().created());
        countRows("updated", report.get().updated());
        countRows("unchanged", report.get().unchanged());
        return report.get();
    }

    private static ProblemException invalid(List<FieldError> errors, String detail) {
        return new ProblemException(400, "CSV_INVALID", "Invalid CSV", detail, errors, Map.of());
    }

    /**
     * Refuses a file that is not UTF-8, naming the line of the first bad byte; reported rather than replaced, since a
     * replaced byte would be stored as a silently changed name. Decoded a buffer at a time, and the text thrown away:
     * the parser reads it again from the bytes.
     */
    private static void requireUtf8(byte[] file) {
        int start = startsWithByteOrderMark(file) ? BYTE_ORDER_MARK.length : 0;
        ByteBuffer in = ByteBuffer.wrap(file, start, file.length - start);
        CharBuffer out = CharBuffer.allocate(DECODE_BUFFER_CHARS);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        while (true) {
            CoderResult result = decoder.decode(in, out.clear(), true);
            if (result.isError()) {
                throw malformed("file", "INVALID_ENCODING", "is not valid UTF-8", lineAt(file, in.position()));
            }
            if (result.isUnderflow()) {
                return;
            }
        }
    }

    /** The file as text, after a byte order mark if there is one; read as the parser asks for it. */
    private static Reader text(byte[] file) {
        int start = startsWithByteOrderMark(file) ? BYTE_ORDER_MARK.length : 0;
        return new InputStreamReader(new ByteArrayInputStream(file, start, file.length - start),
                StandardCharsets.UTF_8);
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

    /** A parser that has read the header row, which must name every column of the export. */
    private static CSVParser openWithHeader(Reader csv) {
        CSVParser parser;
        try {
            parser = IMPORT_FORMAT.parse(csv);
        } catch (IOException | IllegalArgumentException | RecordReader.TooLong e) {
            // A quote left open in the header, a column without a name, or no end of the header in sight.
            throw malformed("header", "INVALID_FORMAT", "is not a readable CSV header row", 1);
        }
        List<String> missing = HEADER.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw invalid(List.of(new FieldError("header", "MISSING_COLUMNS",
                    "the header lacks " + String.join(", ", missing), 1)),
                    "1 problem(s) in the file; nothing was imported.");
        }
        return parser;
    }

    /** Hands the rows to the import a batch at a time. */
    private void readRows(CSVParser parser, RecordReader text, CatalogueImport run) {
        text.recordRead();
        List<Row> batch = new ArrayList<>(BATCH_ROWS);
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            // The parser counts the lines it has consumed, so the next record starts on the line after. Asked
            // before hasNext(), which already reads that record.
            int line = Math.toIntExact(parser.getCurrentLineNumber()) + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (RecordReader.TooLong e) {
                throw malformed("row", "TOO_LONG", "is longer than " + RecordReader.MAX_RECORD_CHARS
                        + " characters, far more than any skill holds", line);
            } catch (UncheckedIOException e) {
                throw malformed("row", "INVALID_FORMAT", "has a quoted cell that is never closed, or text after "
                        + "the closing quote of a cell", line);
            }
            text.recordRead();
            batch.add(toRow(record, line, run.categories()));
            if (batch.size() == BATCH_ROWS) {
                run.add(batch);
                if (run.tooManyErrors()) {
                    return;
                }
                batch = new ArrayList<>(BATCH_ROWS);
            }
        }
        if (!batch.isEmpty()) {
            run.add(batch);
        }
    }

    private static ProblemException malformed(String field, String code, String message, int line) {
        return new ProblemException(400, "CSV_MALFORMED", "Bad request",
                "The file is not readable CSV with a header row; nothing was imported.",
                List.of(new FieldError(field, code, message, line)), Map.of());
    }

    private Row toRow(CSVRecord record, int line, Map<String, UUID> categories) {
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
            if (!categories.containsKey(request.category())) {
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

    /**
     * The text as the parser reads it, cut where a record grows longer than a skill can be: the parser holds a record
     * whole, so a file of one endless cell would otherwise take as much memory as its size several times over.
     */
    private static final class RecordReader extends FilterReader {

        /** About four times the longest valid row, whose cells hold at most some 35 000 characters. */
        static final int MAX_RECORD_CHARS = 128 * 1024;

        private long sinceRecord;

        RecordReader(Reader text) {
            super(text);
        }

        /** The parser has handed over a record; what it reads from here on belongs to the next ones. */
        void recordRead() {
            sinceRecord = 0;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            counted(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            counted(Math.max(read, 0));
            return read;
        }

        private void counted(int chars) {
            sinceRecord += chars;
            if (sinceRecord > MAX_RECORD_CHARS) {
                throw new TooLong();
            }
        }

        /** Unchecked, so the parser lets it through as it is instead of reporting a malformed cell. */
        static final class TooLong extends RuntimeException {

            TooLong() {
                super(null, null, false, false);
            }
        }
    }

    /** One parsed row: the skill it describes, the replacement when it is retired, and what is wrong with it. */
    record Row(int line, SkillRequest request, String replacedBy, List<FieldError> errors) {

        boolean retiredInFavourOf(CatalogueStore.StoredSkill existing) {
            return replacedBy != null && existing.replacedById() != null && (existing.replacedBy().equals(replacedBy)
                    || existing.replacedById().toString().equals(replacedBy));
        }
    }
}
