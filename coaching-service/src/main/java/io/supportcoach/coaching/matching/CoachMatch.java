package io.supportcoach.coaching.matching;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One coach as a match for a coachee: the score, the parts it is made of, and why, in words. */
@Schema(name = "CoachMatch")
public record CoachMatch(
        @Schema(examples = "3f1c2a9e-5b7d-4c1e-9a0b-2d8e6f4a1c3b") UUID coachId,
        @Schema(description = "The coach's employee id.", examples = "e-10442") String employeeId,
        @Schema(examples = "Priya Raman") String displayName,
        @Schema(description = "0 to 1, two decimals: the weighted mean of the parts that apply; see the list's "
                + "`formula`.", examples = "0.78") double score,
        ScoreParts parts,
        @Schema(description = "One sentence per part, in the order of the parts.",
                examples = "[\"coaches 2 of the coachee's 3 active goals: de-escalation, empathy\", "
                        + "\"coaches the largest gap to Service desk analyst L1: empathy (gap 1.5)\", "
                        + "\"4 of 6 places free\", \"32 of 40 working hours a week overlap with Europe/Berlin\"]")
        List<String> reasons) {

    /** The parts of a score, each 0 to 1 with two decimals. */
    @Schema(name = "CoachMatchScoreParts")
    public record ScoreParts(
            @Schema(nullable = true, description = "Share of the coachee's active goals whose skill the coach coaches. Weight 0.4. "
                    + "Null when the coachee has no active goal.", examples = "0.67") Double goalCoverage,
            @Schema(nullable = true, description = "Share of the coachee's three largest unmet gaps to the programme's role profile "
                    + "(by gap × weight) that the coach coaches, weighted by gap × weight. Weight 0.3. Null without a "
                    + "programme that names a role profile, or when every skill of the profile is met.",
                    examples = "1.0") Double gapCoverage,
            @Schema(description = "Free places ÷ capacity. Weight 0.1.", examples = "0.67") double freeCapacity,
            @Schema(description = "Share of the coachee's working week (Monday to Friday, 09:00 to 17:00 in their "
                    + "zone) within the coach's working hours, in the week from next Monday. Weight 0.2.",
                    examples = "0.8") double hoursOverlap) {
    }
}
