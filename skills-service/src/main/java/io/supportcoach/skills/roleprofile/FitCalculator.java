package io.supportcoach.skills.roleprofile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * How well a person's current levels fit a role profile, as plain arithmetic (see {@link #FORMULA}):
 * <ul>
 * <li>share of a skill = min(current ÷ target, 1), where current is 0 without evidence;</li>
 * <li>match = Σ(weight × share) ÷ Σ weight × 100, rounded half up to one decimal;</li>
 * <li>gap = max(0, target − current), to one decimal; a skill is met when current ≥ target.</li>
 * </ul>
 * Decimal arithmetic throughout, so a match of exactly 68.75 rounds to 68.8 and never to 68.7.
 */
public final class FitCalculator {

    /** The rule in words, sent with every answer so that an HR portal can explain a match. */
    public static final String FORMULA = "match = Σ(weight × min(current ÷ target, 1)) ÷ Σ weight × 100, rounded to "
            + "one decimal. current is the person's level from their evidence, 0 when there is none; "
            + "gap = max(0, target − current); a skill is met when current ≥ target.";

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FitCalculator() {
    }

    /** One skill of a profile with where the person stands; {@code currentLevel} is null without evidence. */
    public record Line(String skill, int targetLevel, BigDecimal weight, Double currentLevel) {

        public boolean hasEvidence() {
            return currentLevel != null;
        }

        BigDecimal current() {
            return currentLevel == null ? BigDecimal.ZERO : BigDecimal.valueOf(currentLevel);
        }
    }

    /** The match of all lines together, 0 to 100 with one decimal. */
    public static double match(List<Line> lines) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (Line line : lines) {
            weighted = weighted.add(line.weight().multiply(share(line), PRECISION));
            totalWeight = totalWeight.add(line.weight());
        }
        if (totalWeight.signum() == 0) {
            return 0;
        }
        return weighted.divide(totalWeight, PRECISION).multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** min(current ÷ target, 1). */
    static BigDecimal share(Line line) {
        BigDecimal share = line.current().divide(BigDecimal.valueOf(line.targetLevel()), PRECISION);
        return share.min(BigDecimal.ONE);
    }

    /** max(0, target − current), to one decimal. */
    public static double gap(Line line) {
        return BigDecimal.valueOf(line.targetLevel()).subtract(line.current()).max(BigDecimal.ZERO)
                .setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    public static boolean met(Line line) {
        return line.current().compareTo(BigDecimal.valueOf(line.targetLevel())) >= 0;
    }

    /** A short sentence for people: "meets empathy (3.2 of 3)", "short of empathy by 1.5 (1.5 of 3)". */
    public static String reason(Line line) {
        if (!line.hasEvidence()) {
            return "no evidence yet for " + line.skill();
        }
        String standing = String.format(Locale.ROOT, "(%.1f of %d)", line.currentLevel(), line.targetLevel());
        if (met(line)) {
            return "meets " + line.skill() + " " + standing;
        }
        return String.format(Locale.ROOT, "short of %s by %.1f %s", line.skill(), gap(line), standing);
    }
}
