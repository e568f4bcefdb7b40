package io.supportcoach.skills.catalogue;

/** Keeps spreadsheets from running a CSV cell as a formula (CSV injection), and undoes that on import. */
public final class CsvCells {

    /** What makes a spreadsheet read a cell as a formula, including the full-width forms some of them accept. */
    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

    private CsvCells() {
    }

    /** The cell with a leading apostrophe when a spreadsheet would otherwise run it as a formula. */
    public static String neutralise(String cell) {
        return needsApostrophe(cell) ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #neutralise}: without the one apostrophe that added. */
    static String restore(String cell) {
        return cell.startsWith("'") && needsApostrophe(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * Whether the first character after any leading spaces starts a formula. Apostrophes already in front of it
     * count too, so that a cell such as {@code '=x} gets one more and {@link #restore} can tell which one to take off.
     */
    private static boolean needsApostrophe(String cell) {
        int at = 0;
        while (at < cell.length() && cell.charAt(at) == '\'') {
            at++;
        }
        while (at < cell.length() && cell.charAt(at) == ' ') {
            at++;
        }
        return at < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(at)) >= 0;
    }
}
