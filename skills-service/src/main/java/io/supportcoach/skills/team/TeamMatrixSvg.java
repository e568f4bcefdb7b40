package io.supportcoach.skills.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The team matrix as a heatmap a manager takes in at a glance: people down, skills across, each cell coloured by
 * level and also saying it in digits, so colour never carries the meaning alone; a legend names the bands. The
 * template escapes every name, since display names are typed by people. Against a role profile, a cell short of its
 * target is outlined and says the target too.
 */
final class TeamMatrixSvg {

    static final String MEDIA_TYPE = "image/svg+xml";

    /** Level bands 1 to 5, light to dark: a sequential palette that stays ordered in greyscale. */
    private static final List<String> BAND_COLOURS = List.of("#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d");
    private static final List<String> BAND_TEXT = List.of("#000000", "#000000", "#000000", "#ffffff", "#ffffff");
    private static final List<String> BAND_NAMES = List.of("1 Aware", "2 Developing", "3 Proficient", "4 Advanced",
            "5 Role model");
    private static final String NO_EVIDENCE_COLOUR = "#ffffff";
    private static final String NO_EVIDENCE_TEXT = "#555555";
    /** What a cell without evidence says, since an empty cell could as well be a rendering fault. */
    static final String NO_EVIDENCE = "–";

    static final int CELL_WIDTH = 96;
    static final int CELL_HEIGHT = 28;
    private static final int CHARACTER_WIDTH = 8;
    private static final int MIN_HEADER_HEIGHT = 120;
    /** How far a column label slanted at 35 degrees reaches up and to the right, per unit of its length. */
    private static final double SLANT_RISE = Math.sin(Math.toRadians(35));
    private static final double SLANT_RUN = Math.cos(Math.toRadians(35));
    private static final int LEGEND_WIDTH = 130;
    private static final int MARGIN = 16;

    /** How a box is outlined: thin and grey, or thick and dashed where a level falls short of its target. */
    record Outline(String colour, int width, String dashes) {
    }

    private static final Outline PLAIN = new Outline("#888888", 1, "none");
    /** Dashed as well as red, so the mark survives greyscale printing and red-green colour blindness. */
    private static final Outline SHORT_OF_TARGET = new Outline("#b2182b", 3, "6 3");

    /** A box with its text in the middle: a cell of the matrix or a band of the legend. */
    record Box(int x, int y, int width, int height, String fill, String textColour, String label, String description,
            Outline outline) {

        Box(int x, int y, int width, int height, String fill, String textColour, String label, String description) {
            this(x, y, width, height, fill, textColour, label, description, PLAIN);
        }

        public int textX() {
            return x + width / 2;
        }

        public int textY() {
            return y + height / 2;
        }
    }

