package io.supportcoach.skills.team;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.supportcoach.skills.catalogue.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A team matrix as CSV (RFC 4180): header {@code employeeId,displayName,<skill codes...>}, one row per person,
 * levels with one decimal and an empty cell where no evidence counts. A display name that a spreadsheet would
 * run as a formula gets a leading apostrophe ({@link CsvCells}); employee ids start with a letter or digit and
 * skill codes are slugs, so neither can.
 */
public final class TeamMatrixCsv {

    private TeamMatrixCsv() {
    }

    public static String write(TeamMatrix matrix) {
        List<String> header = new ArrayList<>(List.of("employeeId", "displayName"));
        header.addAll(matrix.skills());
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (TeamMatrix.Row row : matrix.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.employeeId(), CsvCells.neutralise(row.displayName())));
                row.levels().forEach(level -> cells.add(level == null ? "" : String.format(Locale.ROOT, "%.1f", level)));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
