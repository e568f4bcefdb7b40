package io.supportcoach.coaching.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.supportcoach.coaching.coach.Coach;
import io.supportcoach.coaching.coach.WorkingWeek;

/**
 * How well one coach suits one coachee: four parts from 0 to 1, their weighted mean, and a sentence for each part. A
 * part that cannot apply to this coachee (no active goal, no role profile) is left out of the mean rather than counted
 * as 0, so it moves every coach alike and never hides the parts that tell coaches apart.
 */
final class MatchScoring {

    static final double GOALS_WEIGHT = 0.4;
    static final double GAPS_WEIGHT = 0.3;
    static final double HOURS_WEIGHT = 0.2;
    static final double PLACES_WEIGHT = 0.1;
    /** How many of the coachee's gaps matching looks at: the largest few are what a coach should close first. */
    static final int LARGEST_GAPS = 3;

    static final String FORMULA = "score = (0.4 × goalCoverage + 0.3 × gapCoverage + 0.1 × freeCapacity + 0.2 × "
            + "hoursOverlap) ÷ the sum of the weights of the parts that are not null, two decimals. goalCoverage = "
            + "active goals whose skill the coach coaches ÷ active goals; gapCoverage = Σ gap × weight of the three "
            + "largest unmet gaps to the role profile that the coach coaches ÷ Σ gap × weight of those three; "
            + "freeCapacity = free places ÷ capacity; hoursOverlap = hours of the coachee's week (Monday to Friday, "
            + "09:00 to 17:00 in their time zone, the week from next Monday) within the coach's working hours ÷ 40.";

    private MatchScoring() {
    }

    /**
     * What matching knows of the coachee: the skills of their active goals (one per goal), the role profile's name
     * and the largest unmet gaps to it (null name without a role profile), their zone and the week to match in.
     */
    record Coachee(List<String> goalSkills, String roleProfileName, List<Gap> largestGaps, ZoneId zone,
            LocalDate monday) {
    }

    /** An unmet skill of the role profile: how far the coachee is from the target, and how much it counts. */
    record Gap(String skill, double gap, double weight) {

        double size() {
            return gap * weight;
        }
    }

    /** A coach's match and its unrounded score, which the ranking uses. */
    record Scored(CoachMatch match, double exactScore, int freePlaces) {
    }

    /** The largest {@link #LARGEST_GAPS} gaps by gap × weight, ties by skill code. */
    static List<Gap> largestGaps(List<Gap> unmet) {
        return unmet.stream().filter(gap -> gap.size() > 0)
                .sorted((a, b) -> a.size() != b.size() ? Double.compare(b.size(), a.size())
                        : a.skill().compareTo(b.skill()))
                .limit(LARGEST_GAPS).toList();
    }

    static Scored score(Coachee coachee, Coach coach, int openEnrolments) {
        Set<String> skills = Set.copyOf(coach.skills);
        List<String> reasons = new ArrayList<>();
        double weighted = 0;
        double weights = 0;

        Double goals = null;
        Set<String> goalsCovered = new LinkedHashSet<>();
        int goalsMet = 0;
        for (String skill : coachee.goalSkills()) {
            if (skills.contains(skill)) {
                goalsMet++;
                goalsCovered.add(skill);
            }
        }
        if (coachee.goalSkills().isEmpty()) {
            reasons.add("the coachee has no active goal");
        } else {
            goals = (double) goalsMet / coachee.goalSkills().size();
            weighted += GOALS_WEIGHT * goals;
            weights += GOALS_WEIGHT;
            reasons.add(covered(goalsMet, "the coachee's " + count(coachee.goalSkills().size(), "active goal"),
                    List.copyOf(goalsCovered)));
        }

        Double gaps = null;
        if (coachee.roleProfileName() == null) {
            reasons.add("no role profile to close gaps to");
        } else if (coachee.largestGaps().isEmpty()) {
            reasons.add("the coachee meets every skill of " + coachee.roleProfileName());
        } else {
            double all = 0;
            double closed = 0;
            List<String> named = new ArrayList<>();
            for (Gap gap : coachee.largestGaps()) {
                all += gap.size();
                if (skills.contains(gap.skill())) {
                    closed += gap.size();
                    named.add(gap.skill() + " (gap " + decimal(gap.gap()) + ")");
                }
            }
            gaps = closed / all;
            weighted += GAPS_WEIGHT * gaps;
            weights += GAPS_WEIGHT;
            int largest = coachee.largestGaps().size();
            String which = largest == 1 ? "the largest gap" : "the " + largest + " largest gaps";
            reasons.add(covered(named.size(), which + " to " + coachee.roleProfileName(), named));
        }

        int free = coach.capacity - openEnrolments;
        double places = (double) free / coach.capacity;
        weighted += PLACES_WEIGHT * places;
        weights += PLACES_WEIGHT;
        reasons.add(free + " of " + coach.capacity + " places free");

        long minutes = HoursOverlap.weeklyMinutes(coachee.zone(), coachee.monday(), ZoneId.of(coach.timeZone),
                WorkingWeek.of(coach).hours());
        double hours = (double) minutes / HoursOverlap.COACHEE_MINUTES_PER_WEEK;
        weighted += HOURS_WEIGHT * hours;
        weights += HOURS_WEIGHT;
        reasons.add(decimal(minutes / 60.0) + " of " + HoursOverlap.COACHEE_MINUTES_PER_WEEK / 60
                + " working hours a week overlap with " + coachee.zone());

        double score = weighted / weights;
        var parts = new CoachMatch.ScoreParts(goals == null ? null : round(goals), gaps == null ? null : round(gaps),
                round(places), round(hours));
        return new Scored(new CoachMatch(coach.id, coach.employeeId, coach.displayName, round(score), parts,
                List.copyOf(reasons)), score, free);
    }

    private static String covered(int count, String of, List<String> skills) {
        if (count == 0) {
            return "coaches none of " + of;
        }
        String how = of.startsWith("the largest") ? "" : count + " of ";
        return "coaches " + how + of + ": " + String.join(", ", skills);
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** 1.5 as "1.5" and 32.0 as "32". */
    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
