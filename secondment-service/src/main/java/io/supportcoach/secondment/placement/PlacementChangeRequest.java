package io.supportcoach.secondment.placement;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New terms for an approved placement; what is left out stays as it is. */
@Schema(name = "PlacementChangeRequest")
public record PlacementChangeRequest(
        @Schema(description = "A new first day; only before the placement has begun, and not in the past.",
                examples = "2027-03-08", nullable = true)
        LocalDate startsOn,
        @Schema(description = "A new last day: earlier to end early, later to extend; not in the past.",
                examples = "2027-03-19", nullable = true)
        LocalDate endsOn,
        @Min(10) @Max(100)
        @Schema(description = "Another share of the employee's time, 10 to 100 percent, for the whole period.",
                examples = "60", nullable = true)
        Integer allocationPercent,
        @NotBlank @Size(max = 2000) @Schema(examples = "The desk needs her a week longer.") String reason) {
}
