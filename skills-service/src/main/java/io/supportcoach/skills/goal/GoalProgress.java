package io.supportcoach.skills.goal;

/**
 * How far a goal has come: {@code (current − baseline) ÷ (target − baseline)}, clamped to 0..1 and rounded to
 * two decimals. No counted evidence counts as level 0; an ACHIEVED goal is 1. A target at or below the baseline
 * (possible after the target was lowered when the level had fallen) gives 0 until the target is reached.
 */
public final class GoalProgress {

    private GoalProgress() {
    }

    public static double progress(GoalStatus status, double baseline, int target, Double currentLevel) {
        if (status == GoalStatus.ACHIEVED) {
            return 1;
        }
        double current = currentLevel == null ? 0 : currentLevel;
        if (current >= target) {
            return 1;
        }
        double span = target - baseline;
        if (span <= 0) {
            return 0;
        }
        double fraction = Math.max(0, Math.min(1, (current - baseline) / span));
        return Math.round(fraction * 100) / 100.0;
    }
}
