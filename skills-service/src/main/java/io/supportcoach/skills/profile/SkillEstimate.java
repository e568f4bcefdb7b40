package io.supportcoach.skills.profile;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a person stands in one skill, derived from the evidence by {@link EvidenceWeighting}:
 * {@code level} is 1.0 to 5.0 with one decimal, {@code confidence} 0 to 1.
 */
public record SkillEstimate(UUID skillId, double level, double confidence, Instant latestObservedAt, int evidenceCount,
        Trend trend) {
}
