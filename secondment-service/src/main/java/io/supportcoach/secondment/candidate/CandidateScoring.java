package io.supportcoach.secondment.candidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.supportcoach.secondment.candidate.CandidateQueries.BusiestDay;
import io.supportcoach.secondment.candidate.CandidateQueries.Terms;
import io.supportcoach.secondment.candidate.CandidateRanking.Candidate;
import io.supportcoach.secondment.candidate.CandidateRanking.MatchedGoal;
import io.supportcoach.secondment.candidate.CandidateRanking.ScoreParts;
import io.supportcoach.secondment.client.TeamPeopleReader.ActiveGoal;
import io.supportcoach.secondment.client.TeamPeopleReader.TeamMember;

/**
 * How well an opportunity suits a person: whether its skills are ones they are working towards, how much they have
 * still to learn in them, and whether they have the time. A pure function, so its arithmetic is tested by hand.
 */
final class CandidateScoring {

    static final String FORMULA = "score = 100 × (0.5 × goals + 0.2 × gaps + 0.3 × freeTime), one decimal; "
            + "goals = the opportunity's skills with an ACTIVE goal of the person ÷ the opportunity's skills; "
            + "gaps = the mean of min(1, (target level − current level) ÷ 4) over those goals (0 without any); "
            + "freeTime = min(1, (100 − percent already placed on the busiest day) ÷ the opportunity's time commitment)";
    static final double GOALS_WEIGHT = 0.5;
    static final double GAPS_WEIGHT = 0.2;
    static final double FREE_TIME_WEIGHT = 0.3;
    /** A gap of four levels (1 to 5) is as much as there is to learn. */
    static final double LARGEST_GAP = 4;

    private CandidateScoring() {
    }

    /** Scores one person; {@code busiest} is null when nothing of theirs is placed over the opportunity's dates. */
    static Candidate score(TeamMember member, List<ActiveGoal> goals, Terms terms, BusiestDay busiest) {
        // One goal per skill: with several, the one with most still to learn counts.
        Map<String, ActiveGoal> bySkill = new TreeMap<>();
        goals.stream().filter(goal -> terms.skills().contains(goal.skill()))
                .sorted(Comparator.comparingDouble(ActiveGoal::gap).reversed().thenComparing(ActiveGoal::id))
                .forEach(goal -> bySkill.putIfAbsent(goal.skill(), goal));
        List<MatchedGoal> matched = bySkill.values().stream().map(goal -> new MatchedGoal(goal.id(), goal.skill(),
                goal.targetLevel(), goal.currentLevel(), goal.gap())).toList();

        double goalsPart = (double) matched.size() / terms.skills().size();
        double gapsPart = matched.stream().mapToDouble(goal -> Math.min(1, goal.gap() / LARGEST_GAP)).average()
                .orElse(0);
        int placed = busiest == null ? 0 : busiest.placedPercent();
        int free = Math.max(0, 100 - placed);
        double freeTimePart = Math.min(1, (double) free / terms.timeCommitmentPercent());
        double score = 100 * (GOALS_WEIGHT * goalsPart + GAPS_WEIGHT * gapsPart + FREE_TIME_WEIGHT * freeTimePart);

        List<String> reasons = new ArrayList<>();
        if (matched.isEmpty()) {
            reasons.add("No active goal in the opportunity's skills (" + String.join(", ", terms.skills()) + ").");
        } else {
            reasons.add("Active goals in " + matched.size() + " of " + terms.skills().size() + " skills: "
                    + String.join(", ", bySkill.keySet()) + ".");
            matched.forEach(goal -> reasons.add(String.format(Locale.ROOT, "%s: level %.1f now, goal %d (gap %.1f).",
                    goal.skill(), goal.currentLevel(), goal.targetLevel(), goal.gap())));
        }
        reasons.add(timeReason(terms, busiest, free));
        return new Candidate(member.employeeId(), member.displayName(), member.teamId(), round(score, 1),
                new ScoreParts(round(goalsPart, 3), round(gapsPart, 3), round(freeTimePart, 3)), matched, free,
                busiest == null ? null : busiest.day(), List.copyOf(reasons));
    }

    private static String timeReason(Terms terms, BusiestDay busiest, int free) {
        String asks = "; the opportunity asks for " + terms.timeCommitmentPercent() + "%.";
        if (free >= terms.timeCommitmentPercent()) {
            return "At least " + free + "% free on every day from " + terms.startsOn() + " to " + terms.endsOn() + asks;
        }
        return "Only " + free + "% free on " + busiest.day() + " (" + busiest.placedPercent() + "% already placed)"
                + asks;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
