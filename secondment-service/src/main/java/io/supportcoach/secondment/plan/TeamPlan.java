package io.supportcoach.secondment.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A team's plan over a range of days: each person with their placement spans, and each day's totals. Spans carry
 * their whole period, also where it reaches beyond the range, so a portal can say "until 30 June"; the totals count
 * only the range's days.
 */
@Schema(name = "TeamPlan", description = "Who of a team is away on placement and who it hosts, as spans per person "
        + "and totals per day.")
public record TeamPlan(
        @Schema(examples = "team-noc") String teamId,
        @Schema(description = "First day of the range.", examples = "2027-03-01") LocalDate from,
        @Schema(description = "Last day of the range, included.", examples = "2027-05-30") LocalDate to,
        @Schema(description = "Everyone with a span in the range, by employee id.") List<Person> people,
        @Schema(description = "One entry per day of the range, in order, also for days when nobody is away or "
                + "hosted.") List<Day> days) {

    /** Whether a span takes one of the team's people elsewhere or brings someone of another team in. */
    @Schema(name = "TeamPlanDirection", description = "AWAY: a person of the team spends the time in another team. "
            + "HOSTED: a person of another team spends the time in this one.")
    public enum Direction {
        AWAY,
        HOSTED
    }

    /** One person of the plan, their name in skills-service's register, and their spans, by start day. */
    @Schema(name = "TeamPlanPerson")
    public record Person(@Schema(examples = "e-100") String employeeId,
            @Schema(description = "The person's name in skills-service's register; null when skills-service could "
                    + "not answer or does not know them, since a plan is still worth having without names.",
                    examples = "Dana Okafor", nullable = true) String displayName,
            List<Span> spans) {
    }

    /** One placement as the team sees it. */
    @Schema(name = "TeamPlanSpan")
    public record Span(
            @Schema(examples = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID placementId,
            @Schema(examples = "AWAY") Direction direction,
            @Schema(description = "The host team of an AWAY span, the home team of a HOSTED one.",
                    examples = "team-major-incident") String otherTeamId,
            @Schema(description = "The placement's first day; may lie before the range.", examples = "2027-03-01")
            LocalDate startsOn,
            @Schema(description = "The placement's last day, included; may lie after the range.",
                    examples = "2027-03-26") LocalDate endsOn,
            @Schema(description = "Share of the person's working time, in percent.", examples = "40")
            int allocationPercent,
            @Schema(enumeration = { "SECONDMENT", "CROSS_TRAINING", "JOB_SHADOWING" }, examples = "CROSS_TRAINING")
            String kind,
            @Schema(enumeration = { "APPROVED", "ACTIVE", "COMPLETED" }, examples = "APPROVED") String status) {
    }

    /** A day's totals: how many people, and how much of their time, are away or hosted. */
    @Schema(name = "TeamPlanDay")
    public record Day(
            @Schema(examples = "2027-03-01") LocalDate date,
            @Schema(description = "People of the team away on placement that day.", examples = "2") int awayPeople,
            @Schema(description = "Their allocations added up: 100 is one full-time person.", examples = "140")
            int awayPercent,
            @Schema(description = "People of other teams hosted that day.", examples = "1") int hostedPeople,
            @Schema(description = "Their allocations added up: 100 is one full-time person.", examples = "50")
            int hostedPercent) {
    }

    /**
     * Builds the plan from the team's held placements of the range (any order) and the names known of their people:
     * spans per person, and per day the people counted once however many placements they have that day, and their
     * allocations summed.
     */
    static TeamPlan of(String teamId, PlanRange range, List<HeldPlacement> placements, Map<String, String> names) {
        Map<String, List<Span>> spansByPerson = new LinkedHashMap<>();
        placements.stream()
                .sorted(Comparator.comparing(HeldPlacement::employeeId)
                        .thenComparing(HeldPlacement::startsOn).thenComparing(HeldPlacement::id))
                .forEach(placement -> {
                    List<Span> spans = spansByPerson.computeIfAbsent(placement.employeeId(), id -> new ArrayList<>());
                    if (placement.takesAwayFrom(teamId)) {
                        spans.add(span(placement, Direction.AWAY, placement.hostTeamId()));
                    }
                    if (placement.isHostedBy(teamId)) {
                        spans.add(span(placement, Direction.HOSTED, placement.homeTeamId()));
                    }
                });
        int days = range.days();
        int[] awayPeople = new int[days];
        int[] awayPercent = new int[days];
        int[] hostedPeople = new int[days];
        int[] hostedPercent = new int[days];
        List<Person> people = new ArrayList<>();
        spansByPerson.forEach((employeeId, spans) -> {
            people.add(new Person(employeeId, names.get(employeeId), List.copyOf(spans)));
            int[] away = new int[days];
            int[] hosted = new int[days];
            for (Span span : spans) {
                int[] percents = span.direction() == Direction.AWAY ? away : hosted;
                int first = Math.max(0, range.indexOf(span.startsOn()));
                int last = Math.min(days - 1, range.indexOf(span.endsOn()));
                for (int day = first; day <= last; day++) {
                    percents[day] += span.allocationPercent();
                }
            }
            for (int day = 0; day < days; day++) {
                awayPercent[day] += away[day];
                awayPeople[day] += away[day] > 0 ? 1 : 0;
                hostedPercent[day] += hosted[day];
                hostedPeople[day] += hosted[day] > 0 ? 1 : 0;
            }
        });
        List<Day> totals = new ArrayList<>(days);
        for (int day = 0; day < days; day++) {
            totals.add(new Day(range.from().plusDays(day), awayPeople[day], awayPercent[day], hostedPeople[day],
                    hostedPercent[day]));
        }
        return new TeamPlan(teamId, range.from(), range.to(), List.copyOf(people), List.copyOf(totals));
    }

    private static Span span(HeldPlacement placement, Direction direction, String otherTeamId) {
        return new Span(placement.id(), direction, otherTeamId, placement.startsOn(), placement.endsOn(),
                placement.allocationPercent(), placement.kind(), placement.status());
    }
}