    /** A text at a place: a person left of their row, or a skill code slanted above its column. */
    record Label(int x, int y, String text) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance heatmap(String title, int width, int height, List<Label> columns,
                List<Label> people, List<Box> cells, List<Box> legend);
    }

    private TeamMatrixSvg() {
    }

    static String write(TeamMatrix matrix) {
        int longestName = matrix.rows().stream().mapToInt(row -> row.displayName().length()).max().orElse(10);
        int labelWidth = MARGIN + Math.max(10, longestName) * CHARACTER_WIDTH;
        List<String> columnTexts = new ArrayList<>();
        for (int column = 0; column < matrix.skills().size(); column++) {
            Integer target = matrix.roleProfile() == null ? null : matrix.roleProfile().targets().get(column);
            columnTexts.add(matrix.skills().get(column) + (target == null ? "" : " (target " + target + ")"));
        }
        int longestColumn = columnTexts.stream().mapToInt(String::length).max().orElse(0) * CHARACTER_WIDTH;
        int headerHeight = Math.max(MIN_HEADER_HEIGHT, MARGIN + 40 + (int) (longestColumn * SLANT_RISE));
        List<Label> columns = new ArrayList<>();
        for (int column = 0; column < columnTexts.size(); column++) {
            columns.add(new Label(labelWidth + column * CELL_WIDTH + CELL_WIDTH / 2, headerHeight - 8,
                    columnTexts.get(column)));
        }
        List<Label> people = new ArrayList<>();
        List<Box> cells = new ArrayList<>();
        for (int row = 0; row < matrix.rows().size(); row++) {
            TeamMatrix.Row person = matrix.rows().get(row);
            int y = headerHeight + row * CELL_HEIGHT;
            people.add(new Label(labelWidth - 8, y + CELL_HEIGHT / 2, person.displayName()));
            for (int column = 0; column < matrix.skills().size(); column++) {
                Box cell = cell(labelWidth + column * CELL_WIDTH, y, person, matrix.skills().get(column),
                        person.levels().get(column));
                cells.add(matrix.belowTarget(column, person.levels().get(column))
                        ? shortOfTarget(cell, matrix.roleProfile().targets().get(column))
                        : cell);
            }
        }
        int legendY = headerHeight + matrix.rows().size() * CELL_HEIGHT + MARGIN;
        List<Box> legend = new ArrayList<>();
        for (int band = 0; band < BAND_COLOURS.size(); band++) {
            legend.add(new Box(MARGIN + band * LEGEND_WIDTH, legendY, LEGEND_WIDTH - 6, CELL_HEIGHT,
                    BAND_COLOURS.get(band), BAND_TEXT.get(band), BAND_NAMES.get(band), "level " + BAND_NAMES.get(band)));
        }
        legend.add(new Box(MARGIN, legendY + CELL_HEIGHT + 4, LEGEND_WIDTH - 6, CELL_HEIGHT, NO_EVIDENCE_COLOUR,
                NO_EVIDENCE_TEXT, NO_EVIDENCE + " no evidence", "no evidence counts"));
        if (matrix.roleProfile() != null) {
            legend.add(new Box(MARGIN + LEGEND_WIDTH, legendY + CELL_HEIGHT + 4, 2 * LEGEND_WIDTH - 6, CELL_HEIGHT,
                    NO_EVIDENCE_COLOUR, NO_EVIDENCE_TEXT, "x < t below target t",
                    "below the target of " + matrix.roleProfile().name(), SHORT_OF_TARGET));
        }
        int lastLabelReach = columnTexts.isEmpty() ? 0
                : Math.max(CELL_WIDTH, CELL_WIDTH / 2 + (int) (columnTexts.get(columnTexts.size() - 1).length()
                        * CHARACTER_WIDTH * SLANT_RUN));
        int width = Math.max(labelWidth + (matrix.skills().size() - 1) * CELL_WIDTH + lastLabelReach,
                MARGIN + 5 * LEGEND_WIDTH) + MARGIN;
        String title = "Skill matrix of " + (matrix.teamId() == null ? "the people asked for" : matrix.teamId())
                + (matrix.roleProfile() == null ? "" : " against " + matrix.roleProfile().name());
        return Templates.heatmap(title, width, legendY + 2 * CELL_HEIGHT + 4 + MARGIN, columns, people, cells, legend)
                .render();
    }

    /** The cell marked as short of its target: outlined, and saying the target beside the level. */
    private static Box shortOfTarget(Box cell, int target) {
        return new Box(cell.x(), cell.y(), cell.width(), cell.height(), cell.fill(), cell.textColour(),
                cell.label() + " < " + target, cell.description() + ", below the target " + target, SHORT_OF_TARGET);
    }

    private static Box cell(int x, int y, TeamMatrix.Row person, String skill, Double level) {
        if (level == null) {
            return new Box(x, y, CELL_WIDTH, CELL_HEIGHT, NO_EVIDENCE_COLOUR, NO_EVIDENCE_TEXT, NO_EVIDENCE,
                    person.displayName() + ", " + skill + ": no evidence");
        }
        int band = Math.min(5, Math.max(1, (int) Math.round(level))) - 1;
        String shown = String.format(Locale.ROOT, "%.1f", level);
        return new Box(x, y, CELL_WIDTH, CELL_HEIGHT, BAND_COLOURS.get(band), BAND_TEXT.get(band), shown,
                person.displayName() + ", " + skill + ": level " + shown);
    }
}
