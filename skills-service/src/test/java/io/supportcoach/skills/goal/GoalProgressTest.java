package io.supportcoach.skills.goal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoalProgressTest {

    @Test
    void progressIsTheShareOfTheWayFromBaselineToTarget() {
        assertThat(GoalProgress.progress(GoalStatus.ACTIVE, 2.0, 5, 3.0)).isEqualTo(0.33);
        assertThat(GoalProgress.progress(GoalStatus.ACTIVE, 2.0, 4, 3.0)).isEqualTo(0.5);
        assertThat(GoalProgress.progress(GoalStatus.ACTIVE, 0, 4, 2.6)).isEqualTo(0.65);
    }

    @Test
    void noEvidenceCountsAsLevelZero() {
        assertThat(GoalProgress.progress(GoalStatus.ACTIVE, 0, 3, null)).isEqualTo(0.0);
        assertThat(GoalProgress.progress(GoalStatus.DROPPED, 2.5, 4, null)).isEqualTo(0.0);
    }

    @Test
    void progressStaysWithinZeroAndOne() {
        assertThat(GoalProgress.progress(GoalStatus.ACTIVE, 3.0, 5, 2.1)).isEqualTo(0.0);
        assertThat(GoalProgress.progress(GoalStatus.DROPPED, 1.0, 3, 4.2)).isEqualTo(1.0);
        // The target was lowered to the baseline after the level fell.
        assertThat(GoalProgress.progress(GoalStatus.ACTIVE, 3.0, 3, 2.5)).isEqualTo(0.0);
    }

    @Test
    void anAchievedGoalIsDone() {
        assertThat(GoalProgress.progress(GoalStatus.ACHIEVED, 2.0, 5, 1.5)).isEqualTo(1.0);
    }
}
