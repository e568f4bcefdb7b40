package io.supportcoach.coaching.matching;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The coaches that suit a coachee best, best first. */
@Schema(name = "CoachMatches")
public record CoachMatches(
        @Schema(examples = "e-100") String coacheeId,
        @Schema(nullable = true, description = "The programme whose coaches were matched; null when every active coach was.",
                examples = "7d2f0c9a-3e4b-4f1a-9c8d-5b6e7f8a9b0c") UUID programmeId,
        @Schema(nullable = true, description = "The programme's role profile whose gaps were matched; null when there is none.",
                examples = "5b0f3c1e-9a4d-4c55-8f0e-2a7f6d1b9c30") UUID roleProfileId,
        @Schema(description = "The coachee's IANA time zone the hours were matched in.", examples = "Europe/Berlin")
        String timeZone,
        @Schema(description = "How `score` is computed, in words.", examples = MatchScoring.FORMULA) String formula,
        @Schema(description = "At most 20 active coaches with a free place, by score, then free places, then "
                + "display name; the coachee is never their own coach.") List<CoachMatch> items) {
}
