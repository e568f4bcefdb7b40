package io.supportcoach.skills.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.supportcoach.skills.assessment.EvidenceSource;

/**
 * The rule that turns evidence into a current level. Each piece that no correction superseded weighs
 * {@code sourceWeight × 0.5^(age ÷ halfLife)}, and nothing once it is older than the horizon:
 * <ul>
 * <li>source weights: coach and coaching session 1.0, placement 0.9, manager 0.8, peer 0.6, self 0.4;</li>
 * <li>level = Σ(weight × level) ÷ Σ weight, to one decimal;</li>
 * <li>confidence = Σ weight ÷ (Σ weight + 1), to two decimals: one fresh coach observation gives 0.5,
 * three give 0.75, a lone old self-assessment little;</li>
 * <li>trend: the newest piece against the estimate from all the others; half a level or more up is
 * RISING, down is FALLING, else STEADY; a single piece is NEW.</li>
 * </ul>
 * When every piece has faded out there is no estimate: the skill leaves the profile.
 */
public final class EvidenceWeighting {

    private EvidenceWeighting() {
    }

    /** One piece of evidence as the rule sees it. */
    public record Observation(int level, EvidenceSource source, Instant observedAt) {
    }

    /** How fast evidence fades, and when it no longer counts. */
    public record Settings(Duration halfLife, Duration horizon) {
    }

    /** What the rule concludes for one person and skill. */
    public record Estimate(double level, double confidence, Instant latestObservedAt, int evidenceCount, Trend trend) {
    }

    public static double sourceWeight(EvidenceSource source) {
        return switch (source) {
            case COACH, COACHING_SESSION -> 1.0;
            case PLACEMENT -> 0.9;
            case MANAGER -> 0.8;
            case PEER -> 0.6;
            case SELF -> 0.4;
        };
    }

    public static double recencyWeight(Instant observedAt, Instant now, Settings settings) {
        Duration age = Duration.between(observedAt, now);
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        if (age.compareTo(settings.horizon()) > 0) {
            return 0;
        }
        return Math.pow(0.5, (double) age.toSeconds() / settings.halfLife().toSeconds());
    }

    public static Optional<Estimate> estimate(List<Observation> observations, Instant now, Settings settings) {
        List<Observation> counted = observations.stream()
                .filter(observation -> weight(observation, now, settings) > 0)
                .sorted(Comparator.comparing(Observation::observedAt))
                .toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        double totalWeight = counted.stream().mapToDouble(observation -> weight(observation, now, settings)).sum();
        double level = weightedLevel(counted, now, settings);
        Observation newest = counted.get(counted.size() - 1);
        return Optional.of(new Estimate(round(level, 1), round(totalWeight / (totalWeight + 1), 2), newest.observedAt(),
                counted.size(), trend(counted, now, settings)));
    }

    private static Trend trend(List<Observation> counted, Instant now, Settings settings) {
        if (counted.size() < 2) {
            return Trend.NEW;
        }
        Observation newest = counted.get(counted.size() - 1);
        double before = weightedLevel(counted.subList(0, counted.size() - 1), now, settings);
        double change = newest.level() - before;
        if (change >= 0.5) {
            return Trend.RISING;
        }
        return change <= -0.5 ? Trend.FALLING : Trend.STEADY;
    }

    private static double weightedLevel(List<Observation> observations, Instant now, Settings settings) {
        double weighted = 0;
        double total = 0;
        for (Observation observation : observations) {
            double weight = weight(observation, now, settings);
            weighted += weight * observation.level();
            total += weight;
        }
        return weighted / total;
    }

    private static double weight(Observation observation, Instant now, Settings settings) {
        return sourceWeight(observation.source()) * recencyWeight(observation.observedAt(), now, settings);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
