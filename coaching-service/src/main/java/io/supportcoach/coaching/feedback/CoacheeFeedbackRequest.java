package io.supportcoach.coaching.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coachee's own rating of a session they attended. */
@Schema(name = "CoacheeFeedbackRequest")
public record CoacheeFeedbackRequest(
        @NotNull @Min(1) @Max(5) @Schema(description = "1 (poor) to 5 (excellent).", examples = "4") Integer rating,
        @Size(max = 2000) @Schema(examples = "The role-player felt real; more time for the debrief next time.")
        String comment) {
}
