package io.supportcoach.skills.profile;

import static io.supportcoach.skills.assessment.EvidenceSource.COACH;
import static io.supportcoach.skills.assessment.EvidenceSource.MANAGER;
import static io.supportcoach.skills.assessment.EvidenceSource.SELF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.supportcoach.skills.profile.EvidenceWeighting.Observation;
import org.junit.jupiter.api.Test;

/** The derivation rule on crafted evidence; every expected number is worked out by hand in the comment. */
class EvidenceWeightingTest {

    private static final Instant NOW = Instant.parse("2027-06-01T12:00:00Z");
    private static final EvidenceWeighting.Settings SETTINGS =
            new EvidenceWeighting.Settings(Duration.ofDays(180), Duration.ofDays(730));

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void weightHalvesEveryHalfLifeAndStopsAtTheHorizon() {
        assertThat(EvidenceWeighting.recencyWeight(NOW, NOW, SETTINGS)).isEqualTo(1.0);
        assertThat(EvidenceWeighting.recencyWeight(daysAgo(180), NOW, SETTINGS)).isCloseTo(0.5, within(1e-9));
        assertThat(EvidenceWeighting.recencyWeight(daysAgo(360), NOW, SETTINGS)).isCloseTo(0.25, within(1e-9));
        assertThat(EvidenceWeighting.recencyWeight(daysAgo(731), NOW, SETTINGS)).isZero();
    }

    @Test
    void coachOutweighsSelfAssessment() {
        // self 2 and coach 4, both today: (0.4×2 + 1.0×4) ÷ 1.4 = 3.43 → 3.4; confidence 1.4 ÷ 2.4 = 0.58.
        var estimate = EvidenceWeighting.estimate(List.of(new Observation(2, SELF, NOW), new Observation(4, COACH, NOW)),
                NOW, SETTINGS).orElseThrow();
        assertThat(estimate.level()).isEqualTo(3.4);
        assertThat(estimate.confidence()).isEqualTo(0.58);
        assertThat(estimate.evidenceCount()).isEqualTo(2);
    }

    @Test
    void newerEvidenceWeighsMore() {
        // manager 2 one half-life ago (0.8×0.5 = 0.4) and manager 4 today (0.8):
        // (0.4×2 + 0.8×4) ÷ 1.2 = 3.33 → 3.3; the newest is 1.33 above the rest: RISING.
        var estimate = EvidenceWeighting.estimate(List.of(new Observation(2, MANAGER, daysAgo(180)),
                new Observation(4, MANAGER, NOW)), NOW, SETTINGS).orElseThrow();
        assertThat(estimate.level()).isEqualTo(3.3);
        assertThat(estimate.trend()).isEqualTo(Trend.RISING);
        assertThat(estimate.latestObservedAt()).isEqualTo(NOW);
    }

    @Test
    void evidenceBeyondTheHorizonFadesOut() {
        // The level 1 from 800 days ago weighs nothing: only the coach's 3 counts.
        var estimate = EvidenceWeighting.estimate(List.of(new Observation(1, MANAGER, daysAgo(800)),
                new Observation(3, COACH, daysAgo(10))), NOW, SETTINGS).orElseThrow();
        assertThat(estimate.level()).isEqualTo(3.0);
        assertThat(estimate.evidenceCount()).isEqualTo(1);
        assertThat(estimate.trend()).isEqualTo(Trend.NEW);
        assertThat(EvidenceWeighting.estimate(List.of(new Observation(5, COACH, daysAgo(900))), NOW, SETTINGS)).isEmpty();
    }

    @Test
    void smallChangesAreSteadyAndDropsAreFalling() {
        var steady = EvidenceWeighting.estimate(List.of(new Observation(3, COACH, daysAgo(30)),
                new Observation(3, COACH, NOW)), NOW, SETTINGS).orElseThrow();
        assertThat(steady.trend()).isEqualTo(Trend.STEADY);
        var falling = EvidenceWeighting.estimate(List.of(new Observation(4, COACH, daysAgo(30)),
                new Observation(2, COACH, NOW)), NOW, SETTINGS).orElseThrow();
        assertThat(falling.trend()).isEqualTo(Trend.FALLING);
    }

    @Test
    void confidenceGrowsWithEvidence() {
        // One fresh coach observation: 1 ÷ 2 = 0.5; three: 3 ÷ 4 = 0.75.
        assertThat(EvidenceWeighting.estimate(List.of(new Observation(3, COACH, NOW)), NOW, SETTINGS).orElseThrow()
                .confidence()).isEqualTo(0.5);
        assertThat(EvidenceWeighting.estimate(List.of(new Observation(3, COACH, NOW), new Observation(3, COACH, NOW),
                new Observation(3, COACH, NOW)), NOW, SETTINGS).orElseThrow().confidence()).isEqualTo(0.75);
    }
}
