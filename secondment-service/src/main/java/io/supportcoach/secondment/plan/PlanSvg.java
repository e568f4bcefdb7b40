package io.supportcoach.secondment.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A team's plan as a timeline: people down (by name, or by employee id when skills-service could not tell the name),
 * days across, one bar per placement. Away and hosted bars differ in pattern (solid and hatched) and each says which
 * it is, its percent and the other team in words, so colour never carries the meaning alone; a legend explains both.
 * Short ranges get a column per day, longer ones a column per week, so the labels stay readable.
 */
final class PlanSvg {

    static final String MEDIA_TYPE = "image/svg+xml";

    /** Up to this many days, a column per day; beyond, a column per week. */
    static final int DAILY_COLUMNS_UP_TO = 62;
    static final String AWAY_FILL = "#9ecae1";
    static final String HOSTED_FILL = "url(#hosted-hatch)";

    private static final int DAY_WIDTH_DAILY = 24;
    private static final int DAY_WIDTH_WEEKLY = 5;
    private static final int LANE_HEIGHT = 26;
    private static final int BAR_PADDING = 3;
    private static final int CHARACTER_WIDTH = 8;
    private static final int HEADER_HEIGHT = 90;
    private static final int LEGEND_HEIGHT = 28;
    private static final int MARGIN = 16;
    // English, the one language of the suite's texts.
    private static final DateTimeFormatter DAY_OF_MONTH = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** A text at a place; {@code anchor} is the SVG text-anchor. */
    record Label(int x, int y, String text, String anchor) {
    }

    /** A vertical line that starts a column. */
    record Rule(int x, int top, int bottom) {
    }

    /** A placement's bar, with what it says on it and, for a pointer or a screen reader, all of it. */
    record Bar(int x, int y, int width, int height, String fill, String label, int labelX, String labelAnchor,
            String description) {

        public int labelY() {
            return y + height / 2;
        }
    }

