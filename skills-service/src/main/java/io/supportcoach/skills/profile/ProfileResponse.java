package io.supportcoach.skills.profile;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a person stands, skill by skill, and the rule that says so. */
@Schema(name = "Profile")
public record ProfileResponse(
        @Schema(examples = "e-100") String employeeId,
        Instant asOf,
        @Schema(description = "How the levels are derived, in words.") String rule,
        List<Entry> skills) {

    /** One skill of the profile. */
    @Schema(name = "ProfileEntry")
    public record Entry(
            @Schema(examples = "active-listening") String skill,
            @Schema(examples = "Active listening") String name,
            @Schema(description = "1.0 to 5.0.", examples = "3.4") double level,
            @Schema(description = "0 to 1: how much evidence stands behind the level.", examples = "0.72") double confidence,
            Instant latestObservedAt,
            @Schema(examples = "4") int evidenceCount,
            Trend trend) {
    }

    static final String RULE = "Each piece of evidence that no correction replaced weighs its source weight (coach and "
            + "coaching session 1.0, placement 0.9, manager 0.8, peer 0.6, self 0.4) times 0.5 to the power of its age "
            + "in half-lives, and nothing once older than the horizon. level = Σ(weight × level) ÷ Σ weight; "
            + "confidence = Σ weight ÷ (Σ weight + 1); trend compares the newest piece with the rest (±0.5 level).";
}
