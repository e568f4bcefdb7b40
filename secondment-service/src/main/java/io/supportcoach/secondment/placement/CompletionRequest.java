package io.supportcoach.secondment.placement;

import java.util.List;

import io.supportcoach.http.validation.Slugs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The host's review that completes a placement. */
@Schema(name = "CompletePlacementRequest")
public record CompletionRequest(
        @NotNull @Size(min = 1, max = 30) @Valid
        @Schema(description = "Per targeted skill at most once: the level the employee showed in the host team and "
                + "what was observed. Each becomes PLACEMENT evidence in skills-service.")
        List<@NotNull SkillReview> reviews) {

    /** The level shown in one targeted skill, and what the host saw. */
    @Schema(name = "PlacementSkillReviewRequest")
    public record SkillReview(
            @NotBlank @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
            @Schema(description = "A skill the placement targets.", examples = "communication") String skill,
            @NotNull @Min(1) @Max(5) @Schema(examples = "3") Integer level,
            @NotBlank @Size(max = 2000)
            @Schema(examples = "Ran the Tuesday bridge calls alone from the second week.") String observed) {
    }
}