    /** A band under a person's row, so rows are told apart. */
    record Row(int x, int y, int width, int height, boolean shaded) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(String title, int width, int height,
                List<Label> months, List<Label> columns, List<Rule> rules, List<Row> rows, List<Label> people,
                List<Bar> bars, List<Bar> legend, String note, int noteY);
    }

    private PlanSvg() {
    }

    static String write(TeamPlan plan) {
        PlanRange range = new PlanRange(plan.from(), plan.to());
        boolean daily = range.days() <= DAILY_COLUMNS_UP_TO;
        int dayWidth = daily ? DAY_WIDTH_DAILY : DAY_WIDTH_WEEKLY;
        int longestName = plan.people().stream().mapToInt(person -> nameOf(person).length()).max().orElse(10);
        int chartLeft = MARGIN + Math.max(10, longestName) * CHARACTER_WIDTH + 8;
        int chartRight = chartLeft + range.days() * dayWidth;

        List<Label> months = new ArrayList<>();
        List<Label> columns = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        int chartTop = HEADER_HEIGHT;
        int lanes = plan.people().stream().mapToInt(person -> Math.max(1, person.spans().size())).sum();
        int chartBottom = chartTop + Math.max(1, lanes) * LANE_HEIGHT;
        for (int index = 0; index < range.days(); index++) {
            LocalDate day = range.from().plusDays(index);
            int x = chartLeft + index * dayWidth;
            if (index == 0 || day.getDayOfMonth() == 1) {
                months.add(new Label(x + 2, chartTop - 48, day.format(MONTH), "start"));
            }
            if (daily) {
                columns.add(new Label(x + dayWidth / 2, chartTop - 8, day.format(DAY_OF_MONTH), "middle"));
                rules.add(new Rule(x, chartTop - 4, chartBottom));
            } else if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                // Only the day: the month stands above it, and a week's column is too narrow for more.
                columns.add(new Label(x + 2, chartTop - 8, day.format(DAY_OF_MONTH), "start"));
                rules.add(new Rule(x, chartTop - 4, chartBottom));
            }
        }
        rules.add(new Rule(chartRight, chartTop - 4, chartBottom));

        List<Row> rows = new ArrayList<>();
        List<Label> people = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        int y = chartTop;
        for (int row = 0; row < plan.people().size(); row++) {
            TeamPlan.Person person = plan.people().get(row);
            int height = Math.max(1, person.spans().size()) * LANE_HEIGHT;
            rows.add(new Row(MARGIN, y, chartRight - MARGIN, height, row % 2 == 1));
            people.add(new Label(chartLeft - 8, y + LANE_HEIGHT / 2, nameOf(person), "end"));
            for (int lane = 0; lane < person.spans().size(); lane++) {
                bars.add(bar(fullNameOf(person), person.spans().get(lane), range, chartLeft, chartRight, dayWidth,
                        y + lane * LANE_HEIGHT));
            }
            y += height;
        }

        int legendY = chartBottom + MARGIN;
        int legendWidth = 300;
        List<Bar> legend = List.of(
                new Bar(MARGIN, legendY, legendWidth, LEGEND_HEIGHT - 4, AWAY_FILL, "AWAY: on placement elsewhere",
                        MARGIN + 6, "start", "solid bar: a person of the team spends this share of time in another team"),
                new Bar(MARGIN + legendWidth + 12, legendY, legendWidth, LEGEND_HEIGHT - 4, HOSTED_FILL,
                        "HOSTED: from another team", MARGIN + legendWidth + 18, "start",
                        "hatched bar: a person of another team spends this share of time in this team"));
        String note = plan.people().isEmpty() ? "Nobody is away or hosted in this range."
                : "Each bar says its share of the person's time and the other team.";
        int width = Math.max(chartRight, MARGIN + 2 * legendWidth + 12) + MARGIN;
        int height = legendY + LEGEND_HEIGHT + 28 + MARGIN;
        String title = "Placements of " + plan.teamId() + ", " + plan.from() + " to " + plan.to();
        return Templates.timeline(title, width, height, months, columns, rules, rows, people,
                bars, legend, note, legendY + LEGEND_HEIGHT + 20).render();
    }

    /** The person's name, or their employee id when the name is not known. */
    private static String nameOf(TeamPlan.Person person) {
        return person.displayName() != null ? person.displayName() : person.employeeId();
    }

    /** The name with the employee id, which tells apart two people of the same name, for a bar's description. */
    private static String fullNameOf(TeamPlan.Person person) {
        return person.displayName() != null ? person.displayName() + " (" + person.employeeId() + ")"
                : person.employeeId();
    }

    private static Bar bar(String person, TeamPlan.Span span, PlanRange range, int chartLeft, int chartRight,
            int dayWidth, int laneY) {
        int first = Math.max(0, range.indexOf(span.startsOn()));
        int last = Math.min(range.days() - 1, range.indexOf(span.endsOn()));
        int x = chartLeft + first * dayWidth;
        int width = (last - first + 1) * dayWidth;
        boolean away = span.direction() == TeamPlan.Direction.AWAY;
        String label = span.direction() + " " + span.allocationPercent() + "% " + (away ? "at " : "from ")
                + span.otherTeamId();
        // A label that would run past the chart's right edge is anchored at the bar's end instead.
        boolean fitsRightwards = x + 6 + label.length() * 7 <= chartRight;
        String description = person + ": " + (away ? "away at " : "hosted from ") + span.otherTeamId() + ", "
                + span.allocationPercent() + "% of the time, " + span.startsOn() + " to " + span.endsOn() + " ("
                + span.kind() + ", " + span.status() + ")";
        return new Bar(x, laneY + BAR_PADDING, width, LANE_HEIGHT - 2 * BAR_PADDING, away ? AWAY_FILL : HOSTED_FILL,
                label, fitsRightwards ? x + 6 : x + width - 6, fitsRightwards ? "start" : "end", description);
    }
}
