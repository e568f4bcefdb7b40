package io.supportcoach.skills.roleprofile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The match arithmetic on examples computed by hand. */
class FitCalculatorTest {

    private static FitCalculator.Line line(String skill, int target, String weight, Double current) {
        return new FitCalculator.Line(skill, target, new BigDecimal(weight), current);
    }

    @Test
    void matchIsTheWeightedShareOfTargetsReached() {
        // targets 3 and 4, weights 2 and 1, currents 3.0 and 2.0:
        // (2 × min(3.0 ÷ 3, 1) + 1 × min(2.0 ÷ 4, 1)) ÷ (2 + 1) × 100 = (2 + 0.5) ÷ 3 × 100 = 83.33… → 83.3
        var listening = line("active-listening", 3, "2", 3.0);
        var empathy = line("empathy", 4, "1", 2.0);
        assertThat(FitCalculator.match(List.of(listening, empathy))).isEqualTo(83.3);
        assertThat(FitCalculator.gap(listening)).isEqualTo(0.0);
        assertThat(FitCalculator.gap(empathy)).isEqualTo(2.0);
        assertThat(FitCalculator.met(listening)).isTrue();
        assertThat(FitCalculator.met(empathy)).isFalse();
    }

    @Test
    void aboveTargetCountsAsMetAndNoMoreAndNoEvidenceCountsAsZero() {
        // (1 × min(4.5 ÷ 2, 1) + 1 × min(0 ÷ 3, 1)) ÷ 2 × 100 = (1 + 0) ÷ 2 × 100 = 50.0
        var patience = line("patience", 2, "1", 4.5);
        var empathy = line("empathy", 3, "1", null);
        assertThat(FitCalculator.match(List.of(patience, empathy))).isEqualTo(50.0);
        assertThat(FitCalculator.gap(patience)).isEqualTo(0.0);
        assertThat(FitCalculator.gap(empathy)).isEqualTo(3.0);
        assertThat(FitCalculator.met(patience)).isTrue();
        assertThat(FitCalculator.met(empathy)).isFalse();
    }

    @Test
    void decimalWeightsAndCurrentsStayExact() {
        // (2 × 3.0/3 + 1 × 2.0/4 + 1 × 0 + 0.5 × min(4.0/2, 1)) ÷ 4.5 × 100 = 3.0 ÷ 4.5 × 100 = 66.66… → 66.7
        assertThat(FitCalculator.match(List.of(line("a", 3, "2", 3.0), line("b", 4, "1", 2.0), line("c", 2, "1", null),
                line("d", 2, "0.5", 4.0)))).isEqualTo(66.7);
        // 4 − 3.7 = 0.3 exactly, not 0.2999…
        assertThat(FitCalculator.gap(line("a", 4, "1", 3.7))).isEqualTo(0.3);
    }

    @Test
    void matchRoundsHalfUp() {
        // (1 × 3/3 + 1 × 1.5/4) ÷ 2 × 100 = (1 + 0.375) ÷ 2 × 100 = 68.75 → 68.8
        assertThat(FitCalculator.match(List.of(line("a", 3, "1", 3.0), line("b", 4, "1", 1.5)))).isEqualTo(68.8);
        // 1 × 1/3 ÷ 1 × 100 = 33.33… → 33.3
        assertThat(FitCalculator.match(List.of(line("a", 3, "1", 1.0)))).isEqualTo(33.3);
    }

    @Test
    void reasonsAreShortSentences() {
        assertThat(FitCalculator.reason(line("active-listening", 3, "1", 3.2)))
                .isEqualTo("meets active-listening (3.2 of 3)");
        assertThat(FitCalculator.reason(line("empathy", 3, "1", 1.5)))
                .isEqualTo("short of empathy by 1.5 (1.5 of 3)");
        assertThat(FitCalculator.reason(line("patience", 2, "1", null))).isEqualTo("no evidence yet for patience");
        assertThat(FitCalculator.reason(line("patience", 2, "1", 2.0))).isEqualTo("meets patience (2.0 of 2)");
    }
}
